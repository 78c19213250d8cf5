using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using KratomFacts.Content.Articles;
using KratomFacts.Content.Citations;
using KratomFacts.Content.Citing;
using KratomFacts.Content.Myths;

namespace KratomFacts.Web.Presentation;

/// <summary>What a page tells reference managers and search engines about itself: Highwire Press tags and schema.org JSON-LD.</summary>
public sealed record ScholarlyMetadata(IReadOnlyList<KeyValuePair<string, string>> MetaTags, string JsonLd);

/// <summary>
/// Builds the metadata of article versions and myths, so Zotero and Google Scholar pick up title, authors,
/// dates and the permanent URL, and schema.org readers every cited work (with its DOI). The cited works are listed
/// once, in the JSON-LD: Highwire citation_reference tags repeating them cost a long article a seventh of its bytes.
/// </summary>
public sealed class ScholarlyMetadataBuilder
{
    /// <summary>
    /// A version is cited as its own work, so the Highwire date is the version's publication date (as in the cite box
    /// and the downloads); the JSON-LD keeps the page's first publication as datePublished and the version's as dateModified.
    /// </summary>
    public ScholarlyMetadata ForArticle(Article article, ArticleVersion version, string siteBase) =>
        Build(new Described(version.Title, version.Summary, siteBase + version.PermanentUrl, version.Published, article.Versions[0].Published,
            version.Published, version.Reviewed, version.Number, [.. version.Document.References.Select(r => r.Citation)]));

    /// <summary>A myth entry has no publication date of its own; its last review dates it.</summary>
    public ScholarlyMetadata ForMyth(Myth myth, string siteBase) =>
        Build(new Described(myth.Claim, myth.Answer, siteBase + myth.Url, myth.Reviewed, null, myth.Reviewed, myth.Reviewed, null,
            [.. myth.Document.References.Select(r => r.Citation)]));

    /// <param name="CitationDate">The date reference managers record for the page.</param>
    private sealed record Described(
        string Title, string Description, string Url, DateOnly? CitationDate, DateOnly? FirstPublished, DateOnly? Modified, DateOnly? Reviewed,
        int? Version, IReadOnlyList<Citation> Cited);

    private static ScholarlyMetadata Build(Described page)
    {
        var tags = new List<KeyValuePair<string, string>>
        {
            new("citation_title", page.Title),
            new("citation_author", CitablePage.SiteName),
            new("citation_publisher", CitablePage.SiteName),
            new("citation_public_url", page.Url),
            new("citation_language", "en"),
        };
        if (page.CitationDate is { } date)
        {
            tags.Add(new("citation_publication_date", Slashed(date)));
            tags.Add(new("citation_online_date", Slashed(date)));
        }

        if (page.Version is { } number)
        {
            tags.Add(new("citation_technical_report_number", "Version " + number.ToString(CultureInfo.InvariantCulture)));
        }

        tags.AddRange(page.Cited.Select(c => new KeyValuePair<string, string>("citation_reference", Reference(c))));
        return new ScholarlyMetadata(tags, JsonLd(page));
    }

    /// <summary>Google Scholar's reference format: semicolon-separated citation_* pairs.</summary>
    private static string Reference(Citation c)
    {
        var parts = new List<string> { "citation_title=" + c.Title };
        parts.AddRange(c.NamedAuthors.Select(a => "citation_author=" + a));
        Add("citation_journal_title", c.Container);
        Add("citation_publication_date", c.PublishedYear?.ToString(CultureInfo.InvariantCulture));
        Add("citation_volume", c.Volume);
        Add("citation_issue", c.Issue);
        Add("citation_doi", c.Doi);
        Add("citation_pmid", c.Pmid);
        Add("citation_public_url", c.Url);
        return string.Join("; ", parts.Select(p => p.Replace(";", ",", StringComparison.Ordinal)));

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                parts.Add($"{name}={value}");
            }
        }
    }

    private static string JsonLd(Described described)
    {
        var page = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "MedicalWebPage",
            ["name"] = described.Title,
            ["headline"] = described.Title,
            ["description"] = described.Description,
            ["url"] = described.Url,
            ["inLanguage"] = "en",
            ["about"] = new JsonObject { ["@type"] = "Drug", ["name"] = "Kratom", ["alternateName"] = "Mitragyna speciosa" },
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = CitablePage.SiteName },
            ["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = CitablePage.SiteName },
        };
        Set("datePublished", described.FirstPublished);
        Set("dateModified", described.Modified);
        Set("lastReviewed", described.Reviewed);
        if (described.Version is { } number)
        {
            page["version"] = number.ToString(CultureInfo.InvariantCulture);
        }

        page["citation"] = new JsonArray([.. described.Cited.Select(Work)]);

        // The default encoder escapes '<', so the JSON cannot close the script element it sits in.
        return page.ToJsonString(new JsonSerializerOptions { WriteIndented = false });

        void Set(string name, DateOnly? date)
        {
            if (date is { } d)
            {
                page[name] = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }
    }

    private static JsonObject Work(Citation c)
    {
        var work = new JsonObject
        {
            ["@type"] = c.Evidence == EvidenceKind.Regulatory ? "CreativeWork" : "ScholarlyArticle",
            ["name"] = c.Title,
            ["author"] = new JsonArray([.. c.NamedAuthors.Select(a => (JsonNode)new JsonObject { ["@type"] = "Person", ["name"] = a })]),
        };
        if (c.Container is not null)
        {
            work["isPartOf"] = new JsonObject { ["@type"] = "Periodical", ["name"] = c.Container };
        }

        if (c.PublishedYear is { } year)
        {
            work["datePublished"] = year.ToString(CultureInfo.InvariantCulture);
        }

        if (c.Doi is not null)
        {
            work["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["propertyID"] = "DOI", ["value"] = c.Doi };
            work["sameAs"] = c.DoiUrl;
        }
        else if ((c.Url ?? c.PubMedUrl) is { } link)
        {
            work["url"] = link;
        }

        return work;
    }

    private static string Slashed(DateOnly date) => date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture);
}
