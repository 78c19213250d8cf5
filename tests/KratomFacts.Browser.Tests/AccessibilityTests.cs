using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using KratomFacts.Browser.Tests.Support;

namespace KratomFacts.Browser.Tests;

/// <summary>
/// axe-core's WCAG 2.2 A and AA rules, colour contrast among them, on every page type. One class per way of seeing
/// the site, so the four run side by side.
/// </summary>
public abstract class AccessibilityTests(BrowserSite site, Viewing viewing)
{
    private static readonly AxeRunOptions Wcag22AA = new()
    {
        ResultTypes = [ResultType.Violations],
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [Theory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public async Task Page_has_no_WCAG_2_2_A_or_AA_violations(string page)
    {
        await using var tab = await site.OpenAsync(PageTypes.Named(page), viewing);

        // axe.run in the page itself: RunAxe's default also runs each frame's part and merges them on a blank page of
        // its own, which costs two to three times as long, and these pages have no frames.
#pragma warning disable CS0618 // "legacy mode" is that in-page run; the package version is pinned.
        var result = await tab.Page.Locator(":root").RunAxeLegacy(Wcag22AA);
#pragma warning restore CS0618

        Assert.True(result.Violations.Length == 0, $"at {viewing}:\n" + Describe(result.Violations));
    }

    private static string Describe(AxeResultItem[] violations) =>
        string.Join("\n", violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Take(5).Select(n =>
                $"    {n.Target}: {n.Html}\n      " + string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))))));
}

public sealed class PhoneLightAccessibilityTests(BrowserSite site) : AccessibilityTests(site, Viewing.Phone);

public sealed class PhoneDarkAccessibilityTests(BrowserSite site) : AccessibilityTests(site, Viewing.PhoneDark);

public sealed class DesktopLightAccessibilityTests(BrowserSite site) : AccessibilityTests(site, Viewing.Desktop);

public sealed class DesktopDarkAccessibilityTests(BrowserSite site) : AccessibilityTests(site, Viewing.DesktopDark);
