using KratomFacts.Web.Http;

namespace KratomFacts.Web.Discovery;

/// <summary>
/// The files browsers, feed readers and crawlers look for: /opensearch.xml, /feed.xml, /sitemap.xml and /robots.txt.
/// All are built from the content snapshot and name absolute URLs, so none can be a static file.
/// </summary>
public static class DiscoveryEndpoints
{
    public static WebApplicationBuilder AddDiscovery(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SiteUrls>();
        return builder;
    }

    public static WebApplication MapDiscovery(this WebApplication app)
    {
        var cached = new ContentCacheAttribute(CacheRule.Revalidate);
        app.MapRead("/opensearch.xml", OpenSearchEndpoint.Get).WithMetadata(cached);
        app.MapRead("/feed.xml", AtomFeedEndpoint.Get).WithMetadata(cached);
        app.MapRead("/sitemap.xml", SitemapEndpoint.Get).WithMetadata(cached);
        app.MapRead("/robots.txt", RobotsEndpoint.Get).WithMetadata(cached);
        return app;
    }
}
