using System.Xml.Linq;

namespace KratomFacts.Web.Discovery;

/// <summary>/opensearch.xml lets browsers add the site as a search engine, with suggestions from /api/suggest.</summary>
public static class OpenSearchEndpoint
{
    private static readonly XNamespace Ns = "http://a9.com/-/spec/opensearch/1.1/";

    public static IResult Get(HttpRequest request, SiteUrls urls)
    {
        var root = urls.Base(request);
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Ns + "OpenSearchDescription",
            new XElement(Ns + "ShortName", "KratomFacts"),
            new XElement(Ns + "Description", "Search the KratomFacts reference on kratom"),
            new XElement(Ns + "InputEncoding", "UTF-8"),
            new XElement(Ns + "Url", new XAttribute("type", "text/html"), new XAttribute("method", "get"), new XAttribute("template", $"{root}/search?q={{searchTerms}}")),
            new XElement(Ns + "Url", new XAttribute("type", "application/x-suggestions+json"), new XAttribute("template", $"{root}/api/suggest?q={{searchTerms}}&format=opensearch"))));
        return Results.Text(document.Declaration + document.ToString(), "application/opensearchdescription+xml");
    }
}
