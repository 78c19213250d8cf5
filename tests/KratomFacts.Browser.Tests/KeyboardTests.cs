using KratomFacts.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KratomFacts.Browser.Tests;

/// <summary>A reader with only a keyboard can get past the header, reach everything, and always see where they are.</summary>
public sealed class KeyboardTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public async Task First_Tab_shows_a_skip_link_that_moves_focus_to_the_main_content(string page)
    {
        await using var tab = await site.OpenAsync(PageTypes.Named(page), Viewing.Desktop);

        await tab.Page.Keyboard.PressAsync("Tab");

        var skip = tab.Page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync(new() { Ratio = 1 });
        await tab.Page.Keyboard.PressAsync("Enter");
        await Expect(tab.Page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();
    }
}

/// <summary>Tabbing through a whole page; a class of its own, as long pages have hundreds of stops.</summary>
public sealed class FocusOrderTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public async Task Every_control_is_reached_by_Tab_and_looks_focused_when_it_is(string page)
    {
        await using var tab = await site.OpenAsync(PageTypes.Named(page), Viewing.Desktop);
        var targets = await PageProbes.StartFocusLogAsync(tab.Page);

        // Two presses past the last control, where focus leaves the page and comes back to the first.
        for (var press = 0; press < targets + 2; press++)
        {
            await tab.Page.Keyboard.PressAsync("Tab");
        }

        var log = await PageProbes.FocusLogAsync(tab.Page);
        var reached = log.Where(f => f.Index >= 0).Select(f => f.Index).ToHashSet();
        var missed = new List<string>();
        foreach (var index in Enumerable.Range(0, targets).Where(i => !reached.Contains(i)).Take(10))
        {
            missed.Add(await PageProbes.FocusTargetAsync(tab.Page, index));
        }

        Assert.True(missed.Count == 0, $"{targets - reached.Count} of {targets} controls never got focus by Tab, such as:\n" + string.Join("\n", missed));
        var unmarked = log.Where(f => f.Index >= 0 && !f.LooksDifferent).Select(f => f.Element).Distinct().ToList();
        Assert.True(unmarked.Count == 0, "focus does not change how these look (no outline or shadow):\n" + string.Join("\n", unmarked));
        var strays = log.Where(f => f.Index < 0).Select(f => f.Element).Distinct().ToList();
        Assert.True(strays.Count == 0, "Tab focused elements that are not visible controls:\n" + string.Join("\n", strays));
    }
}
