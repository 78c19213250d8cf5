namespace KratomFacts.Cli;

/// <summary>Dispatches <c>check</c> and <c>build-index</c>; prints usage for anything else.</summary>
public sealed class CommandLine(TextWriter output, TextWriter error)
{
    public const string Usage = """
        usage:
          kratomfacts check --content <dir>
              Validate a content tree. Prints each problem as path:line:column: error|warning: message.
              Exit code 1 if there is any error, 0 otherwise.
          kratomfacts build-index --content <dir> --output <dir>
              Validate the content, then write the search index and its manifest to <dir>.
        """;

    public async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await output.WriteLineAsync(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        var options = Options.Parse(args.AsSpan(1));
        if (options.Error is not null)
        {
            await error.WriteLineAsync($"kratomfacts: {options.Error}\n{Usage}");
            return 2;
        }

        switch (args[0])
        {
            case "check" when options.Content is not null:
                return new CheckCommand(output, error).Run(options.Content);
            case "build-index" when options.Content is not null && options.Output is not null:
                return new BuildIndexCommand(output, error).Run(options.Content, options.Output);
            default:
                await error.WriteLineAsync($"kratomfacts: unknown command or missing option: {string.Join(' ', args)}\n{Usage}");
                return 2;
        }
    }

    private sealed record Options(string? Content, string? Output, string? Error)
    {
        public static Options Parse(ReadOnlySpan<string> args)
        {
            string? content = null, outputDir = null;
            for (var i = 0; i < args.Length; i++)
            {
                var value = i + 1 < args.Length ? args[i + 1] : null;
                switch (args[i])
                {
                    case "--content" when value is not null:
                        content = value;
                        i++;
                        break;
                    case "--output" when value is not null:
                        outputDir = value;
                        i++;
                        break;
                    case "--content" or "--output":
                        return new Options(null, null, $"{args[i]} needs a folder after it");
                    default:
                        return new Options(null, null, $"unexpected argument '{args[i]}'");
                }
            }

            return new Options(content, outputDir, null);
        }
    }
}
