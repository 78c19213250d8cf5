using System.Collections.Concurrent;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(KratomFacts.Browser.Tests.Support.BrowserSite))]

// A test mostly waits for Chromium: more test classes at once than cores keeps both cores busy.
[assembly: CollectionBehavior(MaxParallelThreads = 4)]

namespace KratomFacts.Browser.Tests.Support;

/// <summary>
/// One app and one Chromium for the whole run, one browser context per way of seeing the site (width, scheme,
/// JavaScript), and tabs that tests hand back for the next test to navigate: starting the app or the browser takes
/// seconds, a context half a second, a new tab (a new renderer process) a few tenths, a navigation far less. The site
/// keeps no cookies or storage, and every test starts by navigating, so nothing one test does is seen by the next.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private readonly ConcurrentDictionary<Viewing, Lazy<Task<IBrowserContext>>> _contexts = new();
    private readonly ConcurrentDictionary<Viewing, ConcurrentBag<IPage>> _idleTabs = new();
    private KestrelSite? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where the app listens: http://127.0.0.1:{free port}/.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public async ValueTask InitializeAsync()
    {
        if (!SystemChromium.IsInstalled)
        {
            return; // each test says so, and is skipped or failed (KF_REQUIRE_BROWSER=1)
        }

        // Before the driver starts: Playwright must never try to fetch a browser of its own.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _app = new KestrelSite();
        Address = _app.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = SystemChromium.ExecutablePath,
            Headless = true,
            Args = SystemChromium.Arguments,
        });
    }

    /// <summary>A tab seen as <paramref name="viewing"/> says: an idle one of that context, or a new one.</summary>
    public async Task<BrowserTab> NewTabAsync(Viewing viewing)
    {
        SystemChromium.EnsureInstalled();
        var idle = _idleTabs.GetOrAdd(viewing, _ => []);
        if (!idle.TryTake(out var page))
        {
            var context = await _contexts.GetOrAdd(viewing, v => new(() => NewContextAsync(v))).Value;
            page = await context.NewPageAsync();
        }

        return new BrowserTab(page, done =>
        {
            idle.Add(done);
            return ValueTask.CompletedTask;
        });
    }

    /// <summary>A new tab in a context of its own: nothing cached, so every request the page needs is made.</summary>
    public async Task<BrowserTab> NewUncachedTabAsync(Viewing viewing)
    {
        SystemChromium.EnsureInstalled();
        var context = await NewContextAsync(viewing);
        return new BrowserTab(await context.NewPageAsync(), _ => context.DisposeAsync());
    }

    /// <summary>A tab showing <paramref name="page"/>; skips the test while a pending page answers 404.</summary>
    public Task<BrowserTab> OpenAsync(PageType page, Viewing viewing) => ShowAsync(NewTabAsync(viewing), page);

    /// <summary>A new, uncached tab showing <paramref name="page"/>.</summary>
    public Task<BrowserTab> OpenUncachedAsync(PageType page, Viewing viewing) => ShowAsync(NewUncachedTabAsync(viewing), page);

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private static async Task<BrowserTab> ShowAsync(Task<BrowserTab> opening, PageType page)
    {
        var tab = await opening;
        try
        {
            await tab.GoToAsync(page);
            return tab;
        }
        catch
        {
            await tab.DisposeAsync();
            throw;
        }
    }

    private async Task<IBrowserContext> NewContextAsync(Viewing viewing)
    {
        var context = await _browser!.NewContextAsync(new()
        {
            BaseURL = Address.ToString(),
            ViewportSize = new() { Width = viewing.Width, Height = viewing.Height },
            ColorScheme = viewing.Scheme,
            JavaScriptEnabled = viewing.JavaScript,
            // No smooth scrolling: where a link lands is then where it is when the test looks.
            ReducedMotion = ReducedMotion.Reduce,
        });
        context.SetDefaultTimeout(10_000);
        return context;
    }
}
