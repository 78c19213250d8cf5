using System.Net;
using KratomFacts.Web.Tests.Support;

namespace KratomFacts.Web.Tests;

public sealed class ComparePageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/alkaloids/compare?ids=mitragynine,7-hydroxymitragynine,morphine")]
    [InlineData("/alkaloids/compare?ids=mitragynine&ids=7-hydroxymitragynine&ids=morphine")]
    public async Task Chosen_compounds_appear_side_by_side_with_differing_rows_marked(string url)
    {
        var (response, page) = await site.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var table = page.QuerySelector("table.compare-table");
        Assert.NotNull(table);
        Assert.Equal(["Mitragynine", "7-Hydroxymitragynine", "Morphine"], table.QuerySelectorAll("thead th a").Select(a => a.TextContent));
        var halfLife = table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("Half-life", StringComparison.Ordinal));
        Assert.Contains("differs", halfLife.ClassList);
        Assert.Equal("differs", halfLife.QuerySelector(".differs-marker")?.TextContent);
        Assert.Equal(["3-9", "23 +/- 16", "4.7"], halfLife.QuerySelectorAll(".value-text").Select(v => v.TextContent));
        Assert.NotNull(halfLife.QuerySelectorAll("td")[2].QuerySelector(".no-value"));
        PageAssertions.CitationLinksResolve(page);
        Assert.Equal(3, page.QuerySelectorAll("form.compare-picker input[type=checkbox][checked]").Length);
    }

    [Fact]
    public async Task Compare_page_without_ids_offers_the_picker()
    {
        var (response, page) = await site.GetPageAsync("/alkaloids/compare");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertPicker(page);
        Assert.Null(page.QuerySelector(".query-problem"));
    }

    [Theory]
    [InlineData("/alkaloids/compare?ids=mitragynine", HttpStatusCode.BadRequest, "at least 2")]
    [InlineData("/alkaloids/compare?ids=", HttpStatusCode.BadRequest, "at least 2")]
    [InlineData("/alkaloids/compare?ids=a,b,c,d,e,f", HttpStatusCode.BadRequest, "at most 5")]
    [InlineData("/alkaloids/compare?ids=mitragynine,mitragynine", HttpStatusCode.BadRequest, "twice")]
    [InlineData("/alkaloids/compare?ids=mitragynine,Morphine", HttpStatusCode.BadRequest, "is not a compound id")]
    [InlineData("/alkaloids/compare?ids=mitragynine,..%2Fetc", HttpStatusCode.BadRequest, "is not a compound id")]
    [InlineData("/alkaloids/compare?ids=mitragynine,%3Cb%3Ex%3C%2Fb%3E", HttpStatusCode.BadRequest, "is not a compound id")]
    [InlineData("/alkaloids/compare?ids=mitragynine,no-such-compound", HttpStatusCode.NotFound, "no-such-compound")]
    [InlineData("/alkaloids/compare?ids=ghost,phantom", HttpStatusCode.NotFound, "\"ghost\" or \"phantom\"")]
    public async Task Bad_choice_answers_with_its_status_a_reason_and_the_picker(string url, HttpStatusCode status, string reason)
    {
        var (response, page) = await site.GetPageAsync(url);

        Assert.Equal(status, response.StatusCode);
        PageAssertions.IsHelpfulPage(page);
        Assert.Contains(reason, page.QuerySelector(".query-problem")?.TextContent);
        Assert.Null(page.QuerySelector("table.compare-table"));
        Assert.Null(page.QuerySelector("main b"));
        AssertPicker(page);
    }

    [Fact]
    public async Task Overlong_id_list_is_refused_before_any_lookup()
    {
        var ids = string.Join(',', Enumerable.Range(0, 400).Select(i => "x" + i));

        var (response, page) = await site.GetPageAsync("/alkaloids/compare?ids=" + ids);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("too long", page.QuerySelector(".query-problem")?.TextContent);
        AssertPicker(page);
    }

    private static void AssertPicker(AngleSharp.Dom.IDocument page)
    {
        var form = page.QuerySelector("form.compare-picker[method=get][action='/alkaloids/compare']");
        Assert.NotNull(form);
        Assert.Equal(["mitragynine", "7-hydroxymitragynine", "morphine"],
            form.QuerySelectorAll("input[type=checkbox][name=ids]").Select(i => i.GetAttribute("value")));
        Assert.NotNull(form.QuerySelector("button[type=submit]"));
    }
}
