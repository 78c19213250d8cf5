using KratomFacts.TestSupport;

namespace KratomFacts.Cli.Tests;

/// <summary>The command line contract: what <c>check</c> prints and the exit codes scripts and CI rely on.</summary>
public sealed class CheckCommandLineTests
{
    [Theory]
    [InlineData("unknown-citation", "articles/sample/v1.md:23:52: error: unknown citation '@singh-2014': it is not in this file's citations")]
    [InlineData("invalid-yaml", "articles/sample/v1.md:6:7: error: invalid YAML: this '[' list or '{' mapping is not closed")]
    public async Task Check_on_broken_content_exits_1_and_prints_the_error_line_on_stderr(string fixture, string line)
    {
        var root = TestPaths.BrokenContent(fixture);

        var run = await Run("check", "--content", root);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([Path.Join(root, line)], run.ErrorLines);
    }

    [Fact]
    public async Task Check_on_valid_content_exits_0_and_prints_no_problems()
    {
        var run = await Run("check", "--content", TestPaths.FixtureContent);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.ErrorLines);
        Assert.Contains("0 errors", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_with_only_warnings_exits_0_and_prints_them()
    {
        var root = TestPaths.BrokenContent("unused-citation");

        var run = await Run("check", "--content", root);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([Path.Join(root, "articles/sample/v1.md:18:5: warning: citation 'singh-2014' is listed but never cited in the text")], run.ErrorLines);
    }

    [Fact]
    public async Task Check_of_a_missing_folder_exits_1_naming_it()
    {
        var root = TestPaths.Fixture("no-such-content");

        var run = await Run("check", "--content", root);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"{root}:1:1: error: content folder not found"], run.ErrorLines);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "--content")]
    [InlineData("check", "--contents", "content")]
    [InlineData("check", "--content", "content", "extra")]
    [InlineData("build-index", "--content", "content")]
    [InlineData("frobnicate")]
    public async Task Usage_error_exits_2_and_shows_usage_on_stderr(params string[] args)
    {
        var run = await Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("kratomfacts: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(CommandLine.Usage, run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task No_arguments_exits_2_and_shows_usage()
    {
        var run = await Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(CommandLine.Usage, run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_exits_0_and_shows_usage()
    {
        var run = await Run("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(CommandLine.Usage, run.Output, StringComparison.Ordinal);
    }

    private static Task<CommandRun> Run(params string[] args) => Cli.Run(args);
}
