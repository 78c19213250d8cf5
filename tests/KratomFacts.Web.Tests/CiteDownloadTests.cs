using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp;
using KratomFacts.Content.Articles;
using KratomFacts.TestSupport;
using KratomFacts.Web.Tests.Support;

namespace KratomFacts.Web.Tests;

/// <summary>The citation downloads of each version, parsed as reference managers parse them.</summary>
public sealed class CiteDownloadTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Origin = "http://localhost";

    public static TheoryData<string> VersionUrls() => FixtureCatalog.VersionUrls();

    [Theory]
    [InlineData("bib", "application/x-bibtex")]
    [InlineData("ris", "application/x-research-info-systems")]
    [InlineData("json", "application/vnd.citationstyles.csl+json")]
    public async Task Download_has_its_format_content_type_and_a_file_name_naming_the_version(string format, string contentType)
    {
        var (response, _) = await GetAsync($"/articles/alpha-article/v1/cite.{format}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"kratomfacts-alpha-article-v1.{format}", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
    }

    [Theory]
    [MemberData(nameof(VersionUrls))]
    public async Task BibTex_is_one_balanced_entry_with_the_versions_title_number_url_and_date(string url)
    {
        var version = Version(url);
        var (_, bib) = await GetAsync(url + "/cite.bib");

        Assert.Equal(1, BibTexText.EntryCount(bib));
        Assert.StartsWith($"@online{{kratomfacts-{version.Slug}-v{version.Number},\n", bib, StringComparison.Ordinal);
        Assert.True(BibTexText.BracesBalance(bib), bib);
        var fields = BibTexText.Fields(bib);
        Assert.Equal("{" + version.Title + "}", fields["title"]);
        Assert.Equal(version.Number.ToString(CultureInfo.InvariantCulture), fields["version"]);
        Assert.Equal(Origin + url, fields["url"]);
        Assert.Equal(Iso(version.Published), fields["date"]);
        Assert.Equal(version.Published.Year.ToString(CultureInfo.InvariantCulture), fields["year"]);
    }

    [Theory]
    [MemberData(nameof(VersionUrls))]
    public async Task Ris_is_tagged_lines_ending_the_record_with_the_versions_title_number_url_and_date(string url)
    {
        var version = Version(url);
        var (_, ris) = await GetAsync(url + "/cite.ris");

        var lines = ris.Split("\r\n")[..^1];
        Assert.All(lines, line => Assert.Matches("^[A-Z][A-Z0-9]  - ", line));
        Assert.Equal("TY  - ELEC", lines[0]);
        Assert.Equal("ER  - ", lines[^1]);
        var tags = lines.ToDictionary(l => l[..2], l => l[6..]);
        Assert.Equal(version.Title, tags["TI"]);
        Assert.Equal($"Version {version.Number}", tags["ET"]);
        Assert.Equal(Origin + url, tags["UR"]);
        Assert.Equal(version.Published.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture), tags["DA"]);
    }

    [Theory]
    [MemberData(nameof(VersionUrls))]
    public async Task Csl_json_parses_with_the_versions_title_number_url_and_date(string url)
    {
        var version = Version(url);
        var (_, text) = await GetAsync(url + "/cite.json");

        using var json = JsonDocument.Parse(text);
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(version.Title, item.GetProperty("title").GetString());
        Assert.Equal(version.Number.ToString(CultureInfo.InvariantCulture), item.GetProperty("version").GetString());
        Assert.Equal(Origin + url, item.GetProperty("URL").GetString());
        var issued = item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()).ToArray();
        Assert.Equal([version.Published.Year, version.Published.Month, version.Published.Day], issued);
    }

    [Fact]
    public async Task Cite_box_download_links_lead_to_the_downloads_of_the_version_shown()
    {
        var (_, page) = await site.GetPageAsync("/articles/alpha-article");

        var links = page.QuerySelectorAll(".cite-box a[download]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(["/articles/alpha-article/v2/cite.bib", "/articles/alpha-article/v2/cite.ris", "/articles/alpha-article/v2/cite.json"], links);
        foreach (var link in links)
        {
            var (response, _) = await GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("/articles/no-such-article/v1/cite.bib")]
    [InlineData("/articles/alpha-article/v3/cite.bib")]
    [InlineData("/articles/alpha-article/v0/cite.ris")]
    [InlineData("/articles/alpha-article/v1/cite.xml")]
    [InlineData("/articles/alpha-article/v1/cite.")]
    [InlineData("/articles/Alpha_Article/v1/cite.json")]
    public async Task Unknown_article_version_or_format_is_a_helpful_404(string url)
    {
        var (response, html) = await GetAsync(url);
        var page = await BrowsingContext.New(Configuration.Default).OpenAsync(req => req.Content(html), TestContext.Current.CancellationToken);

        PageAssertions.IsHelpfulNotFound(response, page);
    }

    private async Task<(HttpResponseMessage Response, string Body)> GetAsync(string url)
    {
        using var client = site.CreateReader();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        return (response, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static ArticleVersion Version(string url) => FixtureCatalog.Catalog.Articles.SelectMany(a => a.Versions).Single(v => v.PermanentUrl == url);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
