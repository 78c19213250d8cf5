using KratomFacts.Search.Evaluation;

namespace KratomFacts.Search.Tests;

/// <summary>The query set in query-set.tsv against the real content: readers' questions find their answer first.</summary>
public sealed class SearchQualityTests(RealContentIndex real, ITestOutputHelper output) : IClassFixture<RealContentIndex>
{
    private static readonly IReadOnlyList<JudgedQuery> Queries = QuerySet.Load(Path.Combine(AppContext.BaseDirectory, "query-set.tsv"));

    [Fact]
    public void Query_set_has_at_least_forty_questions() => Assert.True(Queries.Count >= 40, $"only {Queries.Count} queries");

    [Fact]
    public void Best_answer_is_first_for_nine_in_ten_questions_and_in_the_top_three_for_nearly_all()
    {
        var evaluation = QuerySet.Evaluate(real.Index, Queries);

        output.WriteLine($"queries: {Queries.Count}; success@1: {evaluation.SuccessAt1:P1}; success@3: {evaluation.SuccessAt3:P1}");
        foreach (var (query, top) in evaluation.Misses(1))
        {
            output.WriteLine($"not first: \"{query.Query}\" expected {string.Join(" or ", query.Expected)}; got {string.Join(", ", top)}");
        }

        Assert.True(evaluation.SuccessAt1 >= 0.9, $"success@1 {evaluation.SuccessAt1:P1} is below 90%");
        Assert.True(evaluation.SuccessAt3 >= 0.97, $"success@3 {evaluation.SuccessAt3:P1} is below 97%");
    }
}
