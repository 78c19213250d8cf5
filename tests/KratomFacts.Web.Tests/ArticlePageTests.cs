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
}
