using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using KratomFacts.Content.Articles;
using KratomFacts.Content.Catalog;
using KratomFacts.Content.Citing;

namespace KratomFacts.Web.Discovery;

/// <summary>
/// /feed.xml: an Atom entry for every published article version, newest first, so a reader who follows the site
/// learns of each new version and what changed in it. Entry ids are the versions' permanent URLs, which never change.
/// </summary>
public static class AtomFeedEndpoint
{
    public const string ContentType = "application/atom+xml";

    public static IResult Get(HttpRequest request, ContentCatalog catalog, SiteUrls urls)
    {
        var feed = Build(catalog, urls.Base(request));
        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return Results.Bytes(output.ToArray(), ContentType + "; charset=utf-8");
    }

    public static SyndicationFeed Build(ContentCatalog catalog, string siteBase)
    {
        var entries = catalog.Articles
            .SelectMany(a => a.Versions)
            .OrderByDescending(v => v.Published)
            .ThenBy(v => v.Slug, StringComparer.Ordinal)
            .ThenByDescending(v => v.Number)
            .Select(v => Entry(v, siteBase))
            .ToList();
        var feed = new SyndicationFeed("KratomFacts: new and updated articles", "Every new article and every new version of an article, with what changed.",
            new Uri(siteBase + "/articles"), siteBase + "/", entries.Count > 0 ? entries[0].LastUpdatedTime : DateTimeOffset.UnixEpoch, entries)
        {
            Language = "en",
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(siteBase + "/feed.xml"), ContentType));
        feed.Authors.Add(new SyndicationPerson { Name = CitablePage.SiteName, Uri = siteBase + "/" });
        return feed;
    }

    private static SyndicationItem Entry(ArticleVersion version, string siteBase)
    {
        var url = siteBase + version.PermanentUrl;
        var date = new DateTimeOffset(version.Published.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var item = new SyndicationItem
        {
            Id = url,
            Title = new TextSyndicationContent($"{version.Title} (version {version.Number})"),
            Summary = new TextSyndicationContent(version.Changes ?? "First published. " + version.Summary),
            PublishDate = date,
            LastUpdatedTime = date,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(url), "text/html"));
        return item;
    }
}
