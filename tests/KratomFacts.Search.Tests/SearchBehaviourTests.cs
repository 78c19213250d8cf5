using System.Text.RegularExpressions;
using KratomFacts.TestSupport;

namespace KratomFacts.Search.Tests;

/// <summary>How search treats what readers actually type, over the real content.</summary>
public sealed partial class SearchBehaviourTests(RealContentIndex real) : IClassFixture<RealContentIndex>
{
    public static TheoryData<string> HostileQueries =>
    [
        "\"", "\"unclosed phrase", "AND", "NOT", "foo OR", "OR", "(", ")", "((kratom", "*", "*term", "kratom*", "~", "kratom~2",
        "\\", "\\\\\\", "body:", "title:kratom", "/.*a.{0,20}/", "[1 TO 5]", "{a TO b}", "+-!&&||^", "kratom^100",
        "<script>alert(1)</script>", "&lt;b&gt;", "\u0000\u0001\u0007 kratom \u001b[31m", "\ud800", "克拉托姆是什么", "كراتوم", "кратом",
        "🌿🌿🌿", "' OR 1=1 --", "%00%2e%2e%2f", new string('a', 5000), string.Join(' ', Enumerable.Repeat("kratom opioid", 2500)),
        new string('"', 999), "   ", "",
    ];

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public void Any_input_gets_an_answer_not_an_error_or_a_hang(string query)
    {
        SearchResponse? response = null;

        var spent = CpuTime.OfThread(() => response = real.Index.Search(new SearchRequest(query, 0, 10)));

        // A hang guard, not a speed target: the benchmark in docs/benchmarks.md measures speed.
        Assert.True(spent < TimeSpan.FromSeconds(2), $"took {spent} of CPU time");
        Assert.NotNull(response);
        Assert.True(response.Total >= response.Results.Count);
        Assert.All(response.Results, hit => Assert.Matches(OnlyMarkTags(), hit.Snippet));
    }

