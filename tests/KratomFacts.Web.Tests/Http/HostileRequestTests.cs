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
/// <c>{x*N}</c> in a target or header stands for x repeated N times, so a 100,000-character request keeps a short
/// name. Run alone (not beside other test classes) so the process's CPU time measures each request's work.
/// </remarks>
[Collection(nameof(HostileRequestTests))]
[CollectionDefinition(nameof(HostileRequestTests), DisableParallelization = true)]
public sealed partial class HostileRequestTests(HostileRequestSite site) : IClassFixture<HostileRequestSite>
{
    private const string Script = "%3Cscript%3Ealert(1)%3C%2Fscript%3E";
    private const string Breakout = "%22%3E%3Csvg%20onload%3Dalert(1)%3E";

    /// <summary>The payloads decoded: none may appear in any response as it was sent.</summary>
    private static readonly string[] Markup = ["<script>alert(1)</script>", "<svg onload=alert(1)>", "\"><svg", "<img src=x onerror=alert(1)>"];

    [Theory]
    // Traversal, in every encoding: never a file, only the 404 page (or 400 for what cannot be a path).
    [InlineData("GET", "/../../../../etc/passwd", "404")]
    [InlineData("GET", "/articles/..%2f..%2f..%2fetc%2fpasswd", "404")]
    [InlineData("GET", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "404")]
    [InlineData("GET", "/articles/%2e%2e%2f%2e%2e%2fappsettings.json", "404")]
    [InlineData("GET", "/%252e%252e%252f%252e%252e%252fetc%252fpasswd", "404")]
    [InlineData("GET", "/articles/..%5c..%5cappsettings.json", "404")]
    [InlineData("GET", "/..%5c..%5c..%5cwindows%5cwin.ini", "404")]
    [InlineData("GET", "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "400 404")]
    [InlineData("GET", "/articles/%c0%af%c0%afetc%c0%afpasswd", "400 404")]
    [InlineData("GET", "/alkaloids/compare?ids=mitragynine%00.json", "400")]
    [InlineData("GET", "/myths?tag=%00", "200")]
    [InlineData("GET", "/%u002e%u002e/%u002e%u002e/etc/passwd", "400 404")]
    [InlineData("GET", "/articles/%e2%80%a4%e2%80%a4/%e2%80%a4%e2%80%a4/etc/passwd", "404")]
    [InlineData("GET", "/articles/%ef%bc%8e%ef%bc%8e/appsettings.json", "404")]
    [InlineData("GET", "/appsettings.json", "404")]
    [InlineData("GET", "/KratomFacts.Web.dll", "404")]
    [InlineData("GET", "/.git/config", "404")]
    [InlineData("GET", "/content/articles/what-is-kratom/v1.md", "404")]
    [InlineData("GET", "/css/..%2f..%2fappsettings.json", "404")]
    // Script in every parameter and route value.
    [InlineData("GET", "/search?q=" + Script, "200")]
    [InlineData("GET", "/search?q=" + Breakout, "200")]
    [InlineData("GET", "/search?q=kratom&page=" + Script, "400")]
    [InlineData("GET", "/api/search?q=" + Script, "200")]
    [InlineData("GET", "/api/search?q=" + Breakout, "200")]
    [InlineData("GET", "/api/search?q=kratom&limit=" + Breakout, "400")]
    [InlineData("GET", "/api/search?q=kratom&page=" + Script, "400")]
    [InlineData("GET", "/api/suggest?q=" + Script, "200")]
    [InlineData("GET", "/api/suggest?format=opensearch&q=" + Breakout, "200")]
    [InlineData("GET", "/alkaloids/compare?ids=" + Script, "400")]
    [InlineData("GET", "/alkaloids/compare?ids=mitragynine," + Breakout, "400")]
    [InlineData("GET", "/alkaloids/compare?ids=mitragynine&ids=" + Script, "400")]
    [InlineData("GET", "/myths?verdict=" + Script, "400")]
    [InlineData("GET", "/myths?tag=" + Breakout, "200")] // no myth has that tag, and the page says so
    [InlineData("GET", "/myths?verdict=false&tag=" + Script, "200")]
    [InlineData("GET", "/alkaloids?sort=" + Script, "400")]
    [InlineData("GET", "/alkaloids?sort=name&dir=" + Breakout, "400")]
    [InlineData("GET", "/references?evidence=" + Script, "200 400 404")]
    [InlineData("GET", "/articles/" + Script, "404")]
    [InlineData("GET", "/myths/" + Breakout, "404")]
    [InlineData("GET", "/alkaloids/" + Script, "404")]
    [InlineData("GET", "/articles/alpha-article/v" + Script, "404")]
    [InlineData("GET", "/articles/alpha-article/v99999999999999999999", "404")]
    [InlineData("GET", "/articles/alpha-article/v0", "404")]
    [InlineData("GET", "/articles/alpha-article/v-1", "404")]
    [InlineData("GET", "/articles/alpha-article/history?from=" + Script, "200")]
    [InlineData("GET", "/articles/alpha-article/diff/1/" + Breakout, "404")]
    [InlineData("GET", "/articles/alpha-article/diff/2/1", "200")]
    [InlineData("GET", "/articles/alpha-article/v1/cite." + Script, "404")]
    [InlineData("GET", "/error/" + Script, "404")]
    [InlineData("GET", "/?q=" + Script + "&utm_source=" + Breakout, "200")]
    // Query syntax of every kind is words, never a query language.
    [InlineData("GET", "/search?q=%2F.*a.%7B0%2C20%7D%2F", "200")]
    [InlineData("GET", "/api/search?q=%2F.*a.%7B0%2C20%7D%2F", "200")]
    [InlineData("GET", "/api/search?q=title%3Akratom+body%3A", "200")]
    [InlineData("GET", "/api/search?q=*term+kratom*+%3F", "200")]
    [InlineData("GET", "/search?q=%22unclosed+phrase", "200")]
    [InlineData("GET", "/api/search?q=kratom+AND+NOT+opioid+OR", "200")]
    [InlineData("GET", "/api/search?q=kratom~2+opioid%5E100", "200")]
    [InlineData("GET", "/api/search?q=%5B1+TO+5%5D+%7Ba+TO+b%7D", "200")]
    [InlineData("GET", "/api/search?q=((((((((kratom", "200")]
    [InlineData("GET", "/search?q=%2B-!%26%26%7C%7C%5E%5C%5C", "200")]
    [InlineData("GET", "/api/suggest?q=*", "200")]
    // Huge input.
    [InlineData("GET", "/search?q={a*5000}", "400 414")]
    [InlineData("GET", "/api/search?q={a*5000}", "400 414")]
    [InlineData("GET", "/api/suggest?q={a*5000}", "400 414")]
    [InlineData("GET", "/search?q={a*100000}", "414")]
    [InlineData("GET", "/api/search?q={%3Cscript%3E*20000}", "414")]
    [InlineData("GET", "/articles/{a*5000}", "404 414")]
    [InlineData("GET", "/{a*100000}", "414")]
    [InlineData("GET", "/articles/alpha-article", "431", "X-Padding: {a*20000}")]
    [InlineData("GET", "/search?q=kratom", "431", "Cookie: session={a*20000}")]
    [InlineData("GET", "/", "200", "User-Agent: {a*8000}")]
    // Control characters and broken encodings.
    [InlineData("GET", "/search?q=%00%01%07%1b%5B31m+kratom", "200")]
    [InlineData("GET", "/search?q=%ff%fe%fd", "200")]
    [InlineData("GET", "/api/search?q=%c0%ae%c0%ae", "200")]
    [InlineData("GET", "/api/search?q=%ed%a0%80", "200")]
    [InlineData("GET", "/search?q=%zz%4", "200")]
    [InlineData("GET", "/search?q=%E2%80%AEkratom", "200")]
    [InlineData("GET", "/articles/%ff%fe", "400 404")]
    [InlineData("GET", "/search?q=kratom%0d%0aSet-Cookie:%20injected=1", "200")]
    [InlineData("GET", "/articles/alpha-article%0d%0aX-Injected:%20yes", "400 404")]
    // Methods the site does not use.
    [InlineData("POST", "/search?q=kratom", "405")]
    [InlineData("PUT", "/articles/alpha-article", "405")]
    [InlineData("DELETE", "/api/search?q=kratom", "405")]
    [InlineData("PATCH", "/", "405")]
    [InlineData("OPTIONS", "/api/search", "405")]
    [InlineData("TRACE", "/", "405")]
    [InlineData("PROPFIND", "/", "405")]
    [InlineData("get", "/", "200 405")] // methods are case-sensitive, but ASP.NET reads this one as GET
    [InlineData("HEAD", "/search?q=" + Script, "200")]
    // Hosts (any host is allowed by default; AllowedHostsTests configures a list) and odd headers.
    [InlineData("GET", "/opensearch.xml", "200", "Host: evil.example")]
    [InlineData("GET", "/", "200", "Accept: application/json")]
    [InlineData("GET", "/api/search?q=kratom", "200", "Accept: text/html")]
    [InlineData("GET", "/nowhere", "404", "Accept: application/xml")]
    [InlineData("GET", "/api/nowhere", "404", "Accept: text/html")]
    [InlineData("GET", "/", "200", "Accept: */*;q=abc;;;,,,text/html;q=-1")]
    [InlineData("GET", "/articles", "200", "Accept: text/event-stream")]
    [InlineData("GET", "/articles", "200", "Accept-Encoding: gzip;q=abc, br;q=-1, identity;q=0")]
    [InlineData("GET", "/search?q=kratom", "200", "Accept-Language: %3Cscript%3Ealert(1)%3C/script%3E")]
    [InlineData("GET", "/articles/alpha-article", "200", "If-None-Match: \"<script>alert(1)</script>\"")]
    [InlineData("GET", "/articles/alpha-article", "200", "If-Modified-Since: <script>alert(1)</script>")]
    [InlineData("GET", "/articles/alpha-article", "200", "Range: bytes=0-0,1-1,2-2,3-3,4-4,5-5,6-6")]
    [InlineData("GET", "/search?q=kratom", "200", "X-Forwarded-For: <script>alert(1)</script>")]
    [InlineData("GET", "/search?q=kratom", "200", "X-Forwarded-Host: evil.example")]
    [InlineData("GET", "/articles/alpha-article", "200", "X-HTTP-Method-Override: DELETE")]
    public async Task Hostile_request_gets_a_deliberate_answer_with_headers_and_nothing_reflected(string method, string target, string statuses, string? header = null)
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
