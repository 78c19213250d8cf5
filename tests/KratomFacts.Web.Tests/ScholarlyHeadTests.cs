using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using KratomFacts.Web.Tests.Support;

namespace KratomFacts.Web.Tests;

/// <summary>What Zotero, Google Scholar and search engines read from a page's head, checked against the front matter.</summary>
public sealed class ScholarlyHeadTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Origin = "http://localhost";

    public static TheoryData<string> VersionUrls() => FixtureCatalog.VersionUrls();

    [Theory]
    [MemberData(nameof(VersionUrls))]
    public async Task Version_page_meta_tags_match_its_front_matter(string url)
    {
        var version = FixtureCatalog.Catalog.Articles.SelectMany(a => a.Versions).Single(v => v.PermanentUrl == url);
        var (_, page) = await site.GetPageAsync(url);

        Assert.Equal([version.Title], Meta(page, "citation_title"));
        Assert.Equal([version.Published.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)], Meta(page, "citation_publication_date"));
        Assert.Equal([$"Version {version.Number}"], Meta(page, "citation_technical_report_number"));
        Assert.Equal([Origin + url], Meta(page, "citation_public_url"));
        Assert.Equal(["KratomFacts"], Meta(page, "citation_author"));

        // One citation_reference per cited work, in the order of the reference list, each with the work's title and DOI.
        var references = Meta(page, "citation_reference");
        var cited = version.Citations.Where(c => version.Document.References.Any(r => r.Citation.Id == c.Id)).ToList();
        Assert.Equal(page.QuerySelectorAll(".reference-list > li").Length, references.Count);
        Assert.Equal(cited.Count, references.Count);
        Assert.All(cited, c =>
        {
            var reference = Assert.Single(references, r => r.Contains("citation_title=" + c.Title.Replace(";", ",", StringComparison.Ordinal), StringComparison.Ordinal));
            if (c.Doi is not null)
            {
                Assert.Contains("citation_doi=" + c.Doi, reference, StringComparison.Ordinal);
            }
        });
    }

    [Theory]
    [MemberData(nameof(VersionUrls))]
    public async Task Version_page_json_ld_parses_and_carries_dates_version_and_the_dois_it_cites(string url)
    {
        var article = FixtureCatalog.Catalog.Articles.Single(a => url.StartsWith(a.Url + "/", StringComparison.Ordinal));
        var version = article.Versions.Single(v => v.PermanentUrl == url);
        var (_, page) = await site.GetPageAsync(url);

        using var json = JsonLd(page);
        var root = json.RootElement;
        Assert.Equal("MedicalWebPage", root.GetProperty("@type").GetString());
        Assert.Equal(version.Title, root.GetProperty("name").GetString());
        Assert.Equal(Origin + url, root.GetProperty("url").GetString());
        Assert.Equal(Iso(article.Versions[0].Published), root.GetProperty("datePublished").GetString());
        Assert.Equal(Iso(version.Published), root.GetProperty("dateModified").GetString());
        Assert.Equal(version.Number.ToString(CultureInfo.InvariantCulture), root.GetProperty("version").GetString());
        if (version.Reviewed is { } reviewed)
        {
            Assert.Equal(Iso(reviewed), root.GetProperty("lastReviewed").GetString());
        }
        else
        {
            Assert.False(root.TryGetProperty("lastReviewed", out _));
        }

        Assert.Equal("Kratom", root.GetProperty("about").GetProperty("name").GetString());
        Assert.Equal(PageDois(page), JsonLdDois(root));
        Assert.Equal(version.Citations.Where(c => c.Doi is not null).Select(c => c.Doi!).Order(), JsonLdDois(root));
    }

    [Fact]
    public async Task Myth_page_carries_the_same_head_with_its_claim_review_date_and_dois()
    {
        var myth = FixtureCatalog.Catalog.FindMyth("sample-myth")!;
        var (response, page) = await site.GetPageAsync(myth.Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("http://localhost" + myth.Url, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Null(page.QuerySelector("meta[name=robots]"));
        Assert.Equal([myth.Claim], Meta(page, "citation_title"));
        Assert.Equal(["2026/04/01"], Meta(page, "citation_publication_date"));
        Assert.Equal([Origin + myth.Url], Meta(page, "citation_public_url"));
        Assert.Single(Meta(page, "citation_reference"));
        using var json = JsonLd(page);
        Assert.Equal("2026-04-01", json.RootElement.GetProperty("lastReviewed").GetString());
        Assert.Equal(["10.1021/jacs.6b00360"], JsonLdDois(json.RootElement));
    }

    [Theory]
    [InlineData("/articles/alpha-article", "/articles/alpha-article", false)]
    [InlineData("/articles/alpha-article/v2", "/articles/alpha-article/v2", false)]
    [InlineData("/articles/alpha-article/v1", "/articles/alpha-article/v1", true)]
    [InlineData("/articles/beta-article", "/articles/beta-article", false)]
    public async Task Canonical_link_names_the_current_address_or_the_version_itself_absolutely_and_old_versions_are_noindex(string url, string canonical, bool noindex)
    {
        var (response, page) = await site.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("http://localhost" + canonical, Assert.Single(page.QuerySelectorAll("link[rel=canonical]")).GetAttribute("href"));
        Assert.Equal(noindex, page.QuerySelector("meta[name=robots]")?.GetAttribute("content") == "noindex");
    }

    private static List<string> Meta(IDocument page, string name) =>
        [.. page.QuerySelectorAll($"head meta[name='{name}']").Select(m => m.GetAttribute("content") ?? "")];

    private static JsonDocument JsonLd(IDocument page) =>
        JsonDocument.Parse(Assert.Single(page.QuerySelectorAll("head script[type='application/ld+json']")).TextContent);

    private static List<string> JsonLdDois(JsonElement root) =>
    [
        .. root.GetProperty("citation").EnumerateArray()
            .Where(c => c.TryGetProperty("identifier", out var id) && id.GetProperty("propertyID").GetString() == "DOI")
            .Select(c => c.GetProperty("identifier").GetProperty("value").GetString()!)
            .Order(StringComparer.Ordinal),
    ];

    private static List<string> PageDois(IDocument page) =>
    [
        .. page.QuerySelectorAll(".reference-list .reference-links a[href^='https://doi.org/']")
            .Select(a => a.GetAttribute("href")!["https://doi.org/".Length..])
            .Order(StringComparer.Ordinal),
    ];

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
