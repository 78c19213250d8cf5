using System.Globalization;

namespace KratomFacts.Cli;

/// <summary>Dispatches the commands; prints usage for anything else.</summary>
public sealed class CommandLine(TextWriter output, TextWriter error)
{
    public const string Usage = """
        usage:
          kratomfacts check --content <dir>
              Validate a content tree. Prints each problem as path:line:column: error|warning: message.
              Exit code 1 if there is any error, 0 otherwise.
          kratomfacts build-index --content <dir> --output <dir>
              Validate the content, then write the search index and its manifest to <dir>.
          kratomfacts bench-search --content <dir> --queries <tsv> [--iterations <n>]
              Build the index in memory and time every query of the query set, on one thread and on two:
              index build time, latency percentiles and success@1/@3. Run it in Release.
          kratomfacts generate-corpus --from <dir> --articles <n> --versions <n> --output <dir> [--seed <n>]
              Write a synthetic content tree that passes check, made of the sentences, headings and cited works
              of the content in --from, for measuring how the site scales.
        """;

    private static readonly HashSet<string> FolderOptions = ["--content", "--output", "--queries", "--from"];
    private static readonly HashSet<string> NumberOptions = ["--iterations", "--articles", "--versions", "--seed"];

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
            case "check" when options.Has("--content"):
                return new CheckCommand(output, error).Run(options["--content"]);
            case "build-index" when options.Has("--content", "--output"):
                return new BuildIndexCommand(output, error).Run(options["--content"], options["--output"]);
            case "bench-search" when options.Has("--content", "--queries"):
                return new BenchSearchCommand(output, error).Run(options["--content"], options["--queries"], options.Number("--iterations", 200));
            case "generate-corpus" when options.Has("--from", "--articles", "--versions", "--output"):
                return new GenerateCorpusCommand(output, error).Run(
                    options["--from"], options["--output"], options.Number("--articles", 0), options.Number("--versions", 0), options.Number("--seed", 20261125));
            default:
                await error.WriteLineAsync($"kratomfacts: unknown command or missing option: {string.Join(' ', args)}\n{Usage}");
                return 2;
        }
    }

    private sealed class Options
    {
        private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

        public string? Error { get; private init; }

        public string this[string name] => _values[name];

        public bool Has(params string[] names) => names.All(_values.ContainsKey);

        public int Number(string name, int fallback) => _values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

        public static Options Parse(ReadOnlySpan<string> args)
        {
            var options = new Options();
            for (var i = 0; i < args.Length; i++)
            {
                var name = args[i];
                var value = i + 1 < args.Length ? args[i + 1] : null;
                if (FolderOptions.Contains(name))
                {
                    if (value is null)
                    {
                        return new Options { Error = $"{name} needs a folder after it" };
                    }
                }
                else if (NumberOptions.Contains(name))
                {
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
                    {
                        return new Options { Error = $"{name} needs a positive whole number after it" };
                    }
                }
                else
                {
                    return new Options { Error = $"unexpected argument '{name}'" };
                }

                options._values[name] = value!;
                i++;
            }

            return options;
        }
    }
}
