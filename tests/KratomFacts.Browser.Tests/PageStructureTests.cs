using KratomFacts.Browser.Tests.Support;
using Microsoft.Playwright;

namespace KratomFacts.Browser.Tests;

/// <summary>What a screen reader uses to find its way: headings, landmarks and labelled tables.</summary>
public sealed class PageStructureTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public async Task Headings_start_at_a_single_h1_and_never_skip_a_level_going_down(string page)
    {
        await using var tab = await site.OpenAsync(PageTypes.Named(page), Viewing.Desktop);

        var headings = await PageProbes.HeadingsAsync(tab.Page);

        var outline = string.Join("\n", headings.Select(h => new string(' ', 2 * (h.Level - 1)) + $"h{h.Level} {h.Text}"));
        Assert.True(headings.Length > 0 && headings[0].Level == 1, "the first heading is not the h1:\n" + outline);
        Assert.True(headings.Count(h => h.Level == 1) == 1, "not exactly one h1:\n" + outline);
        var skips = headings.Zip(headings.Skip(1)).Where(p => p.Second.Level > p.First.Level + 1).ToList();
        Assert.True(skips.Count == 0, "a heading skips a level:\n" + string.Join("\n", skips.Select(p => $"h{p.First.Level} {p.First.Text} -> h{p.Second.Level} {p.Second.Text}")));
    }

    [Theory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public async Task Page_has_banner_navigation_main_and_contentinfo_landmarks(string page)
    {
        await using var tab = await site.OpenAsync(PageTypes.Named(page), Viewing.Desktop);

        Assert.Equal(1, await tab.Page.GetByRole(AriaRole.Banner).CountAsync());
        Assert.Equal(1, await tab.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).CountAsync());
        Assert.Equal(1, await tab.Page.GetByRole(AriaRole.Main).CountAsync());
        Assert.Equal(1, await tab.Page.GetByRole(AriaRole.Contentinfo).CountAsync());
    }

    [Theory]
    [MemberData(nameof(PageTypes.NamesAndTablePages), MemberType = typeof(PageTypes))]
    public async Task Every_table_has_a_caption_and_header_cells(string page)
    {
        await using var tab = await site.OpenAsync(PageTypes.Named(page), Viewing.Desktop);

        var tables = await PageProbes.TablesAsync(tab.Page);

        Assert.All(tables, t =>
        {
            Assert.True(t.Caption.Length > 0, "table without a caption: " + t.Start);
            Assert.True(t.HeaderCells > 0, "table without header cells: " + t.Start);
        });
    }
}
