using System.Diagnostics;
using System.Globalization;

namespace KratomFacts.TestSupport;

/// <summary>
/// CPU time spent, for the timing guards. On a shared machine the wall clock measures the neighbours as much as
/// the code; CPU time measures the work done, so a guard on it fails for runaway work and for nothing else.
/// </summary>
public static class CpuTime
{
    /// <summary>CPU time the current thread spends running <paramref name="work"/>, which must be synchronous.</summary>
    public static TimeSpan OfThread(Action work)
    {
        var start = ThreadNow();
        work();
        return ThreadNow() - start;
    }

    /// <summary>CPU time of the whole process so far, all threads together.</summary>
    public static TimeSpan ProcessNow()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>
    /// On Linux the thread's user and system time from /proc (in clock ticks of 10 ms); elsewhere the process's
    /// total, which only makes a guard stricter.
    /// </summary>
    private static TimeSpan ThreadNow()
    {
        const string stat = "/proc/thread-self/stat";
        if (!File.Exists(stat))
        {
            return ProcessNow();
        }

        // Fields after the command name, which is in parentheses and may hold spaces: state is first, utime 12th, stime 13th.
        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }
}
