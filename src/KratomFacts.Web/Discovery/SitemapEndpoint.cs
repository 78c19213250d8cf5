using System.Globalization;
using System.Xml.Linq;
using KratomFacts.Content.Catalog;

namespace KratomFacts.Web.Discovery;

/// <summary>
/// /sitemap.xml: every current page, with the date its content last changed where the content says. Old article
/// versions are left out: they are noindex, and their current page is listed.
/// </summary>
public static class SitemapEndpoint
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IResult Get(HttpRequest request, ContentCatalog catalog, SiteUrls urls)
    {
        var siteBase = urls.Base(request);
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "urlset", Pages(catalog).Select(p => Url(siteBase + p.Path, p.LastModified))));
        return Results.Text(document.Declaration + "\n" + document, "application/xml; charset=utf-8");
    }

    /// <summary>Each current page's path, and the date its content last changed when that is known.</summary>
    public static IEnumerable<(string Path, DateOnly? LastModified)> Pages(ContentCatalog catalog)
    {
        var newestArticle = catalog.Articles.Select(a => (DateOnly?)a.Current.Published).Max();
        var newestReview = catalog.Myths.Select(m => m.Reviewed).Max();
        yield return ("/", catalog.LastUpdated);
        yield return ("/articles", newestArticle);
        foreach (var article in catalog.Articles)
        {
            yield return (article.Url, article.Current.Published);
        }

        yield return ("/myths", newestReview);
        foreach (var myth in catalog.Myths)
        {
            yield return (myth.Url, myth.Reviewed);
        }

        yield return ("/alkaloids", null);
        foreach (var compound in catalog.Alkaloids.Compounds)
        {
            yield return (compound.Url, null);
        }

        yield return ("/references", null);
    }

    private static XElement Url(string location, DateOnly? lastModified) =>
        new(Ns + "url",
            new XElement(Ns + "loc", location),
            lastModified is { } date ? new XElement(Ns + "lastmod", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null);
}
