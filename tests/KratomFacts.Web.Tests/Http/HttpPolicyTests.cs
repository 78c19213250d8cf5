using System.Net;
using System.Net.Http.Headers;
using KratomFacts.Web.Tests.Support;

namespace KratomFacts.Web.Tests.Http;

/// <summary>What every response says about itself: security headers, caching, methods.</summary>
public sealed class HttpPolicyTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/articles/alpha-article", HttpStatusCode.OK)]
    [InlineData("/api/search?q=agonist", HttpStatusCode.OK)]
    [InlineData("/nowhere", HttpStatusCode.NotFound)]
    [InlineData("/api/nowhere", HttpStatusCode.NotFound)]
    [InlineData("/search?q=kratom&page=0", HttpStatusCode.BadRequest)]
    [InlineData("/error/500", HttpStatusCode.InternalServerError)]
    public async Task Every_response_carries_the_security_headers(string url, HttpStatusCode status)
    {
        using var client = site.CreateReader();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        SecurityHeaderAssertions.HasSecurityHeaders(response);
    }

    [Fact]
    public async Task Conditional_request_with_the_current_etag_is_answered_304_with_the_headers()
    {
        using var client = site.CreateReader();
        var first = await client.GetAsync(new Uri("/articles/alpha-article", UriKind.Relative), TestContext.Current.CancellationToken);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles/alpha-article");
        request.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        SecurityHeaderAssertions.HasSecurityHeaders(second);
    }

    [Fact]
    public async Task A_stale_etag_gets_the_full_page()
    {
        using var client = site.CreateReader();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles/alpha-article");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"old-content\""));

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/articles/alpha-article/v1", "immutable")]
    [InlineData("/articles/alpha-article/v2", "immutable")]
    [InlineData("/articles/alpha-article/diff/1/2", "immutable")]
    [InlineData("/articles/alpha-article", "must-revalidate")]
    [InlineData("/articles", "must-revalidate")]
    [InlineData("/search?q=agonist", "must-revalidate")]
    [InlineData("/api/search?q=agonist", "must-revalidate")]
    [InlineData("/articles/alpha-article/v1/cite.bib", "max-age=3600")]
    public async Task Cache_control_suits_each_kind_of_page(string url, string expected)
    {
        using var client = site.CreateReader();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_found_pages_are_not_given_content_caching_headers()
    {
        using var client = site.CreateReader();
        var response = await client.GetAsync(new Uri("/articles/missing", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Null(response.Headers.ETag);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_and_json_are_compressed_for_clients_that_ask(string encoding)
    {
        using var client = site.CreateReader();
        foreach (var url in new[] { "/articles/alpha-article", "/api/search?q=agonist" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

            var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

            Assert.Contains(encoding, response.Content.Headers.ContentEncoding);
        }
    }

    [Theory]
    [InlineData("POST", "/articles/alpha-article")]
    [InlineData("PUT", "/api/search?q=x")]
    [InlineData("DELETE", "/")]
    [InlineData("PATCH", "/myths")]
    [InlineData("OPTIONS", "/")]
    [InlineData("TRACE", "/")]
    public async Task Methods_other_than_get_and_head_are_405(string method, string url)
    {
        using var client = site.CreateReader();
        using var request = new HttpRequestMessage(new HttpMethod(method), url);

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
        SecurityHeaderAssertions.HasSecurityHeaders(response);
    }

    /// <summary>Kestrel drops a HEAD response's body on the wire; the test server keeps it, so only the status and headers are compared.</summary>
    [Theory]
    [InlineData("/articles/alpha-article")]
    [InlineData("/api/search?q=agonist")]
    [InlineData("/healthz")]
    public async Task Head_is_answered_like_get(string url)
    {
        using var client = site.CreateReader();
        using var request = new HttpRequestMessage(HttpMethod.Head, url);

        var head = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var get = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
    }
}

/// <summary>Search is rate limited per client; reading is not.</summary>
public sealed class RateLimitTests(TightRateLimitFactory site) : IClassFixture<TightRateLimitFactory>
{
    [Fact]
    public async Task Bursts_of_searches_get_429_with_retry_after_while_pages_still_load()
    {
        using var client = site.CreateReader();
        await client.GetAsync(new Uri("/articles/alpha-article", UriKind.Relative), TestContext.Current.CancellationToken); // warm up rendering
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 10; i++)
        {
            var response = await client.GetAsync(new Uri($"/api/search?q=agonist{i}", UriKind.Relative), TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
            limited ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        var searchPage = await client.GetAsync(new Uri("/search?q=agonist", UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await client.GetAsync(new Uri("/articles/alpha-article", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains(HttpStatusCode.OK, statuses);
        Assert.NotNull(limited);
        Assert.True(int.Parse(Assert.Single(limited.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, searchPage.StatusCode);
        Assert.Contains("Too many requests", await searchPage.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
