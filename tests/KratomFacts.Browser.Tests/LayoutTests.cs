using KratomFacts.Browser.Tests.Support;

namespace KratomFacts.Browser.Tests;

/// <summary>
/// Readable on a 360 px phone and a 1280 px laptop, light and dark, with each view saved as a screenshot. One class
/// per way of seeing the site, so the four run side by side.
/// </summary>
public abstract class LayoutTests(BrowserSite site, Viewing viewing)
{
    [Theory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public async Task Page_fits_the_window_without_sideways_scrolling(string page)
    {
        var pageType = PageTypes.Named(page);
        await using var tab = await site.OpenAsync(pageType, viewing);

        var overflow = await PageProbes.SidewaysOverflowAsync(tab.Page);
        var picture = await Screenshots.TakeAsync(tab.Page, pageType, viewing);

        Assert.True(overflow.ScrollWidth <= overflow.ClientWidth,
            $"the page is {overflow.ScrollWidth}px wide in a {overflow.ClientWidth}px window (see {picture}); sticking out:\n" + string.Join("\n", overflow.Culprits));
    }
}

public sealed class PhoneLightLayoutTests(BrowserSite site) : LayoutTests(site, Viewing.Phone);

public sealed class PhoneDarkLayoutTests(BrowserSite site) : LayoutTests(site, Viewing.PhoneDark);

public sealed class DesktopLightLayoutTests(BrowserSite site) : LayoutTests(site, Viewing.Desktop);

public sealed class DesktopDarkLayoutTests(BrowserSite site) : LayoutTests(site, Viewing.DesktopDark);

/// <summary>Wide tables stay usable on a phone: they scroll inside their own box and the page does not.</summary>
public sealed class TableScrollTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(PageTypes.NamesWithTables), MemberType = typeof(PageTypes))]
    public async Task Wide_tables_scroll_inside_their_own_box_on_a_phone(string page)
    {
        await using var tab = await site.OpenAsync(PageTypes.Named(page), Viewing.Phone);

        var boxes = await PageProbes.TableBoxesAsync(tab.Page);

        Assert.NotEmpty(boxes);
        Assert.All(boxes, b => Assert.True(b.InScrollBox, $"table \"{b.Table}\" is not inside a .table-scroll box"));
        Assert.Contains(boxes, b => b.ContentWidth > b.BoxWidth);
        Assert.All(boxes.Where(b => b.ContentWidth > b.BoxWidth), b =>
            Assert.True(b.Scrolls && b.OverflowX is "auto" or "scroll", $"table \"{b.Table}\" ({b.ContentWidth}px in a {b.BoxWidth}px box) does not scroll inside its box"));
        var overflow = await PageProbes.SidewaysOverflowAsync(tab.Page);
        Assert.True(overflow.ScrollWidth <= overflow.ClientWidth, $"the page itself is {overflow.ScrollWidth}px wide");
    }
}
