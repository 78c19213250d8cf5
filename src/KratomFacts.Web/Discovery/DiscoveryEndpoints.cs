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
        app.MapGet("/opensearch.xml", OpenSearchEndpoint.Get);
        app.MapGet("/feed.xml", AtomFeedEndpoint.Get);
        app.MapGet("/sitemap.xml", SitemapEndpoint.Get);
        app.MapGet("/robots.txt", RobotsEndpoint.Get);
        return app;
    }
}
