using System.Net;
using KratomFacts.Web.Tests.Support;

namespace KratomFacts.Web.Tests;

public sealed class MythPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly string[] VerdictWords = ["False", "Misleading", "Unproven", "True"];

    [Fact]
    public async Task Index_lists_every_entry_with_claim_badge_and_answer_grouped_by_topic()
    {
        var (response, page) = await site.GetPageAsync("/myths");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Law", "Pharmacology", "Safety"], page.QuerySelectorAll("section.topic > h2").Select(h => h.TextContent));
        var safety = page.QuerySelectorAll("section.topic").Single(s => s.QuerySelector("h2")!.TextContent == "Safety");
        Assert.Equal(["/myths/kratom-cures-every-pain", "/myths/regular-use-can-cause-dependence"],
            safety.QuerySelectorAll(".myth-claim").Select(a => a.GetAttribute("href")));
        var entry = page.QuerySelectorAll(".myth-entry").Single(e => e.QuerySelector(".myth-claim")?.GetAttribute("href") == "/myths/sample-myth");
        Assert.Equal("Kratom is not an opioid at all.", entry.QuerySelector(".myth-claim")?.TextContent);
        Assert.Equal("Misleading", entry.QuerySelector(".verdict")?.TextContent.Trim().TrimStart('!').Trim());
        Assert.Contains("its main alkaloids act on opioid receptors", entry.QuerySelector(".myth-answer")?.TextContent);
    }

    [Theory]
    [InlineData("/myths")]
    [InlineData("/myths/sample-myth")]
    [InlineData("/articles/alpha-article")]
    public async Task Every_verdict_badge_names_the_verdict_in_words(string url)
    {
        var (_, page) = await site.GetPageAsync(url);

        var badges = page.QuerySelectorAll(".verdict");
        Assert.NotEmpty(badges);
        Assert.All(badges, badge =>
        {
            var symbol = badge.QuerySelector(".verdict-symbol");
            Assert.Equal("true", symbol?.GetAttribute("aria-hidden"));
            var words = badge.TextContent.Replace(symbol!.TextContent, "", StringComparison.Ordinal).Trim();
            Assert.Contains(words, VerdictWords);
        });
    }

    [Theory]
    [InlineData("/myths?verdict=false", new[] { "kratom-is-always-legal" })]
    [InlineData("/myths?verdict=true", new[] { "regular-use-can-cause-dependence" })]
    [InlineData("/myths?tag=safety", new[] { "kratom-cures-every-pain", "regular-use-can-cause-dependence" })]
    [InlineData("/myths?tag=products", new[] { "kratom-is-always-legal", "kratom-cures-every-pain" })]
    [InlineData("/myths?tag=products&verdict=unproven", new[] { "kratom-cures-every-pain" })]
    [InlineData("/myths?tag=Safety", new[] { "kratom-cures-every-pain", "regular-use-can-cause-dependence" })]
    public async Task Filters_show_only_matching_entries_and_say_what_is_shown(string url, string[] expected)
    {
        var (response, page) = await site.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected.Select(s => "/myths/" + s).Order(), page.QuerySelectorAll(".myth-claim").Select(a => a.GetAttribute("href")).Order());
        Assert.Contains($"Showing {expected.Length} of 4", page.QuerySelector(".filter-current")?.TextContent);
        Assert.Equal("/myths", page.QuerySelector(".filter-current a")?.GetAttribute("href"));
        Assert.NotEmpty(page.QuerySelectorAll(".filters a[aria-current=true]"));
    }

    [Fact]
    public async Task Filter_links_keep_the_other_filter()
    {
        var (_, page) = await site.GetPageAsync("/myths?tag=products");

        var links = page.QuerySelectorAll(".filters a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/myths?verdict=false&tag=products", links);
        Assert.Contains("/myths?tag=safety", links);
    }

    [Fact]
    public async Task Unknown_tag_shows_no_entries_and_says_so()
    {
        var (response, page) = await site.GetPageAsync("/myths?tag=astrology");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll(".myth-entry"));
        Assert.Contains("No entry has the tag “astrology”", page.QuerySelector(".empty-result")?.TextContent);
        Assert.NotNull(page.QuerySelector(".filters a[href='/myths?tag=safety']"));
    }

    [Theory]
    [InlineData("/myths?verdict=mostly-false", "There is no verdict")]
    [InlineData("/myths?verdict=false&verdict=true", "one verdict")]
    public async Task Unknown_verdict_answers_400_with_a_page_that_lists_the_verdicts(string url, string explanation)
    {
        var (response, page) = await site.GetPageAsync(url);

        PageAssertions.IsExplainedBadRequest(response, page, explanation, "/myths");
    }

    [Fact]
    public async Task Myth_page_shows_claim_verdict_answer_explanation_references_and_related_articles()
    {
        var (response, page) = await site.GetPageAsync("/myths/sample-myth");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Kratom is not an opioid at all.", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("Misleading", page.QuerySelector(".verdict-line .verdict")?.TextContent);
        Assert.Equal("Partly true, but leaves out something important.", page.QuerySelector(".verdict-explanation")?.TextContent);
        Assert.Contains("Kratom is not an opiate", page.QuerySelector(".myth-answer")?.TextContent);
        Assert.Contains("April 1, 2026", page.QuerySelector(".myth-header .meta")?.TextContent);
        Assert.Contains("partial agonist", page.QuerySelector(".myth-body")?.TextContent);
        PageAssertions.CitationLinksResolve(page);
        Assert.Single(page.QuerySelectorAll(".reference-list > li"));
        var related = page.QuerySelector(".related-articles a[href='/articles/alpha-article']");
        Assert.Equal("Alpha article", related?.TextContent);
    }

    [Fact]
    public async Task Article_links_back_to_the_myths_that_concern_it()
    {
        var (_, page) = await site.GetPageAsync("/articles/alpha-article");

        var links = page.QuerySelectorAll(".related-myths a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/myths/regular-use-can-cause-dependence", "/myths/sample-myth"], links.Order());
    }

    [Theory]
    [InlineData("/myths/no-such-myth")]
    [InlineData("/myths/Sample_Myth")]
    public async Task Unknown_myth_is_a_helpful_404(string url)
    {
        var (response, page) = await site.GetPageAsync(url);

        PageAssertions.IsHelpfulNotFound(response, page);
    }
}
