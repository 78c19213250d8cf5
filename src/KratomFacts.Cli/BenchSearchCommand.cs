using System.Diagnostics;
using System.Globalization;
using KratomFacts.Cli.Benchmarks;
using KratomFacts.Content;
using KratomFacts.Search.Evaluation;
using KratomFacts.Search.Indexing;

namespace KratomFacts.Cli;

/// <summary>
/// <c>bench-search</c>: loads the content, builds the index in memory, and times every query of the query set
/// after a warm-up, on one thread and on two. Prints a table that scripts can read (one row per thread count).
/// </summary>
public sealed class BenchSearchCommand(TextWriter output, TextWriter error)
{
    private const int WarmUpRounds = 20;

    public int Run(string contentDir, string queriesPath, int iterations)
    {
        if (!File.Exists(queriesPath))
        {
            error.WriteLine($"bench-search: query set not found: {queriesPath}");
            return 1;
        }

        var queries = QuerySet.Load(queriesPath);
        var watch = Stopwatch.StartNew();
        var result = ContentLoader.CreateDefault().Load(contentDir);
        var loaded = watch.Elapsed;
        if (result.Catalog is not { } catalog)
        {
            result.Diagnostics.ToList().ForEach(error.WriteLine);
            error.WriteLine("bench-search: the content has errors; nothing measured");
            return 1;
        }

        watch.Restart();
        using var index = new SearchIndexLoader().Load(catalog, null).Index;
        var built = watch.Elapsed;

        var timer = new QueryTimer(index, queries);
        timer.WarmUp(WarmUpRounds);
        var runs = new[] { timer.Run(1, iterations), timer.Run(2, iterations) };
        var quality = QuerySet.Evaluate(index, queries);

        output.WriteLine($"bench-search: {catalog.Articles.Count} articles ({catalog.Articles.Sum(a => a.Versions.Count)} versions), {catalog.Myths.Count} myths; {index.DocumentCount} search documents");
        output.WriteLine(Invariant($"content load: {loaded.TotalMilliseconds:F0} ms"));
        output.WriteLine(Invariant($"index build: {built.TotalMilliseconds:F0} ms (in memory, current versions)"));
        output.WriteLine($"queries: {queries.Count}, each run {iterations} times per thread after {WarmUpRounds} warm-up rounds");
        output.WriteLine("threads  searches  p50_ms  p90_ms  p99_ms  max_ms  searches_per_s  cpu_ms_per_search");
        foreach (var run in runs)
        {
            var l = run.Latency;
            output.WriteLine(Invariant($"{run.Threads,-8} {l.Count,-9} {l.P50,-7:F3} {l.P90,-7:F3} {l.P99,-7:F3} {l.Max,-7:F3} {run.QueriesPerSecond,-15:F0} {run.CpuMillisecondsPerSearch:F3}"));
        }

        output.WriteLine(Invariant($"success@1: {quality.SuccessAt1:F3}  success@3: {quality.SuccessAt3:F3}"));
        output.WriteLine("slowest queries, 1 thread (p50_ms p99_ms query):");
        foreach (var (query, latency) in runs[0].Slowest(5))
        {
            output.WriteLine(Invariant($"  {latency.P50:F3} {latency.P99:F3} {query}"));
        }

        return 0;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
