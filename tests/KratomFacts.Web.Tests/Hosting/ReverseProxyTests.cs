using System.Net;
using KratomFacts.TestSupport;
using KratomFacts.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace KratomFacts.Web.Tests.Hosting;

/// <summary>Behind a TLS-ending proxy the site sees the reader's address and scheme, but only from proxies it trusts.</summary>
public sealed class ReverseProxyTests(ProxiedSiteFactory site) : IClassFixture<ProxiedSiteFactory>
{
    [Theory]
    [InlineData("10.0.0.5")]
    [InlineData("172.18.3.4")]
    [InlineData("127.0.0.1")]
    public async Task Trusted_proxy_passes_on_the_readers_address_and_https(string proxy)
    {
        var context = await RequestThrough(proxy);

        Assert.Equal("https", context.Request.Scheme);
        Assert.Equal(IPAddress.Parse("203.0.113.7"), context.Connection.RemoteIpAddress);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_unknown_address_are_ignored()
    {
        var context = await RequestThrough("192.0.2.99");

        Assert.Equal("http", context.Request.Scheme);
        Assert.Equal(IPAddress.Parse("192.0.2.99"), context.Connection.RemoteIpAddress);
    }

    private Task<HttpContext> RequestThrough(string proxy) => site.Server.SendAsync(context =>
    {
        context.Request.Method = "GET";
        context.Request.Path = "/healthz";
        context.Connection.RemoteIpAddress = IPAddress.Parse(proxy);
        context.Request.Headers["X-Forwarded-For"] = "203.0.113.7";
        context.Request.Headers["X-Forwarded-Proto"] = "https";
    }, TestContext.Current.CancellationToken);
}

/// <summary>The fixture site configured, through settings as the environment gives them, with one proxy and one network.</summary>
public sealed class ProxiedSiteFactory() : ContentSiteFactory(TestPaths.FixtureContent)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ForwardedHeaders:KnownProxies", "10.0.0.5");
        builder.UseSetting("ForwardedHeaders:KnownNetworks", "172.18.0.0/16");
    }
}
