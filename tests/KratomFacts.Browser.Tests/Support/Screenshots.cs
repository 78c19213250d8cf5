using KratomFacts.TestSupport;
using Microsoft.Playwright;

namespace KratomFacts.Browser.Tests.Support;

/// <summary>Full-page pictures in artifacts/screenshots/ (git-ignored), so a person can look at what the tests saw.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(TestPaths.RepositoryRoot, "artifacts", "screenshots");

    public static async Task<string> TakeAsync(IPage page, PageType pageType, Viewing viewing)
    {
        var path = Path.Combine(Folder, $"{pageType.Name}-{viewing.Width}-{viewing.SchemeName}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }
}
