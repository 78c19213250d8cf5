using System.Text.RegularExpressions;
using KratomFacts.Web.Tests.Support;

namespace KratomFacts.Web.Tests;

/// <summary>A printed article names what was printed: version, permanent URL and date, with the screen-only parts left off.</summary>
public sealed class PrintTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/articles/alpha-article", 2)]
    [InlineData("/articles/alpha-article/v1", 1)]
    public async Task Print_header_names_the_version_its_absolute_permanent_url_and_the_date(string url, int version)
    {
        var (_, page) = await site.GetPageAsync(url);

        var header = Assert.Single(page.QuerySelectorAll(".print-only.print-header"));
        Assert.Contains($"Version {version}", header.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Permanent URL: http://localhost/articles/alpha-article/v{version}", header.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", header.QuerySelector(".print-date")?.TextContent);
    }

    [Fact]
    public async Task Stylesheet_shows_print_only_parts_on_paper_and_not_on_screen()
    {
        var (_, page) = await site.GetPageAsync("/articles/alpha-article");
        using var client = site.CreateReader();
        var css = await client.GetStringAsync(new Uri(page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!, UriKind.Relative), TestContext.Current.CancellationToken);

        var print = PrintBlock(css);
        var screen = css.Replace(print, "", StringComparison.Ordinal);
        Assert.Matches(@"(^|\n)\.print-only\s*\{\s*display:\s*none;?\s*\}", screen);
        Assert.Matches(@"\.print-only\s*\{\s*display:\s*block;?\s*\}", print);
        Assert.Matches(@"\.site-header nav[^{]*\{\s*display:\s*none", print);
    }

    /// <summary>The body of the stylesheet's <c>@media print { ... }</c> block.</summary>
    private static string PrintBlock(string css)
    {
        var start = Regex.Match(css, @"@media print\s*\{", RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.True(start.Success, "the stylesheet has no print block");
        var depth = 1;
        var i = start.Index + start.Length;
        for (; depth > 0; i++)
        {
            depth += css[i] switch { '{' => 1, '}' => -1, _ => 0 };
        }

        return css[start.Index..i];
    }
}
