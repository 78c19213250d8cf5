using Microsoft.Extensions.Logging;

namespace KratomFacts.Web.Tests.Support;

/// <summary>
/// Keeps the exception the host logs when it fails to start. Program catches that exception to exit
/// quietly with code 1, so without this a factory only sees the disposed host afterwards.
/// </summary>
public sealed class StartupFailureLog : ILoggerProvider
{
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    public Exception? Failure { get; private set; }

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName == HostCategory ? this : null);

    public void Dispose()
    {
    }

    private sealed class Recorder(StartupFailureLog? owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => owner is not null && logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (owner is not null && IsEnabled(logLevel) && exception is not null)
            {
                owner.Failure ??= exception;
            }
        }
    }
}
