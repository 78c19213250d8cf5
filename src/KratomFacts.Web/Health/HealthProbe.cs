namespace KratomFacts.Web.Health;

/// <summary>
/// <c>dotnet KratomFacts.Web.dll --healthcheck [url]</c>: asks a running instance of the site for <c>/healthz</c> and
/// exits 0 when it answers 200, 1 otherwise. The container health check runs this because the runtime image has no
/// curl or wget, and the app already knows where it listens.
/// </summary>
public static class HealthProbe
{
    public const string Flag = "--healthcheck";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public static bool IsRequested(string[] args) => args.Length is 1 or 2 && args[0] == Flag;

    public static async Task<int> RunAsync(string[] args, Func<string, string?> environment, TextWriter error)
    {
        var target = args.Length == 2 ? new Uri(new Uri(args[1]), "/healthz") : HealthProbeTarget.FromEnvironment(environment);
        using var client = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = await client.GetAsync(target);
            if (response.IsSuccessStatusCode)
            {
                return 0;
            }

            await error.WriteLineAsync($"healthcheck: {target} answered {(int)response.StatusCode}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await error.WriteLineAsync($"healthcheck: {target} did not answer: {e.Message}");
        }

        return 1;
    }
}
