namespace KratomFacts.Cli.Tests;

/// <summary>Runs the command line in process and keeps what it printed.</summary>
public static class Cli
{
    public static async Task<CommandRun> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await new CommandLine(output, error).RunAsync(args);
        return new CommandRun(exitCode, output.ToString(), error.ToString());
    }
}

public sealed record CommandRun(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