    [Theory]
    [InlineData("is kratom an opioid", "/articles/is-kratom-an-opioid")]
    [InlineData("how long does withdrawal last", "/articles/kratom-withdrawal")]
    [InlineData("what is it", null)]
    public void Stop_words_are_kept_and_never_empty_a_query(string query, string? expectedFirst)
    {
        var response = real.Index.Search(new SearchRequest(query));

        Assert.NotEmpty(response.Results);
        if (expectedFirst is not null)
        {
            Assert.StartsWith(expectedFirst, response.Results[0].Url, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("withdr")]
    [InlineData("withdraw")]
    [InlineData("withdrawal")]
    [InlineData("withdrawals")]
    public void Results_do_not_vanish_while_a_word_is_typed(string typed)
    {
        var top = real.Index.Search(new SearchRequest(typed, 0, 3)).Results;

        Assert.Contains(top, hit => hit.Url.StartsWith("/articles/kratom-withdrawal", StringComparison.Ordinal) || hit.Url.StartsWith("/myths/kratom-withdrawal", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("7-OH", "7-hydroxymitragynine")]
    [InlineData("7OH", "7-hydroxymitragynine")]
    [InlineData("MG", "mitragynine")]
    [InlineData("opiate", "opioid")]
    [InlineData("ketum", "kratom")]
    public void Synonyms_find_pages_that_use_the_other_name(string typed, string otherName)
    {
        var hits = real.Index.Search(new SearchRequest(typed, 0, 10)).Results;

        Assert.NotEmpty(hits);
        Assert.Contains(hits, hit => hit.Snippet.Contains(otherName, StringComparison.OrdinalIgnoreCase) || hit.Title.Contains(otherName, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("withdrawl", "withdrawal")]
    [InlineData("kratom withdrawl symptons", "kratom withdrawal symptoms")]
    [InlineData("mitraginine", "mitragynine")]
    [InlineData("pregnacy", "pregnancy")]
    public void Misspelt_queries_get_results_and_a_did_you_mean(string typed, string corrected)
    {
        var response = real.Index.Search(new SearchRequest(typed));

        Assert.Equal(corrected, response.Suggestion);
        Assert.NotEmpty(response.Results);
    }

    [Fact]
    public void Correctly_spelt_queries_get_no_suggestion() =>
        Assert.Null(real.Index.Search(new SearchRequest("kratom withdrawal symptoms")).Suggestion);

    [Fact]
    public void Section_results_link_to_their_heading_and_title_matches_to_the_top_of_the_page()
    {
        var sectionHit = real.Index.Search(new SearchRequest("naloxone precipitated withdrawal in mice")).Results[0];
        var titleHit = real.Index.Search(new SearchRequest("Kratom in pregnancy and newborns")).Results[0];

        Assert.Matches("^/articles/[a-z0-9-]+#[a-z0-9-]+$", sectionHit.Url);
        Assert.NotNull(sectionHit.Section);
        Assert.Equal("/articles/kratom-pregnancy-and-newborns", titleHit.Url);
        Assert.Null(titleHit.Section);
    }

    [Theory]
    [InlineData("kratom")]
    [InlineData("withdrawal")]
    [InlineData("7-OH")]
    public void No_page_floods_the_results(string query)
    {
        var hits = real.Index.Search(new SearchRequest(query, 0, 50)).Results;

        Assert.All(hits.GroupBy(h => h.Url.Split('#')[0]), page => Assert.True(page.Count() <= 2, $"{page.Key} appears {page.Count()} times"));
    }

    [Fact]
    public void Snippets_mark_the_words_as_written_not_their_stems()
    {
        var hit = real.Index.Search(new SearchRequest("withdrawals")).Results.First(h => h.Snippet.Contains("<mark>", StringComparison.Ordinal));

        var marked = MarkedWords().Matches(hit.Snippet).Select(m => m.Groups[1].Value.ToLowerInvariant()).ToList();
        Assert.NotEmpty(marked);
        Assert.All(marked, word => Assert.StartsWith("withdraw", word, StringComparison.Ordinal));
        Assert.DoesNotContain("withdraw", marked); // the stem itself never shows unless the text has it
    }

    [Theory]
    [InlineData("is kratom an opioid", "opioid")]
    [InlineData("how long does withdrawal last", "withdrawal")]
    public void Snippets_mark_the_question_s_words_not_its_little_words(string query, string marks)
    {
        var snippets = real.Index.Search(new SearchRequest(query)).Results.Select(h => h.Snippet).ToList();

        var marked = snippets.SelectMany(s => MarkedWords().Matches(s)).Select(m => m.Groups[1].Value.ToLowerInvariant()).ToList();
        Assert.Contains(marks, marked);
        Assert.DoesNotContain(marked, word => word is "is" or "an" or "how" or "does");
    }

    [Fact]
    public void A_question_of_little_words_alone_still_marks_them()
    {
        var snippets = real.Index.Search(new SearchRequest("how does it")).Results.Select(h => h.Snippet);

        Assert.Contains(snippets, s => MarkedWords().IsMatch(s));
    }

    [Fact]
    public void Paging_returns_the_next_results_without_repeating()
    {
        var first = real.Index.Search(new SearchRequest("kratom", 0, 5));
        var second = real.Index.Search(new SearchRequest("kratom", 5, 5));

        Assert.Equal(first.Total, second.Total);
        Assert.Empty(first.Results.Select(r => r.Url).Intersect(second.Results.Select(r => r.Url)));
    }

    [Theory]
    [InlineData("withd", "Kratom withdrawal: symptoms, timeline and treatment")]
    [InlineData("7-o", "7-OH and concentrated kratom extracts")]
    [InlineData("mitrag", "Mitragynine")]
    public void Suggest_completes_titles_aliases_and_names(string typed, string expected)
    {
        var completions = real.Index.Suggest(typed, 8);

        Assert.Contains(expected, completions);
        Assert.True(completions.Count <= 8);
    }

    [GeneratedRegex(@"^(?:[^<>]|<mark>|</mark>)*$")]
    private static partial Regex OnlyMarkTags();

    [GeneratedRegex("<mark>([^<]*)</mark>")]
    private static partial Regex MarkedWords();
}
