using System.Net;
using KratomFacts.Web.Tests.Support;

namespace KratomFacts.Web.Tests;

public sealed class ArticlePageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Canonical_url_serves_the_current_version()
    {
        var (response, page) = await site.GetPageAsync("/articles/alpha-article");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Alpha article", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("Version 2", page.QuerySelector(".article-header .meta")?.TextContent);
        Assert.Contains("The new wording", page.QuerySelector("#changing + p")?.TextContent);
        Assert.Null(page.QuerySelector(".banner-superseded"));
    }

    [Fact]
    public async Task Version_page_of_superseded_version_shows_banner_linking_current()
    {
        var (response, page) = await site.GetPageAsync("/articles/alpha-article/v1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var banner = page.QuerySelector(".banner-superseded");
        Assert.NotNull(banner);
        Assert.Contains("version 1", banner.TextContent);
        Assert.Contains("March 15, 2026", banner.TextContent);
        Assert.Contains(banner.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/articles/alpha-article");
        Assert.Contains("The old wording", page.QuerySelector("#changing + *")?.ParentElement?.TextContent);
    }

    [Theory]
    [InlineData("/articles/no-such-article")]
    [InlineData("/articles/alpha-article/v3")]
    [InlineData("/articles/alpha-article/v0")]
    [InlineData("/articles/Alpha_Article")]
    [InlineData("/articles/alpha-article/diff/1/9")]
    [InlineData("/articles/no-such-article/history")]
    public async Task Unknown_article_or_version_is_a_helpful_404(string url)
    {
        var (response, page) = await site.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector("main form[role=search] input[name=q]"));
    }

    [Fact]
    public async Task Citations_are_numbered_by_first_use()
    {
        var (_, page) = await site.GetPageAsync("/articles/alpha-article");

        Assert.Equal(["1", "2", "1", "2"], page.QuerySelectorAll(".article-body sup.cite a").Select(PageText.Visible));
        Assert.Equal(["ref-1", "ref-2"], page.QuerySelectorAll(".reference-list > li").Select(li => li.Id));
        Assert.StartsWith("Kruegel AC", page.QuerySelector("#ref-1 .reference-text")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/articles/alpha-article")]
    [InlineData("/articles/alpha-article/v1")]
    [InlineData("/articles/beta-article")]
    public async Task Citations_and_references_link_to_each_other_both_ways(string url)
    {
        var (_, page) = await site.GetPageAsync(url);

        var citations = page.QuerySelectorAll("sup.cite a");
        Assert.NotEmpty(citations);
        foreach (var citation in citations)
        {
            var reference = page.GetElementById(citation.GetAttribute("href")!.TrimStart('#'));
            Assert.NotNull(reference);
            Assert.True(reference.Matches(".reference-list > li"), $"{citation.Id} points at {reference.OuterHtml}");
            Assert.Contains($"#{citation.Id}", reference.QuerySelectorAll(".backlinks a").Select(a => a.GetAttribute("href")));
        }

        foreach (var reference in page.QuerySelectorAll(".reference-list > li"))
        {
            foreach (var backlink in reference.QuerySelectorAll(".backlinks a"))
            {
                var citation = page.GetElementById(backlink.GetAttribute("href")!.TrimStart('#'));
                Assert.NotNull(citation);
                Assert.True(citation.Matches("sup.cite a"), $"{backlink.GetAttribute("href")} points at {citation.OuterHtml}");
                Assert.Equal($"#{reference.Id}", citation.GetAttribute("href"));
            }
        }
    }

    [Theory]
    [InlineData("/articles/alpha-article", "")]
    [InlineData("/articles/alpha-article/v1", "/articles/alpha-article/v1")]
    [InlineData("/articles/alpha-article/v2", "/articles/alpha-article/v2")]
    [InlineData("/articles/beta-article", "")]
    public async Task Every_section_heading_has_an_anchor_link_to_itself(string url, string anchorBase)
    {
        var (_, page) = await site.GetPageAsync(url);

        var headings = page.QuerySelectorAll(".article-body .section-heading");
        Assert.NotEmpty(headings);
        Assert.All(headings, h => Assert.Equal($"{anchorBase}#{h.Id}", h.QuerySelector("a.anchor")?.GetAttribute("href")));
    }

    [Fact]
    public async Task Old_version_marks_exactly_the_section_that_changed_later()
    {
        var (_, page) = await site.GetPageAsync("/articles/alpha-article/v1");

        var marker = Assert.Single(page.QuerySelectorAll(".section-changed"));
        Assert.Same(marker, page.QuerySelector("#changing + .section-changed"));
        Assert.Equal("/articles/alpha-article/diff/1/2", marker.QuerySelector("a")?.GetAttribute("href"));
        Assert.Null(page.QuerySelector("#stable + .section-changed"));
        Assert.Null(page.QuerySelector("#key-points + .section-changed"));
    }

    [Fact]
    public async Task Current_version_has_no_change_markers()
    {
        var (_, page) = await site.GetPageAsync("/articles/alpha-article/v2");

        Assert.Empty(page.QuerySelectorAll(".section-changed"));
    }
}
