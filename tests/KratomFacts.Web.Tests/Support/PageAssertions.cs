using AngleSharp.Dom;

namespace KratomFacts.Web.Tests.Support;

/// <summary>Checks a reader would make by clicking around a page.</summary>
public static class PageAssertions
{
    /// <summary>Every citation number links to an entry of the page's reference list, and that entry links back.</summary>
    public static void CitationLinksResolve(IDocument page)
    {
        foreach (var link in page.QuerySelectorAll("sup.cite a"))
        {
            var href = link.GetAttribute("href") ?? "";
            Assert.StartsWith("#ref-", href, StringComparison.Ordinal);
            var entry = page.GetElementById(href[1..]);
            Assert.True(entry is not null, $"citation {link.TextContent.Trim()} links to {href}, which is not on the page");
            Assert.Contains(entry.QuerySelectorAll(".backlinks a"), a => a.GetAttribute("href") == "#" + link.Id);
        }
    }

    /// <summary>The reference list entry a citation link points at.</summary>
    public static IElement ReferenceOf(IDocument page, IElement citationLink) =>
        page.GetElementById((citationLink.GetAttribute("href") ?? "#")[1..]) ?? throw new Xunit.Sdk.XunitException($"no reference for {citationLink.OuterHtml}");

    /// <summary>A 400 whose page says what was wrong with the query and links back to where the reader came from.</summary>
    public static void IsExplainedBadRequest(HttpResponseMessage response, IDocument page, string explanation, string backUrl)
    {
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        IsHelpfulPage(page);
        Assert.Contains(explanation, page.QuerySelector(".query-problem")?.TextContent);
        Assert.NotNull(page.QuerySelector($"main a[href='{backUrl}']"));
        Assert.Null(page.QuerySelector("main script"));
    }

    /// <summary>The 404 page: says so, and offers the search box.</summary>
    public static void IsHelpfulNotFound(HttpResponseMessage response, IDocument page)
    {
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector("main form[role=search] input[name=q]"));
    }

    /// <summary>The helpful error page (or page with a picker): a plain heading, never a server error.</summary>
    public static void IsHelpfulPage(IDocument page)
    {
        Assert.NotEmpty(page.QuerySelector("h1")?.TextContent.Trim() ?? "");
        Assert.DoesNotContain("Something went wrong", page.QuerySelector("h1")?.TextContent ?? "", StringComparison.Ordinal);
    }
}
