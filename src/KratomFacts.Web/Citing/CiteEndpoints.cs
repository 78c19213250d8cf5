using KratomFacts.Content.Catalog;
using KratomFacts.Content.Citing;
using KratomFacts.Web.Discovery;
using KratomFacts.Web.Http;

namespace KratomFacts.Web.Citing;

/// <summary><c>/articles/{slug}/v{n}/cite.{bib,ris,json}</c>: the citation of one version as a download for reference managers.</summary>
public static class CiteEndpoints
{
    public static WebApplication MapCiteEndpoints(this WebApplication app)
    {
        app.MapRead("/articles/{slug:slug}/v{version:int}/cite.{format}", (string slug, int version, string format, ContentCatalog catalog, SiteUrls urls, TimeProvider clock, HttpRequest request) =>
        {
            if (catalog.FindArticle(slug)?.Version(version) is not { } found)
            {
                return Results.NotFound();
            }

            var page = CitablePage.Of(found, urls.Base(request), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
            return format switch
            {
                "bib" => Download(CitationExports.BibTex(page), CitationExports.BibTexType, page.FileName("bib")),
                "ris" => Download(CitationExports.Ris(page), CitationExports.RisType, page.FileName("ris")),
                "json" => Download(CitationExports.CslJson(page), CitationExports.CslJsonType, page.FileName("json")),
                _ => Results.NotFound(),
            };
        }).WithMetadata(new ContentCacheAttribute(CacheRule.Hourly));
        return app;
    }

    private static IResult Download(string text, string contentType, string fileName) =>
        Results.File(System.Text.Encoding.UTF8.GetBytes(text), contentType + "; charset=utf-8", fileName);
}
