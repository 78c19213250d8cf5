using System.Runtime.ExceptionServices;
using AngleSharp;
using AngleSharp.Dom;
using KratomFacts.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KratomFacts.Web.Tests.Support;

/// <summary>The real app over a chosen content tree, in Production mode.</summary>
public abstract class ContentSiteFactory(string contentPath) : WebApplicationFactory<Program>
{
    private readonly StartupFailureLog _startup = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Content:Path", contentPath);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(_startup));
    }

    /// <summary>Extra configuration for this host, as environment variables would give it.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    /// <summary>A host that failed to start throws the reason it failed (such as the content errors).</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (_startup.Failure is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }

        return host;
    }

    public HttpClient CreateReader() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Fetches a page and parses it as a browser would.</summary>
    public async Task<(HttpResponseMessage Response, IDocument Document)> GetPageAsync(string url)
    {
        using var client = CreateReader();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(req => req.Content(html), TestContext.Current.CancellationToken);
        return (response, document);
    }
}

/// <summary>The app over the small fixture content tree in tests/fixtures/content.</summary>
public sealed class SiteFactory() : ContentSiteFactory(TestPaths.FixtureContent);

/// <summary>The fixture site with a search rate limit small enough to meet in a test.</summary>
public sealed class TightRateLimitFactory() : ContentSiteFactory(TestPaths.FixtureContent)
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("RateLimits:Search:Burst", "3"), new("RateLimits:Search:PerSecond", "1")];
}

/// <summary>The fixture site answering only to the host names a self-hoster would configure.</summary>
public sealed class AllowedHostsFactory() : ContentSiteFactory(TestPaths.FixtureContent)
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("AllowedHosts", "kratomfacts.example;www.kratomfacts.example")];
}

/// <summary>The app over the repository's real content/.</summary>
public sealed class RealContentFactory() : ContentSiteFactory(TestPaths.RealContent);

/// <summary>The app over one of the broken trees in tests/fixtures/broken; it must refuse to start.</summary>
public sealed class BrokenContentFactory(string fixture) : ContentSiteFactory(TestPaths.BrokenContent(fixture));
