using KratomFacts.Browser.Tests.Support;

namespace KratomFacts.Browser.Tests;

/// <summary>Light pages that ask nothing of any other host: no CDN, web font, analytics or tracker.</summary>
public sealed class PageBudgetTests(BrowserSite site)
{
    /// <summary>HTML, CSS and JavaScript of one page, uncompressed.</summary>
    private const int MaxBytes = 100 * 1000;

    private static readonly HashSet<string> CodeAndMarkup = ["document", "stylesheet", "script"];

    [Theory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public async Task Page_requests_nothing_from_any_host_but_the_site(string page)
    {
        await using var tab = await site.OpenUncachedAsync(PageTypes.Named(page), Viewing.Desktop);

        var requests = tab.Requests;

        Assert.NotEmpty(requests);
        Assert.All(requests, r => Assert.Equal(site.Address.Host, new Uri(r.Url).Host));
    }

    [Theory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public async Task Page_needs_under_100_KB_of_HTML_CSS_and_JavaScript(string page)
    {
        await using var tab = await site.OpenUncachedAsync(PageTypes.Named(page), Viewing.Desktop);

        var sizes = new List<(string Url, int Bytes)>();
        foreach (var request in tab.Requests.Where(r => CodeAndMarkup.Contains(r.ResourceType)))
        {
            var response = await request.ResponseAsync();
            sizes.Add((request.Url, response is null ? 0 : (await response.BodyAsync()).Length));
        }

        var total = sizes.Sum(s => s.Bytes);
        Assert.Contains(sizes, s => s.Url.EndsWith(".css", StringComparison.Ordinal));
        Assert.All(sizes, s => Assert.True(s.Bytes > 0, $"{s.Url} arrived empty"));
        Assert.True(total < MaxBytes, $"{total:N0} bytes:\n" + string.Join("\n", sizes.Select(s => $"  {s.Bytes,8:N0} {s.Url}")));
    }
}
