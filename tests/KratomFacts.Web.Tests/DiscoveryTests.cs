using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using KratomFacts.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace KratomFacts.Web.Tests;

/// <summary>The feed, sitemap and robots.txt, parsed as feed readers and crawlers parse them.</summary>
public sealed class DiscoveryTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Origin = "http://localhost";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task Feed_is_atom_with_one_entry_per_published_version_newest_first()
    {
        var (response, feed) = await GetXmlAsync("/feed.xml");

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Atom + "feed", feed.Root!.Name);
        var versions = FixtureCatalog.Catalog.Articles.SelectMany(a => a.Versions).ToList();
        var entries = feed.Root.Elements(Atom + "entry").ToList();
        Assert.Equal(3, entries.Count);
        Assert.Equal(versions.Select(v => Origin + v.PermanentUrl).Order(), entries.Select(e => e.Element(Atom + "id")!.Value).Order());

        foreach (var version in versions)
        {
            var entry = entries.Single(e => e.Element(Atom + "id")!.Value == Origin + version.PermanentUrl);
            Assert.Equal($"{version.Title} (version {version.Number})", entry.Element(Atom + "title")?.Value);
            Assert.Equal(version.Published, Date(entry, "updated"));
            Assert.Equal(version.Published, Date(entry, "published"));
            Assert.Equal(Origin + version.PermanentUrl, entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") is null or "alternate").Attribute("href")?.Value);
            var summary = entry.Element(Atom + "summary")?.Value;
            Assert.Equal(version.Number == 1 ? "First published. " + version.Summary : version.Changes, summary);
        }

        var dates = entries.Select(e => Date(e, "updated")).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.Equal(dates.Max(), Date(feed.Root, "updated"));
        Assert.Equal(Origin + "/feed.xml", feed.Root.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")?.Value);
        Assert.NotEmpty(feed.Root.Element(Atom + "author")?.Element(Atom + "name")?.Value ?? "");
    }

    [Fact]
    public async Task Feed_change_note_reads_as_written_in_the_front_matter()
    {
        var (_, feed) = await GetXmlAsync("/feed.xml");

        var newest = feed.Root!.Elements(Atom + "entry").First();
        Assert.Equal("Alpha article (version 2)", newest.Element(Atom + "title")?.Value);
        Assert.Equal("Reworded the changing section and added a note on dependence.", newest.Element(Atom + "summary")?.Value);
    }

    [Fact]
    public async Task Sitemap_lists_every_current_page_with_its_date_and_no_old_version()
    {
        var (response, sitemap) = await GetXmlAsync("/sitemap.xml");

        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Sitemap + "urlset", sitemap.Root!.Name);
        var urls = sitemap.Root.Elements(Sitemap + "url")
            .ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")?.Value);
        var catalog = FixtureCatalog.Catalog;
        string[] expected =
        [
            "/", "/articles", .. catalog.Articles.Select(a => a.Url), "/myths", .. catalog.Myths.Select(m => m.Url),
            "/alkaloids", .. catalog.Alkaloids.Compounds.Select(c => c.Url), "/references",
        ];
        Assert.Equal(expected.Select(p => Origin + p).Order(), urls.Keys.Order());
        Assert.DoesNotContain(urls.Keys, url => Regex.IsMatch(url, @"/v\d+$", RegexOptions.None, TimeSpan.FromSeconds(1)));
        Assert.All(catalog.Articles, a => Assert.Equal(Iso(a.Current.Published), urls[Origin + a.Url]));
        Assert.All(catalog.Myths, m => Assert.Equal(m.Reviewed is { } r ? Iso(r) : null, urls[Origin + m.Url]));
    }

    [Fact]
    public async Task Every_sitemap_address_answers_200_and_may_be_indexed()
    {
        var (_, sitemap) = await GetXmlAsync("/sitemap.xml");

        foreach (var loc in sitemap.Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value))
        {
            var (response, page) = await site.GetPageAsync(loc[Origin.Length..]);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{loc} answered {response.StatusCode}");
            Assert.Null(page.QuerySelector("meta[name=robots]"));
        }
    }

    [Fact]
    public async Task Robots_txt_names_the_absolute_sitemap_and_keeps_crawlers_out_of_the_api_and_diffs()
    {
        using var client = site.CreateReader();
        var response = await client.GetAsync(new Uri("/robots.txt", UriKind.Relative), TestContext.Current.CancellationToken);
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split('\n').Select(l => l.Trim()).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("User-agent: *", lines);
        Assert.Contains($"Sitemap: {Origin}/sitemap.xml", lines);
        var disallowed = lines.Where(l => l.StartsWith("Disallow:", StringComparison.Ordinal)).Select(l => l["Disallow:".Length..].Trim()).ToList();
        Assert.True(IsDisallowed(disallowed, "/api/search?q=kratom"));
        Assert.True(IsDisallowed(disallowed, "/articles/alpha-article/diff/1/2"));
        Assert.All(["/", "/articles/alpha-article", "/articles/alpha-article/v1", "/articles/alpha-article/history", "/references", "/feed.xml"],
            path => Assert.False(IsDisallowed(disallowed, path), $"{path} is disallowed"));
    }

    [Fact]
    public async Task Configured_public_url_is_the_origin_of_every_absolute_url()
    {
        using var configured = site.WithWebHostBuilder(b => b.UseSetting("Site:PublicUrl", "https://kratomfacts.example/"));
        using var client = configured.CreateClient();

        var robots = await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative), TestContext.Current.CancellationToken);
        var sitemap = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative), TestContext.Current.CancellationToken));
        var feed = XDocument.Parse(await client.GetStringAsync(new Uri("/feed.xml", UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Contains("Sitemap: https://kratomfacts.example/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.All(sitemap.Descendants(Sitemap + "loc"), loc => Assert.StartsWith("https://kratomfacts.example/", loc.Value, StringComparison.Ordinal));
        Assert.All(feed.Descendants(Atom + "entry"), e => Assert.StartsWith("https://kratomfacts.example/articles/", e.Element(Atom + "id")!.Value, StringComparison.Ordinal));
    }

    private async Task<(HttpResponseMessage Response, XDocument Document)> GetXmlAsync(string url)
    {
        using var client = site.CreateReader();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response, XDocument.Parse(text));
    }

    private static DateOnly Date(XElement element, string name) =>
        DateOnly.FromDateTime(DateTimeOffset.Parse(element.Element(Atom + name)!.Value, CultureInfo.InvariantCulture).UtcDateTime);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Robots matching as crawlers do it (RFC 9309): a rule is a path prefix in which * matches any run of characters.</summary>
    private static bool IsDisallowed(IEnumerable<string> rules, string path) =>
        rules.Where(r => r.Length > 0).Any(rule =>
            Regex.IsMatch(path, "^" + string.Join(".*", rule.Split('*').Select(Regex.Escape)), RegexOptions.None, TimeSpan.FromSeconds(1)));
}
