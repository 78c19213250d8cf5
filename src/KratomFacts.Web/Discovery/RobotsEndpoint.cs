namespace KratomFacts.Web.Discovery;

/// <summary>
/// /robots.txt: crawl everything but the JSON API and the diff pages (generated comparisons, not content of their
/// own), and find the sitemap, which the format requires as an absolute URL.
/// </summary>
public static class RobotsEndpoint
{
    public static IResult Get(HttpRequest request, SiteUrls urls) =>
        Results.Text(
            $"""
            User-agent: *
            Disallow: /api/
            Disallow: /articles/*/diff/
            Allow: /

            Sitemap: {urls.Absolute(request, "/sitemap.xml")}

            """,
            "text/plain; charset=utf-8");
}
