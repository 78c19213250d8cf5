using System.Diagnostics;

namespace KratomFacts.Cli.Benchmarks;

/// <summary>Percentiles of a set of timings (nearest rank), in milliseconds.</summary>
public sealed record LatencySummary(int Count, double P50, double P90, double P99, double Max)
{
    public static LatencySummary FromTimestamps(IEnumerable<long> elapsedTimestamps)
    {
        var sorted = elapsedTimestamps.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new LatencySummary(0, 0, 0, 0, 0);
        }

        double At(double percentile) => Milliseconds(sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Length) - 1, 0, sorted.Length - 1)]);
        return new LatencySummary(sorted.Length, At(50), At(90), At(99), Milliseconds(sorted[^1]));
    }

    private static double Milliseconds(long timestamps) => timestamps * 1000.0 / Stopwatch.Frequency;
}
