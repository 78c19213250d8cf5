using System.Diagnostics;
using KratomFacts.Search;
using KratomFacts.Search.Evaluation;

namespace KratomFacts.Cli.Benchmarks;

/// <summary>
/// The latencies of a run of the query set on some threads at once, the rate they sustained, and the processor
/// time each search cost (which, unlike latency, other work on a busy machine hardly changes).
/// </summary>
public sealed record TimedRun(int Threads, LatencySummary Latency, double QueriesPerSecond, double CpuMillisecondsPerSearch, IReadOnlyList<(string Query, LatencySummary Latency)> PerQuery)
{
    /// <summary>The queries with the highest median latency: where to look first when the tail is long.</summary>
    public IEnumerable<(string Query, LatencySummary Latency)> Slowest(int count) => PerQuery.OrderByDescending(q => q.Latency.P50).Take(count);
}

/// <summary>
/// Times each search of a query set, in process: every thread runs every query <c>iterations</c> times, each
/// thread starting at a different query so they do not ask the same thing in step.
/// </summary>
public sealed class QueryTimer(ISearchIndex index, IReadOnlyList<JudgedQuery> queries)
{
    public void WarmUp(int rounds)
    {
        for (var round = 0; round < rounds; round++)
        {
            foreach (var query in queries)
            {
                index.Search(new SearchRequest(query.Query));
            }
        }
    }

    public TimedRun Run(int threads, int iterations)
    {
        var timings = new long[threads][];
        using var start = new Barrier(threads + 1);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            var mine = new long[iterations * queries.Count];
            start.SignalAndWait();
            for (var i = 0; i < mine.Length; i++)
            {
                var query = queries[QueryAt(i, t, threads)];
                var began = Stopwatch.GetTimestamp();
                index.Search(new SearchRequest(query.Query));
                mine[i] = Stopwatch.GetTimestamp() - began;
            }

            timings[t] = mine;
        })).ToList();
        workers.ForEach(w => w.Start());
        using var process = Process.GetCurrentProcess();
        start.SignalAndWait();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        workers.ForEach(w => w.Join());
        wall.Stop();
        process.Refresh();
        cpu = process.TotalProcessorTime - cpu;

        var all = timings.SelectMany(t => t).ToList();
        var perQuery = queries.Select((q, n) => (q.Query, LatencySummary.FromTimestamps(
            timings.SelectMany((mine, t) => mine.Where((_, i) => QueryAt(i, t, threads) == n))))).ToList();
        return new TimedRun(threads, LatencySummary.FromTimestamps(all), all.Count / wall.Elapsed.TotalSeconds, cpu.TotalMilliseconds / all.Count, perQuery);
    }

    private int QueryAt(int i, int thread, int threads) => (i + thread * queries.Count / threads) % queries.Count;
}
