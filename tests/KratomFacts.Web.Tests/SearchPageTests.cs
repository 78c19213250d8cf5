using System.Net;
using System.Text.Json;
using KratomFacts.Web.Tests.Support;

namespace KratomFacts.Web.Tests;

/// <summary>The search page and API over the real content, as a reader and a client see them.</summary>
public sealed class SearchPageTests(RealContentFactory site) : IClassFixture<RealContentFactory>
{
    [Fact]
    public async Task Results_page_works_without_javascript_and_keeps_the_query_in_the_box()
    {
        var (response, page) = await site.GetPageAsync("/search?q=is+kratom+an+opioid");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("result", page.QuerySelector(".result-count")?.TextContent);
        var first = page.QuerySelector(".search-result h2 a");
        Assert.StartsWith("/articles/is-kratom-an-opioid", first?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".search-result .kind"));
        Assert.NotNull(page.QuerySelector(".search-result .snippet mark"));
        Assert.Equal("is kratom an opioid", page.QuerySelector("#page-search")?.GetAttribute("value"));
        Assert.Equal("is kratom an opioid", page.QuerySelector("#site-search")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Misspelt_query_offers_did_you_mean_link()
    {
        var (_, page) = await site.GetPageAsync("/search?q=kratom+withdrawl");

        var link = page.QuerySelector(".suggestion a");
        Assert.Equal("kratom withdrawal", link?.TextContent);
        Assert.Equal("/search?q=kratom%20withdrawal", link?.GetAttribute("href"));
    }

    [Fact]
    public async Task No_results_shows_a_helpful_empty_state()
    {
        var (response, page) = await site.GetPageAsync("/search?q=zzzzqqqq");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No results", page.QuerySelector(".result-count")?.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll("#popular ~ ul a"));
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/myths");
    }

    [Fact]
    public async Task Results_page_pages_through_results()
    {
        var (_, first) = await site.GetPageAsync("/search?q=kratom");
        var next = first.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
        Assert.Equal("/search?q=kratom&page=2", next);

        var (_, second) = await site.GetPageAsync(next!);
        Assert.Equal("11", second.QuerySelector("ol.search-results")?.GetAttribute("start"));
        Assert.NotNull(second.QuerySelector(".pager a[rel=prev]"));
    }

    [Theory]
    [InlineData("/search?q=kratom&page=0")]
    [InlineData("/search?q=kratom&page=9999")]
    [InlineData("/search?q=kratom&page=abc")]
    public async Task Out_of_range_page_is_a_clear_400(string url)
    {
        var (response, page) = await site.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(page.QuerySelector("[role=alert]"));
        Assert.NotNull(page.QuerySelector("#page-search"));
    }

    [Fact]
    public async Task Query_over_the_length_limit_is_a_clear_400_on_page_and_api()
    {
        var longQuery = new string('k', 501);
        var (pageResponse, _) = await site.GetPageAsync("/search?q=" + longQuery);
        using var client = site.CreateReader();
        var apiResponse = await client.GetAsync(new Uri("/api/search?q=" + longQuery, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, pageResponse.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, apiResponse.StatusCode);
        Assert.Equal("application/problem+json", apiResponse.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Api_search_answers_in_the_contract_shape()
    {
        using var client = site.CreateReader();
        var json = await client.GetStringAsync(new Uri("/api/search?q=is+kratom+an+opioid&limit=3", UriKind.Relative), TestContext.Current.CancellationToken);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;

        Assert.Equal("is kratom an opioid", root.GetProperty("query").GetString());
        Assert.True(root.GetProperty("total").GetInt32() >= 3);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("suggestion").ValueKind);
        var results = root.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(3, results.Count);
        foreach (var result in results)
        {
            Assert.False(string.IsNullOrEmpty(result.GetProperty("title").GetString()));
            Assert.StartsWith("/", result.GetProperty("url").GetString(), StringComparison.Ordinal);
            Assert.Matches("^(article|myth|alkaloid|reference)$", result.GetProperty("kind").GetString());
            Assert.True(result.TryGetProperty("section", out _));
            Assert.True(result.TryGetProperty("snippet", out _));
            Assert.True(result.GetProperty("score").GetDouble() > 0);
        }
    }

    [Theory]
    [InlineData("/api/search?q=kratom&limit=0")]
    [InlineData("/api/search?q=kratom&limit=51")]
    [InlineData("/api/search?q=kratom&limit=ten")]
    [InlineData("/api/search?q=kratom&page=0")]
    public async Task Api_rejects_out_of_range_parameters_with_problem_json(string url)
    {
        using var client = site.CreateReader();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Api_suggest_returns_a_json_array_of_completions()
    {
        using var client = site.CreateReader();
        var json = await client.GetStringAsync(new Uri("/api/suggest?q=withd", UriKind.Relative), TestContext.Current.CancellationToken);
        var completions = JsonSerializer.Deserialize<string[]>(json)!;

        Assert.Contains("Kratom withdrawal: symptoms, timeline and treatment", completions);
        Assert.InRange(completions.Length, 1, 8);
    }

    [Fact]
    public async Task Every_page_links_the_opensearch_description_and_it_names_the_search_url()
    {
        var (_, page) = await site.GetPageAsync("/articles");
        using var client = site.CreateReader();
        var xml = await client.GetStringAsync(new Uri("/opensearch.xml", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("/opensearch.xml", page.QuerySelector("link[rel=search]")?.GetAttribute("href"));
        var description = System.Xml.Linq.XDocument.Parse(xml);
        Assert.Contains(description.Descendants(), e => e.Name.LocalName == "Url" && (string?)e.Attribute("template") == "http://localhost/search?q={searchTerms}");
    }
}
