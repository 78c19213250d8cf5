using System.Text.RegularExpressions;
using KratomFacts.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KratomFacts.Browser.Tests.Journeys;

/// <summary>What a reader does on the site, done in the browser, with JavaScript on and off: the site must not need it.</summary>
public sealed partial class ReaderJourneyTests(BrowserSite site)
{
    public static TheoryData<bool> JavaScriptOnAndOff => [true, false];

    private static Viewing Seen(bool javaScript) => Viewing.Desktop with { JavaScript = javaScript };

    [Theory]
    [MemberData(nameof(JavaScriptOnAndOff))]
    public async Task Searching_is_kratom_an_opioid_on_the_home_page_leads_to_the_article_that_answers_it(bool javaScript)
    {
        await using var tab = await site.OpenAsync(PageTypes.Home, Seen(javaScript));
        var page = tab.Page;
        var search = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Search);

        await search.GetByLabel("Search KratomFacts").PressSequentiallyAsync("is kratom an opioid");
        await search.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=is\+kratom\+an\+opioid$"));
        var first = page.Locator("ol.search-results > li").First.GetByRole(AriaRole.Heading).GetByRole(AriaRole.Link);
        await first.ClickAsync();

        // The article, or one of its sections, which then is where the reader lands.
        await Expect(page).ToHaveURLAsync(ArticleOrSection());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Is kratom an opioid?");
        if (new Uri(page.Url).Fragment is { Length: > 1 } section)
        {
            await Expect(page.Locator(section)).ToBeInViewportAsync();
        }
    }

    [Theory]
    [MemberData(nameof(JavaScriptOnAndOff))]
    public async Task A_citation_leads_to_its_reference_and_the_back_link_returns_to_the_citation(bool javaScript)
    {
        await using var tab = await site.OpenAsync(PageTypes.Article, Seen(javaScript));
        var page = tab.Page;
        var citation = page.Locator(".article-body sup.cite a").Nth(2);
        var citationId = await citation.GetAttributeAsync("id") ?? "";
        var referenceHash = await citation.GetAttributeAsync("href") ?? "";

        await citation.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(referenceHash) + "$"));
        var reference = page.Locator(referenceHash);
        await Expect(reference).ToBeInViewportAsync();
        Assert.True(await reference.EvaluateAsync<bool>("e => e.matches(':target')"), $"{referenceHash} is not the page's target");
        // The keyboard carries on from the reference: the next Tab lands on one of its links.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await reference.EvaluateAsync<bool>("e => e.contains(document.activeElement)"),
            "Tab after following the citation did not move into the reference");

        await reference.Locator($".backlinks a[href='#{citationId}']").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"#{Regex.Escape(citationId)}$"));
        var back = page.Locator("#" + citationId);
        await Expect(back).ToBeInViewportAsync();
        Assert.True(await back.EvaluateAsync<bool>("e => e.matches(':target')"), $"#{citationId} is not the page's target");
    }

    [Theory]
    [MemberData(nameof(JavaScriptOnAndOff))]
    public async Task An_old_version_says_it_is_superseded_and_links_to_what_changed(bool javaScript)
    {
        await using var tab = await site.OpenAsync(PageTypes.OldVersion, Seen(javaScript));
        var page = tab.Page;
        var banner = page.GetByRole(AriaRole.Note).Filter(new() { HasText = "This is an older version" });
        await Expect(banner).ToBeVisibleAsync();

        await banner.GetByRole(AriaRole.Link, new() { Name = "See what changed since this version" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/articles/is-kratom-an-opioid/diff/1/2$"));
        await Expect(page.Locator(".diff ins").First).ToBeVisibleAsync();
        await Expect(page.Locator(".diff del").First).ToBeVisibleAsync();
    }

    [Theory]
    [MemberData(nameof(JavaScriptOnAndOff))]
    public async Task Two_alkaloids_chosen_in_the_picker_are_shown_side_by_side(bool javaScript)
    {
        await using var tab = await site.NewTabAsync(Seen(javaScript));
        var page = tab.Page;
        await page.GotoAsync("/alkaloids/compare");

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Mitragynine", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "7-Hydroxymitragynine", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("ids=mitragynine&ids=7-hydroxymitragynine$"));
        var table = page.GetByRole(AriaRole.Table);
        await Expect(table.Locator("caption")).ToHaveTextAsync("Mitragynine, 7-Hydroxymitragynine side by side");
        var columns = await table.Locator("thead th").AllInnerTextsAsync();
        Assert.Equal(3, columns.Count);
        Assert.StartsWith("Mitragynine", columns[1], StringComparison.Ordinal);
        Assert.StartsWith("7-Hydroxymitragynine", columns[2], StringComparison.Ordinal);
        Assert.True(await table.Locator("tbody tr").CountAsync() > 3, "the comparison has hardly any rows");
    }

    [Theory]
    [MemberData(nameof(JavaScriptOnAndOff))]
    public async Task The_false_verdict_filter_lists_only_false_claims(bool javaScript)
    {
        await using var tab = await site.OpenAsync(PageTypes.Myths, Seen(javaScript));
        var page = tab.Page;
        var filters = page.GetByRole(AriaRole.Navigation, new() { Name = "Filter myths and facts" });
        var falseFilter = filters.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^False \(\d+\)$") });
        var expected = int.Parse(FilterCount().Match(await falseFilter.InnerTextAsync()).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        await falseFilter.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/myths\?verdict=false$"));
        await Expect(falseFilter).ToHaveAttributeAsync("aria-current", "true");
        var verdicts = await page.Locator(".myth-entry .verdict").AllInnerTextsAsync();
        Assert.Equal(expected, verdicts.Count);
        Assert.All(verdicts, v => Assert.EndsWith("FALSE", v.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Typing_withd_offers_completions_and_choosing_one_by_keyboard_searches_for_it()
    {
        await using var tab = await site.OpenAsync(PageTypes.Home, Viewing.Desktop);
        var page = tab.Page;
        var box = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Combobox, new() { Name = "Search KratomFacts" });

        await box.PressSequentiallyAsync("withd", new() { Delay = 60 });

        var list = page.GetByRole(AriaRole.Listbox, new() { Name = "Suggestions" });
        await Expect(list).ToBeVisibleAsync();
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        var options = list.GetByRole(AriaRole.Option);
        var offered = await options.AllInnerTextsAsync();
        Assert.NotEmpty(offered);
        Assert.All(offered, o => Assert.Contains("withd", o, StringComparison.OrdinalIgnoreCase));

        await box.PressAsync("ArrowDown");
        await Expect(options.First).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(box).ToHaveAttributeAsync("aria-activedescendant", await options.First.GetAttributeAsync("id") ?? "");
        await box.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=[^&]+$"));
        await Expect(page.Locator("#page-search")).ToHaveValueAsync(offered[0]);
        await Expect(page.Locator("ol.search-results > li").First).ToBeVisibleAsync();
        Assert.Contains(tab.Requests, r => new Uri(r.Url).AbsolutePath == "/api/suggest");
    }

    [GeneratedRegex(@"/articles/is-kratom-an-opioid(#[a-z0-9-]+)?$")]
    private static partial Regex ArticleOrSection();

    [GeneratedRegex(@"\((\d+)\)")]
    private static partial Regex FilterCount();
}
