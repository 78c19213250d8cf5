namespace KratomFacts.Search.Evaluation;

/// <summary>A realistic question and the pages that answer it best.</summary>
public sealed record JudgedQuery(string Query, IReadOnlyList<string> Expected)
{
    /// <summary>A result answers when its URL is an expected one, or a section of an expected page.</summary>
    public bool IsAnsweredBy(string url) =>
        Expected.Any(e => url == e || !e.Contains('#', StringComparison.Ordinal) && url.StartsWith(e + "#", StringComparison.Ordinal));
}

/// <summary>The outcome of running a query set: success at 1 and at 3, and what each query returned.</summary>
public sealed record Evaluation(IReadOnlyList<(JudgedQuery Query, IReadOnlyList<string> Top)> Runs)
{
    public double SuccessAt1 => Rate(1);

    public double SuccessAt3 => Rate(3);

    public IEnumerable<(JudgedQuery Query, IReadOnlyList<string> Top)> Misses(int k) =>
        Runs.Where(r => !r.Top.Take(k).Any(r.Query.IsAnsweredBy));

    private double Rate(int k) => Runs.Count == 0 ? 0 : (double)(Runs.Count - Misses(k).Count()) / Runs.Count;
}

/// <summary>
/// A tab-separated file of questions and expected answers (lines starting with '#' are comments), used by
/// the quality tests and the search benchmark alike.
/// </summary>
public static class QuerySet
{
    public static IReadOnlyList<JudgedQuery> Load(string path) =>
        [.. File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 2)
            .Select(parts => new JudgedQuery(parts[0], parts[1].Split('|')))];

    public static Evaluation Evaluate(ISearchIndex index, IEnumerable<JudgedQuery> queries) =>
        new([.. queries.Select(q => (q, (IReadOnlyList<string>)[.. index.Search(new SearchRequest(q.Query, 0, 3)).Results.Select(r => r.Url)]))]);
}
