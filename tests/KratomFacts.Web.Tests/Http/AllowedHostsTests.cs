using System.Net;
using KratomFacts.Web.Tests.Support;

namespace KratomFacts.Web.Tests.Http;

/// <summary>With AllowedHosts configured, the site answers only to those names (and to loopback, for health checks).</summary>
public sealed class AllowedHostsTests(AllowedHostsFactory site) : IClassFixture<AllowedHostsFactory>
{
    [Theory]
    [InlineData("evil.example")]
    [InlineData("kratomfacts.example.evil.example")]
    [InlineData("evilkratomfacts.example")]
    [InlineData("10.0.0.1")]
    public async Task Request_for_another_host_is_refused_with_400_and_the_security_headers(string host)
    {
        var response = await GetAsync("/articles/alpha-article", host);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        SecurityHeaderAssertions.HasSecurityHeaders(response);
        Assert.DoesNotContain(host, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kratomfacts.example")]
    [InlineData("WWW.KratomFacts.Example")]
    [InlineData("kratomfacts.example:8443")]
    [InlineData("localhost")]
    [InlineData("127.0.0.1:8080")]
    [InlineData("[::1]:8080")]
    public async Task Configured_and_loopback_hosts_are_served(string host)
    {
        var response = await GetAsync("/articles/alpha-article", host);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Absolute_urls_name_an_allowed_host_only()
    {
        var response = await GetAsync("/opensearch.xml", "kratomfacts.example");

        Assert.Contains("http://kratomfacts.example/search", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string host)
    {
        using var client = site.CreateReader();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = host;
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
