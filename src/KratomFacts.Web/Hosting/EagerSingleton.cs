namespace KratomFacts.Web.Hosting;

/// <summary>
/// Resolves a singleton while the app starts, before it listens: loading failures stop start-up instead
/// of the first request, and the first reader does not wait for the load.
/// </summary>
public sealed class EagerSingleton<T>(IServiceProvider services) : IHostedService
    where T : notnull
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<T>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
