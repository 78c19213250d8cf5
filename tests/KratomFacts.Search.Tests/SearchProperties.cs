using FsCheck;
using FsCheck.Fluent;
using KratomFacts.Search.Querying;
using KratomFacts.TestSupport;

namespace KratomFacts.Search.Tests;

/// <summary>
/// Random text into the query handling over the real content: whatever a reader or a script types, search answers
/// without an exception and with bounded work, and its snippets' only markup is &lt;mark&gt;.
/// </summary>
public sealed class SearchProperties(RealContentIndex real) : IClassFixture<RealContentIndex>
{
    private static readonly string[] Pieces =
    [
        "AND", "OR", "NOT", "&&", "||", "!", "+", "-", "(", ")", "\"", "*", "?", "~", "~2", "^", "^100", "[", "]", "{", "}",
        " TO ", ":", "title:", "body:", "/", "/.*a.{0,20}/", "\\", " ", "kratom", "opioid", "mitragynine", "withdrawal", "7-OH",
        "is", "the", "é", "克拉托姆", "😀", "\u0000", "\u001b", "\ud800", "<script>", "&lt;", "%00",
    ];

    /// <summary>300 cases a property: enough to meet each piece in many orders, few enough to keep the suite quick.</summary>
    private static readonly Config Cases = Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true);

    /// <summary>Strings made of query syntax and real words in any order.</summary>
    private static Arbitrary<string> QueryLike =>
        Gen.Elements(Pieces).ListOf().Select(string.Concat).ToArbitrary();

    [Fact]
    public void Any_string_is_searched_without_error() =>
        Check.One(Cases, Prop.ForAll(ArbMap.Default.ArbFor<string>(), Answers));

    [Fact]
    public void Query_syntax_in_any_combination_is_searched_as_words() =>
        Check.One(Cases, Prop.ForAll(QueryLike, Answers));

    [Fact]
    public void Parsed_query_text_is_bounded_and_free_of_control_characters() => Check.One(Cases, Prop.ForAll(QueryLike, text =>
    {
        var parsed = QueryText.Parse(text);

        Assert.True(parsed.Words.Length <= QueryText.MaxAnalyzedLength);
        Assert.DoesNotContain(parsed.Words.EnumerateRunes(), System.Text.Rune.IsControl);
        Assert.All(parsed.Phrases, p => Assert.Equal(p.Trim(), p));
    }));

    /// <summary>The search answers without an exception, within bounded work, with snippets whose only markup is &lt;mark&gt;.</summary>
    private void Answers(string? text)
    {
        SearchResponse? response = null;
        var spent = CpuTime.OfThread(() => response = real.Index.Search(new SearchRequest(text!, 0, 10)));

        // A hang guard, not a speed target: the benchmark measures speed.
        Assert.True(spent < TimeSpan.FromSeconds(1), $"took {spent} of CPU time");
        Assert.NotNull(response);
        Assert.True(response.Total >= response.Results.Count);
        Assert.All(response.Results, hit =>
        {
            var unmarked = hit.Snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
            Assert.DoesNotContain('<', unmarked);
            Assert.DoesNotContain('>', unmarked);
        });
    }
}
