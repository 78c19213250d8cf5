namespace KratomFacts.Web.Health;

/// <summary>
/// Where the probe finds the site on this machine: the first http address Kestrel is told to listen on, with a
/// wildcard host replaced by the loopback address. Kestrel gives <c>ASPNETCORE_URLS</c> precedence over
/// <c>ASPNETCORE_HTTP_PORTS</c>, and so does the probe.
/// </summary>
public static class HealthProbeTarget
{
    private const int KestrelDefaultPort = 5000;

    private static readonly string[] AnyHost = ["*", "+", "0.0.0.0", "[::]"];

    public static Uri FromEnvironment(Func<string, string?> environment)
    {
        var urls = Split(environment("ASPNETCORE_URLS"));
        if (urls.FirstOrDefault(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) is { } url)
        {
            return Healthz(LoopbackFor(url));
        }

        var port = Split(environment("ASPNETCORE_HTTP_PORTS")).FirstOrDefault() ?? KestrelDefaultPort.ToString();
        return Healthz($"http://127.0.0.1:{port}");
    }

    private static string[] Split(string? value) =>
        (value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Kestrel accepts <c>*</c>, <c>+</c> and any-address hosts in URLs; a client cannot connect to those.</summary>
    private static string LoopbackFor(string url)
    {
        var afterScheme = url["http://".Length..];
        var wildcard = AnyHost.FirstOrDefault(host => afterScheme.StartsWith(host, StringComparison.Ordinal)
            && (afterScheme.Length == host.Length || afterScheme[host.Length] is ':' or '/'));
        return wildcard is null ? url : "http://127.0.0.1" + afterScheme[wildcard.Length..];
    }

    private static Uri Healthz(string baseUrl) => new(new Uri(baseUrl), "/healthz");
}
