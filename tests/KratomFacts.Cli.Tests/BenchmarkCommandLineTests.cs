using KratomFacts.TestSupport;

namespace KratomFacts.Cli.Tests;

/// <summary>The benchmark commands: a synthetic corpus that the site accepts, made the same way every time, and a search benchmark that reports what it measured.</summary>
public sealed class BenchmarkCommandLineTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("kratomfacts-cli-tests-");

    [Fact]
    public async Task Generated_corpus_passes_check_with_no_errors_or_warnings()
    {
        var corpus = Path.Combine(_temp.FullName, "corpus");

        var generate = await Run("generate-corpus", "--from", TestPaths.RealContent, "--articles", "6", "--versions", "3", "--output", corpus);
        var check = await Run("check", "--content", corpus);

        Assert.Equal(0, generate.ExitCode);
        Assert.Equal(0, check.ExitCode);
        Assert.Empty(check.Error);
        Assert.Contains("6 articles (18 versions), 2 myths", check.Output, StringComparison.Ordinal);
        Assert.Contains("0 errors, 0 warnings", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Same_seed_writes_the_same_corpus_and_another_seed_a_different_one()
    {
        async Task<string[]> Generate(string name, string seed)
        {
            var folder = Path.Combine(_temp.FullName, name);
            Assert.Equal(0, (await Run("generate-corpus", "--from", TestPaths.RealContent, "--articles", "3", "--versions", "2", "--output", folder, "--seed", seed)).ExitCode);
            return [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Select(f => Path.GetRelativePath(folder, f) + "\n" + File.ReadAllText(f))];
        }

        var first = await Generate("a", "7");
        var again = await Generate("b", "7");
        var other = await Generate("c", "8");

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task Generate_corpus_refuses_a_folder_that_is_not_empty()
    {
        await File.WriteAllTextAsync(Path.Combine(_temp.FullName, "keep.txt"), "mine", TestContext.Current.CancellationToken);

        var run = await Run("generate-corpus", "--from", TestPaths.RealContent, "--articles", "1", "--versions", "1", "--output", _temp.FullName);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is not empty", run.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_temp.FullName, "keep.txt")));
    }

    [Fact]
    public async Task Bench_search_reports_a_latency_row_per_thread_count_and_the_success_rates()
    {
        var queries = Path.Combine(_temp.FullName, "queries.tsv");
        await File.WriteAllTextAsync(queries, "# query\texpected\nkratom withdrawal\t/articles/no-such-page\n", TestContext.Current.CancellationToken);

        var run = await Run("bench-search", "--content", TestPaths.FixtureContent, "--queries", queries, "--iterations", "2");

        Assert.Equal(0, run.ExitCode);
        var rows = run.Output.Split('\n').Where(line => line.StartsWith("1 ", StringComparison.Ordinal) || line.StartsWith("2 ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["2", "4"], rows.Select(r => r.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]));
        Assert.Contains("success@1: 0.000  success@3: 0.000", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bench-search", "--content", "content")]
    [InlineData("bench-search", "--content", "content", "--queries", "q.tsv", "--iterations", "0")]
    [InlineData("generate-corpus", "--from", "content", "--articles", "10", "--output", "out")]
    [InlineData("generate-corpus", "--from", "content", "--articles", "many", "--versions", "3", "--output", "out")]
    public async Task Benchmark_command_without_its_options_exits_2_with_usage(params string[] args)
    {
        var run = await Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(CommandLine.Usage, run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Delete(recursive: true);

    private static Task<CommandRun> Run(params string[] args) => Cli.Run(args);
}
