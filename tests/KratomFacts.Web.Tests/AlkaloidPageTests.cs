using System.Net;
using KratomFacts.Web.Tests.Support;

namespace KratomFacts.Web.Tests;

public sealed class AlkaloidPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Disagreeing_cell_shows_every_value_with_its_own_citation_and_a_marker()
    {
        var (response, page) = await site.GetPageAsync("/alkaloids");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cell = Cell(page, "mitragynine", "half_life_hours");
        Assert.NotNull(cell);
        Assert.Contains("Sources disagree", cell.QuerySelector(".sources-disagree")?.TextContent);
        var values = cell.QuerySelectorAll("li.value");
        Assert.Equal(["3-9", "23 +/- 16"], values.Select(v => v.QuerySelector(".value-text")?.TextContent));
        var sources = values.Select(v => PageAssertions.ReferenceOf(page, Assert.Single(v.QuerySelectorAll("sup.cite a"))).TextContent).ToList();
        Assert.Contains("Pharmacokinetics of mitragynine, a major analgesic alkaloid", sources[0]);
        Assert.Contains("Pharmacokinetics of mitragynine in man", sources[1]);
        Assert.Contains("nine long-term users", values[1].QuerySelector(".value-note")?.TextContent);
    }

    [Fact]
    public async Task Cell_with_one_value_has_no_disagreement_marker()
    {
        var (_, page) = await site.GetPageAsync("/alkaloids");

        var cell = Cell(page, "7-hydroxymitragynine", "half_life_hours");
        Assert.NotNull(cell);
        Assert.Null(cell.QuerySelector(".sources-disagree"));
        Assert.Equal("4.7", cell.QuerySelector(".value-text")?.TextContent);
    }

    [Fact]
    public async Task Citations_are_numbered_in_reading_order_and_all_resolve()
    {
        var (_, page) = await site.GetPageAsync("/alkaloids");

        var numbers = page.QuerySelectorAll("table sup.cite a").Select(a => int.Parse(a.GetAttribute("href")![5..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var firstSeen = numbers.Distinct().ToList();
        Assert.Equal(Enumerable.Range(1, firstSeen.Count), firstSeen);
        Assert.Equal(firstSeen.Count, page.QuerySelectorAll(".reference-list > li").Length);
        PageAssertions.CitationLinksResolve(page);
    }

    [Theory]
    [InlineData("potency_vs_morphine", "asc", new[] { "mitragynine", "morphine", "7-hydroxymitragynine" })]
    [InlineData("potency_vs_morphine", "desc", new[] { "7-hydroxymitragynine", "morphine", "mitragynine" })]
    [InlineData("half_life_hours", "asc", new[] { "mitragynine", "7-hydroxymitragynine", "morphine" })]
    [InlineData("half_life_hours", "desc", new[] { "7-hydroxymitragynine", "mitragynine", "morphine" })]
    [InlineData("name", "asc", new[] { "7-hydroxymitragynine", "mitragynine", "morphine" })]
    [InlineData("name", "desc", new[] { "morphine", "mitragynine", "7-hydroxymitragynine" })]
    public async Task Sorting_by_a_column_orders_rows_and_puts_compounds_without_it_last(string key, string dir, string[] expected)
    {
        var (response, page) = await site.GetPageAsync($"/alkaloids?sort={key}&dir={dir}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected.Select(slug => "row-" + slug), page.QuerySelectorAll(".alkaloid-table tbody tr").Select(r => r.Id));
    }

    [Fact]
    public async Task Sorted_column_says_so_and_its_link_reverses_the_order()
    {
        var (_, page) = await site.GetPageAsync("/alkaloids?sort=potency_vs_morphine&dir=asc");

        var sorted = Assert.Single(page.QuerySelectorAll("thead th[aria-sort]"));
        Assert.Equal("ascending", sorted.GetAttribute("aria-sort"));
        Assert.Equal("/alkaloids?sort=potency_vs_morphine&dir=desc", sorted.QuerySelector("a")?.GetAttribute("href"));
        Assert.Contains("lowest first", page.QuerySelector(".sort-summary")?.TextContent);
    }

    [Theory]
    [InlineData("/alkaloids?sort=bogus", "cannot be sorted by")]
    [InlineData("/alkaloids?sort=half_life_hours&dir=sideways", "sort direction")]
    [InlineData("/alkaloids?dir=up", "sort direction")]
    [InlineData("/alkaloids?sort=name&sort=half_life_hours", "one sort column")]
    [InlineData("/alkaloids?sort=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "cannot be sorted by")]
    public async Task Unknown_sort_answers_400_with_a_page_that_explains_and_links_back(string url, string explanation)
    {
        var (response, page) = await site.GetPageAsync(url);

        PageAssertions.IsExplainedBadRequest(response, page, explanation, "/alkaloids");
    }

    [Fact]
    public async Task Reference_opioid_is_set_apart_in_words_not_only_colour()
    {
        var (_, page) = await site.GetPageAsync("/alkaloids");

        var morphine = page.QuerySelector("#row-morphine");
        Assert.NotNull(morphine);
        Assert.Contains("reference-opioid", morphine.ClassList);
        Assert.Contains("Reference opioid (not in kratom)", morphine.QuerySelector("th")?.TextContent);
        Assert.DoesNotContain("reference-opioid", page.QuerySelector("#row-mitragynine")!.ClassList);
    }

    [Fact]
    public async Task Table_has_a_caption_header_scopes_and_a_scrollable_labelled_region()
    {
        var (_, page) = await site.GetPageAsync("/alkaloids");

        var region = page.QuerySelector("div.table-scroll[role=region][tabindex='0'][aria-label]");
        Assert.NotNull(region);
        var table = region.QuerySelector("table");
        Assert.NotNull(table?.QuerySelector("caption"));
        Assert.All(table!.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.All(table.QuerySelectorAll("tbody tr"), tr => Assert.Equal("row", tr.QuerySelector("th")?.GetAttribute("scope")));
        // Only properties some compound has get a column: the fixture has potency and half-life only.
        Assert.Equal(["Compound", "Mu-opioid potency relative to morphine", "Half-life (hours)"],
            table.QuerySelectorAll("thead th a").Select(a => a.FirstChild?.TextContent));
    }

    [Fact]
    public async Task Potency_chart_is_an_accessible_svg_with_a_text_label_for_every_bar()
    {
        var (_, page) = await site.GetPageAsync("/alkaloids");

        var svg = page.QuerySelector("#chart-potency-vs-morphine svg[role=img]");
        Assert.NotNull(svg);
        var labelledBy = (svg.GetAttribute("aria-labelledby") ?? "").Split(' ');
        Assert.Equal("Mu-opioid potency relative to morphine", page.GetElementById(labelledBy[0])?.TextContent);
        Assert.Equal("title", page.GetElementById(labelledBy[0])?.LocalName);
        var desc = page.GetElementById(labelledBy[1]);
        Assert.Equal("desc", desc?.LocalName);
        Assert.Contains("Mitragynine: 0.57 times morphine", desc!.TextContent);
        Assert.Contains("7-Hydroxymitragynine: 17 times morphine", desc.TextContent);

        var bars = svg.QuerySelectorAll(".chart-row");
        Assert.Equal(3, bars.Length);
        Assert.All(bars, bar => Assert.NotNull(bar.QuerySelector("rect.chart-bar")));
        var labels = bars.Select(b => b.QuerySelector("text.chart-label")?.TextContent ?? "").ToList();
        var matsumoto = page.QuerySelectorAll(".reference-list > li").First(li => li.TextContent.Contains("guinea-pig ileum", StringComparison.Ordinal)).GetAttribute("value");
        Assert.Equal(
            [$"Mitragynine: 0.57 times morphine — [{matsumoto}] Matsumoto et al. 2005",
             $"7-Hydroxymitragynine: 17 times morphine — [{matsumoto}] Matsumoto et al. 2005",
             $"Morphine (reference opioid): 1 times morphine — [{matsumoto}] Matsumoto et al. 2005"],
            labels);
    }

    [Fact]
    public async Task Chart_bars_grow_with_the_value_on_a_log_scale()
    {
        var (_, page) = await site.GetPageAsync("/alkaloids");

        double Width(string compound) => double.Parse(page.QuerySelectorAll("#chart-potency-vs-morphine .chart-row")
            .First(r => r.QuerySelector("text.chart-label")!.TextContent.StartsWith(compound + ":", StringComparison.Ordinal))
            .QuerySelector("rect.chart-bar")!.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Width("Mitragynine") < Width("Morphine (reference opioid)"));
        Assert.True(Width("Morphine (reference opioid)") < Width("7-Hydroxymitragynine"));
        Assert.Contains("logarithmic", page.QuerySelector("#chart-potency-vs-morphine .chart-axis-label")?.TextContent);
    }

    [Fact]
    public async Task Pages_use_no_inline_styles_or_scripts_so_a_strict_csp_holds()
    {
        foreach (var url in new[] { "/alkaloids", "/alkaloids/mitragynine", "/alkaloids/compare?ids=mitragynine,morphine" })
        {
            var (_, page) = await site.GetPageAsync(url);

            Assert.Empty(page.QuerySelectorAll("[style], style, main script"));
        }
    }

    [Fact]
    public async Task Compound_page_lists_every_value_with_sources_and_the_pages_that_mention_it()
    {
        var (response, page) = await site.GetPageAsync("/alkaloids/mitragynine");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Mitragynine", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("The main alkaloid of kratom leaf.", page.QuerySelector(".summary")?.TextContent);
        Assert.Contains("Kratom alkaloid", page.QuerySelector(".kind-label")?.TextContent);
        var halfLife = page.QuerySelector("#property-half_life_hours");
        Assert.NotNull(halfLife?.QuerySelector(".sources-disagree"));
        Assert.Equal(["3-9", "23 +/- 16"], halfLife!.QuerySelectorAll(".value-text").Select(v => v.TextContent));
        PageAssertions.CitationLinksResolve(page);
        Assert.NotNull(page.QuerySelector(".mentions a[href='/articles/alpha-article']"));
        Assert.NotNull(page.QuerySelector(".mentions a[href='/myths/sample-myth']"));
    }

    [Theory]
    [InlineData("/alkaloids/no-such-compound")]
    [InlineData("/alkaloids/Mitragynine")]
    public async Task Unknown_compound_is_a_helpful_404(string url)
    {
        var (response, page) = await site.GetPageAsync(url);

        PageAssertions.IsHelpfulNotFound(response, page);
    }

    /// <summary>A compound's cell in the given property's column of the alkaloid table, found by the column's sort link.</summary>
    private static AngleSharp.Dom.IElement? Cell(AngleSharp.Dom.IDocument page, string compound, string property)
    {
        var column = page.QuerySelectorAll(".alkaloid-table thead th").ToList()
            .FindIndex(th => th.QuerySelector($"a[href*='sort={property}&']") is not null);
        return column < 0 ? null : page.QuerySelector($"#row-{compound}")?.Children.ElementAtOrDefault(column);
    }
}
