using KratomFacts.Web.ContentHosting;
using KratomFacts.Web.Http;

namespace KratomFacts.Web.Health;

public static class HealthEndpoints
{
    /// <summary>/healthz answers 200 once content (and the search index) are loaded, which happens before the app listens.</summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapRead("/healthz", (LoadedContent content) => Results.Ok(new
        {
            status = "ok",
            content = content.Catalog.Fingerprint,
            articles = content.Catalog.Articles.Count,
        }));
        return app;
    }
}
