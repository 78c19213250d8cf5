using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using KratomFacts.Web.Tests.Support;

namespace KratomFacts.Web.Tests;

public sealed class ReferencesPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    /// <summary>Every page of the fixture that has a reference list: each article version and each myth.</summary>
    private static readonly string[] CitingPages =
    [
        "/articles/alpha-article/v1", "/articles/alpha-article/v2", "/articles/beta-article/v1",
        "/myths/kratom-cures-every-pain", "/myths/kratom-is-always-legal", "/myths/regular-use-can-cause-dependence", "/myths/sample-myth",
    ];

    [Fact]
    public async Task Work_cited_by_several_pages_is_listed_once_with_each_page_and_the_article_versions()
    {
        var (response, page) = await site.GetPageAsync("/references");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var singh = Assert.Single(Entries(page), e => Dois(e).Contains("10.1016/j.drugalcdep.2014.03.017"));
        Assert.Equal("work-singh-2014", singh.Id);
        Assert.StartsWith("Singh D, Muller CP, Vicknasingam BK. Kratom (Mitragyna speciosa) dependence", singh.QuerySelector(".reference-text")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Observational study", singh.QuerySelector(".evidence")?.TextContent);
        var citers = singh.QuerySelectorAll(".citing-pages > li").ToList();
        Assert.Equal(
            ["/articles/alpha-article", "/myths/kratom-cures-every-pain", "/myths/regular-use-can-cause-dependence"],
            citers.Select(li => li.QuerySelector("a")?.GetAttribute("href")).Order());
        var article = citers.Single(li => li.QuerySelector("a")?.GetAttribute("href") == "/articles/alpha-article");
        Assert.Equal("(v1, v2)", article.QuerySelector(".citing-versions")?.TextContent);
        Assert.Equal(["/articles/alpha-article/v1", "/articles/alpha-article/v2"], article.QuerySelectorAll(".citing-versions a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Every_reference_on_every_citing_page_is_one_entry_that_names_that_page()
    {
        var (_, references) = await site.GetPageAsync("/references");
        var entries = Entries(references);

        foreach (var url in CitingPages)
        {
            var (_, page) = await site.GetPageAsync(url);
            var cited = page.QuerySelectorAll(".reference-list > li").Select(Identity).ToList();
            Assert.NotEmpty(cited);
            foreach (var work in cited)
            {
                var entry = Assert.Single(entries, e => Identity(e) == work);
                var linked = entry.QuerySelectorAll(".citing-pages a").Select(a => a.GetAttribute("href")).ToList();
                var names = linked.Contains(url) || SoleVersion(url) is { } article && entry.QuerySelectorAll(".citing-pages li")
                    .Any(li => li.QuerySelector("a")?.GetAttribute("href") == article.Page && li.TextContent.EndsWith($"({article.Version})", StringComparison.Ordinal));
                Assert.True(names, $"{work} is cited on {url}, but its entry links only {string.Join(", ", linked)}");
            }
        }

        Assert.Equal(entries.Count, entries.Select(Identity).Distinct().Count());
        Assert.Equal(entries.Count, entries.Select(e => e.Id).Distinct().Count());
    }

    /// <summary>A version URL as page and version: an article with one version is linked once, its version named in text ("Title (v1)").</summary>
    private static (string Page, string Version)? SoleVersion(string url) =>
        System.Text.RegularExpressions.Regex.Match(url, "^(/articles/[a-z0-9-]+)/(v[0-9]+)$") is { Success: true } m
            ? (m.Groups[1].Value, m.Groups[2].Value)
            : null;

    [Theory]
    [InlineData("/references?page=2", HttpStatusCode.NotFound)]
    [InlineData("/references?page=0", HttpStatusCode.NotFound)]
    [InlineData("/references?page=two", HttpStatusCode.BadRequest)]
    [InlineData("/references?page=1&page=1", HttpStatusCode.BadRequest)]
    public async Task A_page_that_is_not_there_is_refused_helpfully(string url, HttpStatusCode status)
    {
        var (response, page) = await site.GetPageAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.NotNull(page.QuerySelector("main form[role=search]"));
    }

    [Fact]
    public async Task Works_are_grouped_by_evidence_kind_with_counts()
    {
        var (_, page) = await site.GetPageAsync("/references");

        var groups = page.QuerySelectorAll("section.reference-group").ToList();
        Assert.Equal(
            ["Systematic review (1)", "Clinical study (1)", "Observational study (1)", "Animal study (1)", "Lab study (cells or tissue) (1)", "Government or agency source (1)"],
            groups.Select(g => g.QuerySelector("h2")!.TextContent.Trim()));
        Assert.All(groups, g => Assert.All(g.QuerySelectorAll(".evidence"), badge => Assert.StartsWith(badge.TextContent, g.QuerySelector("h2")!.TextContent, StringComparison.Ordinal)));
        Assert.Contains("Showing all 6 works", page.QuerySelector(".filter-current")?.TextContent);
    }

    [Fact]
    public async Task Evidence_filter_shows_only_that_kind_and_says_so()
    {
        var (response, page) = await site.GetPageAsync("/references?evidence=animal");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(Entries(page));
        Assert.Equal("work-matsumoto-2005-ileum", entry.Id);
        Assert.Equal("Animal study", entry.QuerySelector(".evidence")?.TextContent);
        Assert.Contains("Showing 1 of 6", page.QuerySelector(".filter-current")?.TextContent);
        Assert.Equal("/references", page.QuerySelector(".filter-current a")?.GetAttribute("href"));
        Assert.Equal("/references?evidence=animal", page.QuerySelector(".filters a[aria-current=true]")?.GetAttribute("href"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Theory]
    [InlineData("/references?evidence=anecdote", "There is no evidence kind")]
    [InlineData("/references?evidence=animal&evidence=rct", "one evidence kind")]
    public async Task Unknown_evidence_kind_answers_400_with_a_page_that_lists_the_kinds(string url, string explanation)
    {
        var (response, page) = await site.GetPageAsync(url);

        PageAssertions.IsExplainedBadRequest(response, page, explanation, "/references");
    }

    [Fact]
    public async Task Search_results_for_a_reference_land_on_its_entry()
    {
        using var client = site.CreateReader();
        var json = await client.GetStringAsync(new Uri("/api/search?q=pharmacokinetics+mitragynine+man", UriKind.Relative), TestContext.Current.CancellationToken);
        using var results = JsonDocument.Parse(json);
        var (_, page) = await site.GetPageAsync("/references");

        var urls = results.RootElement.GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("kind").GetString() == "reference")
            .Select(r => r.GetProperty("url").GetString()!)
            .ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, url =>
        {
            Assert.StartsWith("/references#", url, StringComparison.Ordinal);
            Assert.True(page.GetElementById(url["/references#".Length..])?.Matches(".reference-group li") == true, $"{url} has no entry");
        });
    }

    private static List<IElement> Entries(IDocument page) => [.. page.QuerySelectorAll("section.reference-group .reference-list > li")];

    /// <summary>What identifies a work to a reader: its DOI or PubMed link, else its formatted text.</summary>
    private static string Identity(IElement entry) =>
        entry.QuerySelector(".reference-links a[href^='https://doi.org/'], .reference-links a[href^='https://pubmed.']")?.GetAttribute("href")
        ?? entry.QuerySelector(".reference-text")!.TextContent;

    private static IEnumerable<string> Dois(IElement entry) =>
        entry.QuerySelectorAll(".reference-links a[href^='https://doi.org/']").Select(a => a.GetAttribute("href")!["https://doi.org/".Length..]);
}
