using System.IO.Compression;
using System.Net;
using System.Text.Json;
using KratomFacts.TestSupport;
using KratomFacts.Web.Tests.Support;

namespace KratomFacts.Web.Tests;

/// <summary>What every page carries, whatever brought the reader there.</summary>
public sealed class SiteChromeTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/articles")]
    [InlineData("/articles/alpha-article")]
    [InlineData("/articles/alpha-article/v1")]
    [InlineData("/articles/alpha-article/history")]
    [InlineData("/articles/alpha-article/diff/1/2")]
    [InlineData("/articles/no-such-article")]
    public async Task Every_page_carries_the_medical_disclaimer_and_samhsa_helpline(string url)
    {
        var (_, page) = await site.GetPageAsync(url);

        var footer = page.QuerySelector("footer");
        Assert.NotNull(footer);
        Assert.Contains("It is not medical advice", footer.QuerySelector(".disclaimer")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("SAMHSA", footer.QuerySelector(".helpline")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("1-800-662-4357", footer.QuerySelector(".helpline a[href='tel:+18006624357']")?.TextContent);
    }

    [Fact]
    public async Task Health_check_answers_200_once_content_is_loaded()
    {
        using var client = site.CreateReader();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("ok", body.RootElement.GetProperty("status").GetString());
        Assert.Equal(2, body.RootElement.GetProperty("articles").GetInt32());
    }

    [Theory]
    [InlineData("/css/site.css")]
    [InlineData("/js/site.js")]
    [InlineData("/js/suggest.js")]
    public async Task Stylesheet_and_scripts_arrive_whole_to_a_browser_that_accepts_gzip(string url)
    {
        using var client = site.CreateReader();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var source = await File.ReadAllTextAsync(Path.Combine(TestPaths.RepositoryRoot, "wwwroot", url.TrimStart('/')), TestContext.Current.CancellationToken);
        Assert.Equal(source, await reader.ReadToEndAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/alpha-article")]
    [InlineData("/alkaloids")]
    [InlineData("/articles/no-such-article")]
    public async Task Pages_are_sent_without_the_indentation_of_their_templates(string url)
    {
        using var client = site.CreateReader();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\n ", html, StringComparison.Ordinal);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(html), response.Content.Headers.ContentLength);
    }
}
