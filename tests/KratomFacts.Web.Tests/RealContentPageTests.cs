using System.Net;
using KratomFacts.Content;
using KratomFacts.TestSupport;
using KratomFacts.Web.Tests.Support;

namespace KratomFacts.Web.Tests;

/// <summary>The pages over the repository's real content/, as a new reader would meet them.</summary>
public sealed class RealContentPageTests(RealContentFactory site) : IClassFixture<RealContentFactory>
{
    public static TheoryData<string> AlkaloidAndMythPages()
    {
        var catalog = ContentLoader.CreateDefault().Load(TestPaths.RealContent).Catalog ?? throw new InvalidOperationException("content/ has errors: run check");
        return new TheoryData<string>(
            ["/alkaloids", "/myths", .. catalog.Alkaloids.Compounds.Select(c => c.Url), .. catalog.Myths.Select(m => m.Url)]);
    }

    [Theory]
    [MemberData(nameof(AlkaloidAndMythPages))]
    public async Task Page_answers_200_and_every_citation_link_lands_on_its_reference(string url)
    {
        var (response, page) = await site.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        PageAssertions.CitationLinksResolve(page);
    }

    [Fact]
    public async Task Real_table_shows_disagreement_and_both_charts()
    {
        var (_, page) = await site.GetPageAsync("/alkaloids");

        Assert.NotEmpty(page.QuerySelectorAll("sup.cite"));
        Assert.NotEmpty(page.QuerySelectorAll("td .sources-disagree"));
        Assert.NotNull(page.QuerySelector("#chart-potency-vs-morphine svg title"));
        Assert.NotNull(page.QuerySelector("#chart-half-life-hours svg title"));
    }

    [Fact]
    public async Task References_page_lists_each_real_work_once_under_its_own_anchor()
    {
        var catalog = ContentLoader.CreateDefault().Load(TestPaths.RealContent).Catalog!;
        var ids = new List<string>();
        for (var url = "/references"; url is not null;)
        {
            var (response, page) = await site.GetPageAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            ids.AddRange(page.QuerySelectorAll(".reference-group .reference-list > li").Select(li => li.Id ?? ""));
            Assert.All(page.QuerySelectorAll(".citing-pages a"), a => Assert.StartsWith("/", a.GetAttribute("href"), StringComparison.Ordinal));
            url = page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
        }

        Assert.Equal(catalog.References.Select(w => w.Anchor).Order(), ids.Order());
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    public static TheoryData<string> ArticlesCitingWorksWithUnnamedAuthors()
    {
        var catalog = ContentLoader.CreateDefault().Load(TestPaths.RealContent).Catalog!;
        return new TheoryData<string>(catalog.Articles
            .Where(a => a.Current.Document.References.Any(r => r.Citation.HasUnnamedAuthors))
            .Select(a => a.Url));
    }

    [Theory]
    [MemberData(nameof(ArticlesCitingWorksWithUnnamedAuthors))]
    public async Task Scholarly_head_never_names_et_al_as_an_author(string url)
    {
        var (_, page) = await site.GetPageAsync(url);

        var references = page.QuerySelectorAll("head meta[name=citation_reference]").Select(m => m.GetAttribute("content")!).ToList();
        Assert.NotEmpty(references);
        Assert.DoesNotContain(references, r => r.Contains("citation_author=et al", StringComparison.OrdinalIgnoreCase));
        using var json = System.Text.Json.JsonDocument.Parse(page.QuerySelector("head script[type='application/ld+json']")!.TextContent);
        var authors = json.RootElement.GetProperty("citation").EnumerateArray()
            .SelectMany(c => c.GetProperty("author").EnumerateArray())
            .Select(a => a.GetProperty("name").GetString()!)
            .ToList();
        Assert.NotEmpty(authors);
        Assert.DoesNotContain(authors, a => a.StartsWith("et al", StringComparison.OrdinalIgnoreCase));
    }
}
