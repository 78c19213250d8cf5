using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace KratomFacts.Browser.Tests.Support;

/// <summary>A browser tab lent to one test, with every request it makes meanwhile recorded.</summary>
public sealed class BrowserTab : IAsyncDisposable
{
    private readonly Func<IPage, ValueTask> _handBack;
    private readonly ConcurrentQueue<IRequest> _requests = new();

    public BrowserTab(IPage page, Func<IPage, ValueTask> handBack)
    {
        Page = page;
        _handBack = handBack;
        page.Request += Record;
    }

    public IPage Page { get; }

    /// <summary>Every request since the tab was lent, in the order they were made.</summary>
    public IReadOnlyList<IRequest> Requests => [.. _requests];

    /// <summary>Goes to <paramref name="page"/> and checks it answered the status a reader should get.</summary>
    public async Task GoToAsync(PageType page)
    {
        var response = await Page.GotoAsync(page.Path);
        var status = response?.Status ?? 0;
        if (page.Pending && status == 404)
        {
            Assert.Skip($"{page.Path} answers 404: the {page.Name} page has not been added yet.");
        }

        Assert.True(status == page.Status, $"{page.Path} answered {status}, expected {page.Status}");
    }

    public ValueTask DisposeAsync()
    {
        Page.Request -= Record;
        return _handBack(Page);
    }

    private void Record(object? sender, IRequest request) => _requests.Enqueue(request);
}
