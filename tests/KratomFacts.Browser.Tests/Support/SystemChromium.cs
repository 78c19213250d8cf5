namespace KratomFacts.Browser.Tests.Support;

/// <summary>
/// The browser the tests drive: Debian's Chromium, never one Playwright downloads (this machine's network does not
/// reach Playwright's browser host). Without it the tests are skipped, unless <c>KF_REQUIRE_BROWSER=1</c> (as CI sets),
/// where a missing browser is a failure rather than a quietly green run.
/// </summary>
public static class SystemChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>
    /// Headless and quiet: the background-networking, update and sync flags stop Chromium calling Google's hosts,
    /// which this machine's closed network refuses, many times a start.
    /// </summary>
    public static readonly IReadOnlyList<string> Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic",
    ];

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static bool IsRequired => Environment.GetEnvironmentVariable("KF_REQUIRE_BROWSER") == "1";

    /// <summary>Skips the calling test when Chromium is missing, or fails it when the browser is required.</summary>
    public static void EnsureInstalled()
    {
        if (IsInstalled)
        {
            return;
        }

        var reason = $"Chromium is not installed at {ExecutablePath} (apt-get install -y chromium)";
        if (IsRequired)
        {
            Assert.Fail(reason + ", and KF_REQUIRE_BROWSER=1 requires the browser tests to run.");
        }

        Assert.Skip(reason + "; browser tests skipped.");
    }
}
