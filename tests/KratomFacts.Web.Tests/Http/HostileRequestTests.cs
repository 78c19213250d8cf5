using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using KratomFacts.TestSupport;
using KratomFacts.Web.Tests.Support;

namespace KratomFacts.Web.Tests.Http;

/// <summary>
/// Requests an attacker or a broken client sends: traversal in every encoding, script in every parameter, query
/// syntax, huge and malformed input, bad methods and odd headers. Each is answered with a deliberate status (never a
/// 5xx), the security headers, nothing of the payload reflected as markup, and bounded work.
/// </summary>
/// <remarks>
/// The requests are in hostile-requests.tsv: <c>{x*N}</c> in a target or header stands for x repeated N times, so a
/// 100,000-character request keeps a short name. Run alone (not beside other test classes) so the process's CPU time
/// measures each request's work.
/// </remarks>
[Collection(nameof(HostileRequestTests))]
[CollectionDefinition(nameof(HostileRequestTests), DisableParallelization = true)]
public sealed partial class HostileRequestTests(HostileRequestSite site) : IClassFixture<HostileRequestSite>
{
    /// <summary>The payloads decoded: none may appear in any response as it was sent.</summary>
    private static readonly string[] Markup = ["<script>alert(1)</script>", "<svg onload=alert(1)>", "\"><svg", "<img src=x onerror=alert(1)>"];

    /// <summary>The rows of hostile-requests.tsv, which bench/hostile-requests.sh sends to the published app too.</summary>
    public static TheoryData<string, string, string, string?> Requests()
    {
        var rows = new TheoryData<string, string, string, string?>();
        var path = Path.Combine(TestPaths.RepositoryRoot, "tests", "KratomFacts.Web.Tests", "Http", "hostile-requests.tsv");
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var fields = line.Split('\t');
            rows.Add(fields[0], fields[1], fields[2], fields.Length > 3 && fields[3].Length > 0 ? fields[3] : null);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Hostile_request_gets_a_deliberate_answer_with_headers_and_nothing_reflected(string method, string target, string statuses, string? header)
    {
        using var client = site.CreateReader();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(Expand(target), UriKind.Relative));
        if (header is not null)
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            Assert.True(request.Headers.TryAddWithoutValidation(header[..colon], Expand(header[(colon + 1)..].Trim())));
        }

        // The wall clock only catches a hang; the process's CPU time bounds the work (this class runs alone).
        using var hang = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        hang.CancelAfter(TimeSpan.FromSeconds(30));
        var before = CpuTime.ProcessNow();
        using var response = await client.SendAsync(request, hang.Token);
        var body = await response.Content.ReadAsStringAsync(hang.Token);
        var spent = CpuTime.ProcessNow() - before;

        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(statuses.Split(' ').Contains(status), $"answered {status}, expected {statuses}");
        SecurityHeaderAssertions.HasSecurityHeaders(response);
        Assert.True(spent < TimeSpan.FromSeconds(1), $"took {spent} of CPU time");
        Assert.False(response.Headers.Contains("Set-Cookie"), "no request may set a cookie");
        Assert.False(response.Headers.Contains("X-Injected"), "no request may add a header");
        foreach (var payload in Markup)
        {
            Assert.DoesNotContain(payload, body, StringComparison.OrdinalIgnoreCase);
        }

        await AssertNoMarkupInjected(response.Content.Headers.ContentType, body);
    }

    /// <summary>JSON parses and carries no raw markup; HTML holds no inline script, no SVG, no event handler and no script URL.</summary>
    private static async Task AssertNoMarkupInjected(MediaTypeHeaderValue? contentType, string body)
    {
        var media = contentType?.MediaType ?? "";
        if (media.EndsWith("json", StringComparison.Ordinal))
        {
            using var json = JsonDocument.Parse(body);
            Assert.DoesNotContain("<", body, StringComparison.Ordinal);
        }
        else if (media == "text/html")
        {
            var page = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(body), TestContext.Current.CancellationToken);
            Assert.Empty(page.QuerySelectorAll("svg, img[onerror], iframe"));
            Assert.All(page.QuerySelectorAll("script:not([src])"), InertData);
            Assert.All(page.All, element => Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal)));
            Assert.All(page.QuerySelectorAll("[href], [src], [action]"), element => Assert.DoesNotContain(
                element.Attributes.Where(a => a.Name is "href" or "src" or "action"),
                a => a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)));
        }
    }

    /// <summary>The only inline script the site writes is scholarly metadata: JSON, with no markup in it.</summary>
    private static void InertData(IElement script)
    {
        Assert.Equal("application/ld+json", script.GetAttribute("type"));
        using var json = JsonDocument.Parse(script.TextContent);
        Assert.DoesNotContain("<", script.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Replaces each <c>{x*N}</c> with x repeated N times.</summary>
    private static string Expand(string text) =>
        Repetition().Replace(text, m => string.Concat(Enumerable.Repeat(m.Groups[1].Value, int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))));

    [GeneratedRegex(@"\{([^{}*]+)\*([0-9]+)\}")]
    private static partial Regex Repetition();
}

/// <summary>The fixture site, warmed up so no request pays for first-time compilation, with search limits no test meets.</summary>
public sealed class HostileRequestSite() : ContentSiteFactory(TestPaths.FixtureContent), IAsyncLifetime
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("RateLimits:Search:Burst", "10000"), new("RateLimits:Search:PerSecond", "1000")];

    public async ValueTask InitializeAsync()
    {
        using var client = CreateReader();
        foreach (var url in new[] { "/", "/articles/alpha-article", "/articles/alpha-article/history", "/search?q=kratom", "/api/search?q=kratom", "/api/suggest?q=kr", "/myths", "/myths?verdict=nope", "/alkaloids", "/alkaloids/compare?ids=x,y", "/nowhere", "/api/nowhere", "/opensearch.xml" })
        {
            await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        }
    }
}
