using KratomFacts.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KratomFacts.Browser.Tests;

/// <summary>JavaScript only adds to the site: with it switched off every page shows its content and every control still does its job.</summary>
public sealed class NoJavaScriptTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public async Task Page_shows_its_content_and_works_without_JavaScript(string page)
    {
        await using var tab = await site.OpenAsync(PageTypes.Named(page), Viewing.WithoutJavaScript);

        await Expect(tab.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        // Links go somewhere by themselves, and every button submits a form to a real address.
        Assert.Equal(0, await tab.Page.Locator("a:not([href]), a[href=''], a[href^='javascript:']").CountAsync());
        Assert.Equal(0, await tab.Page.Locator("button:not(form[action] button[type=submit], form[action] button:not([type]))").CountAsync());
        Assert.Equal(0, await tab.Page.Locator("main [hidden]").CountAsync());
    }
}
