using KratomFacts.Content.Tests.Support;
using KratomFacts.TestSupport;

namespace KratomFacts.Content.Tests.Markdown;

/// <summary>
/// CommonMark's pathological inputs, each appended to the minimal article at the size of the largest file the
/// site accepts, and loaded as <c>check</c> and the web app load content. Each is either refused before it is
/// parsed, naming the file, line and column, or loads (parsed, validated, rendered) well within 4 s of CPU time.
/// </summary>
/// <remarks>
/// Measured on the development machine (2 cores, Release build, warm), parsing the body alone with Markdig 1.6
/// before the complexity check existed, and now, loading the whole file:
/// <code>
/// case                                         chars    Markdig 1.6 parse alone         now
/// nested strong emph                           35,715   1.9 s, then throws (depth)      refused
/// many emph closers with no openers           195,000   2.3 s, then throws (depth)      refused
/// many emph openers with no closers           195,000   1.9 s, then throws (depth)      refused
/// many 3-emph openers with no closers         250,000   1.1 s, then throws (depth)      refused
/// many link closers with no openers           130,000   0.07 s                          loads in 0.2 s
/// many link openers with no closers           130,000   0.8 s, then throws (depth)      refused
/// mismatched openers and closers              200,000   1.1 s, then throws (depth)      refused
/// issue 389 emph runs                          62,498   1.0 s, then throws (depth)      refused
/// intraword underscores                       240,001   0.15 s                          refused (counts every '_')
/// openers and closers multiple of 3           150,004   1.4 s, then throws (depth)      refused
/// link openers and emph closers               200,000   0.7 s, then throws (depth)      refused
/// pattern [ (]( repeated                      250,000   30 s                            refused
/// pattern ![[]() repeated                     249,996   1.1 s, then throws (depth)      refused
/// hard link/emph case                              16   0.00 s                          loads in 0.01 s
/// nested brackets                             100,001   0.3 s, then throws (depth)      refused
/// nested block quotes                         100,001   0.5 s, then throws (depth)      refused
/// deeply nested lists                         249,498   0.6 s, then throws (depth)      refused
/// U+0000 in input                                   7   0.00 s                          loads in 0.01 s
/// backticks                                   249,570   0.3 s                           loads in 0.3 s
/// unclosed links A                            249,996   0.4 s                           refused
/// unclosed links B                            250,000   206 s                           refused
/// unclosed &lt;!--                              250,002   1.2 s                           refused
/// empty lines in deeply nested lists           90,001   2.6 s, then throws (depth)      refused
/// ... in a block quote                        120,004   2.2 s, then throws (depth)      refused
/// emph in deep blockquote                     166,665   0.7 s, then throws (depth)      refused
/// nested inlines                               40,001   0.05 s, then throws (depth)     refused
/// many references                             249,993   2.8 s                           refused
/// reference collisions                        249,994   0.9 s                           loads in 0.9 s
/// many links                                  250,000   0.4 s (render 0.7 s)            refused
/// many html openers and closers               100,000   0.1 s                           refused
/// many html processing instruction openers    100,001   6.9 s                           refused
/// many html CDATA openers                     249,994   2.8 s, then throws (depth)      refused
/// many backticks and escapes                  150,000   0.08 s                          loads in 0.15 s
/// broken thematic break                       100,001   2.1 s, then throws (depth)      refused
/// nested invalid link references              100,009   0.3 s, then throws (depth)      refused
/// tables (cmark-gfm)                          249,997   0.3 s                           loads in 0.5 s
/// long pipe table                             250,020   0.4 s                           loads in 1.1 s
/// </code>
/// "Throws (depth)" is Markdig's ArgumentException for input nested past its limits, which stopped <c>check</c>
/// and the web app's start-up with a stack trace instead of a content error.
/// </remarks>
public sealed class PathologicalMarkdownTests
{
    private const string V1 = "articles/sample/v1.md";

    /// <summary>The appended case starts on this line of v1.md: the minimal article's 21 lines, then a blank one.</summary>
    private const int FirstLine = 23;

    private const string TooManyBrackets = "markdown too complex to parse safely: this paragraph has more than 300 '[' and '<' characters: split it with blank lines or remove stray brackets";
    private const string TooManyEmphasisMarks = "markdown too complex to parse safely: this paragraph has more than 250 '*' and '_' characters: split it with blank lines or remove stray emphasis marks";
    private const string TooDeep = "markdown too complex to parse safely: this line nests lists and block quotes more than 16 deep";

    [Theory]
    [InlineData("nested strong emph", 0, 585, TooManyEmphasisMarks)]
    [InlineData("many emph closers with no openers", 0, 752, TooManyEmphasisMarks)]
    [InlineData("many emph openers with no closers", 0, 751, TooManyEmphasisMarks)]
    [InlineData("many 3-emph openers with no closers", 0, 335, TooManyEmphasisMarks)]
    [InlineData("many link openers with no closers", 0, 601, TooManyBrackets)]
    [InlineData("mismatched openers and closers", 0, 501, TooManyEmphasisMarks)]
    [InlineData("issue 389 emph runs", 0, 751, TooManyEmphasisMarks)]
    [InlineData("intraword underscores", 0, 501, TooManyEmphasisMarks)]
    [InlineData("openers and closers multiple of 3", 0, 750, TooManyEmphasisMarks)]
    [InlineData("link openers and emph closers", 0, 1004, TooManyEmphasisMarks)]
    [InlineData("pattern [ (]( repeated", 0, 1501, TooManyBrackets)]
    [InlineData("pattern ![[]() repeated", 0, 902, TooManyBrackets)]
    [InlineData("nested brackets", 0, 301, TooManyBrackets)]
    [InlineData("nested block quotes", 0, 33, TooDeep)]
    [InlineData("deeply nested lists", 16, 33, TooDeep)]
    [InlineData("unclosed links A", 0, 901, TooManyBrackets)]
    [InlineData("unclosed links B", 0, 1501, TooManyBrackets)]
    [InlineData("unclosed <!--", 0, 1199, TooManyBrackets)]
    [InlineData("empty lines in deeply nested lists", 0, 33, TooDeep)]
    [InlineData("empty lines in deeply nested lists in blockquote", 0, 33, TooDeep)]
    [InlineData("emph in deep blockquote", 0, 17, TooDeep)]
    [InlineData("nested inlines", 0, 251, TooManyEmphasisMarks)]
    [InlineData("many references", 300, 1, TooManyBrackets)]
    [InlineData("many links", 0, 2401, TooManyBrackets)]
    [InlineData("many html openers and closers", 0, 601, TooManyBrackets)]
    [InlineData("many html processing instruction openers", 0, 602, TooManyBrackets)]
    [InlineData("many html CDATA openers", 0, 902, TooManyBrackets)]
    [InlineData("broken thematic break", 0, 33, TooDeep)]
    [InlineData("nested invalid link references", 0, 301, TooManyBrackets)]
    public void Pathological_markdown_is_refused_before_parsing_at_its_line_and_column(string name, int linesIn, int column, string message)
    {
        var (result, root, spent) = LoadWithCase(name);

        Assert.Null(result.Catalog);
        Assert.Equal([$"{Path.Join(root, V1)}:{FirstLine + linesIn}:{column}: error: {message}"], result.Diagnostics.Select(d => d.ToString()));
        Assert.True(spent < TimeSpan.FromSeconds(4), $"took {spent} of CPU time");
    }

    [Theory]
    [InlineData("many link closers with no openers")]
    [InlineData("hard link/emph case")]
    [InlineData("U+0000 in input")]
    [InlineData("backticks")]
    [InlineData("reference collisions")]
    [InlineData("many backticks and escapes")]
    [InlineData("tables")]
    [InlineData("long pipe table")]
    public void Pathological_markdown_the_parser_handles_loads_and_renders_within_four_seconds(string name)
    {
        var (result, _, spent) = LoadWithCase(name);

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Catalog);
        Assert.NotEmpty(result.Catalog.Articles[0].Current.Document.Sections);
        Assert.True(spent < TimeSpan.FromSeconds(4), $"took {spent} of CPU time");
    }

    [Fact]
    public void Every_case_is_covered_by_one_of_the_tests()
    {
        var refused = typeof(PathologicalMarkdownTests).GetMethod(nameof(Pathological_markdown_is_refused_before_parsing_at_its_line_and_column))!;
        var loaded = typeof(PathologicalMarkdownTests).GetMethod(nameof(Pathological_markdown_the_parser_handles_loads_and_renders_within_four_seconds))!;
        var covered = new[] { refused, loaded }
            .SelectMany(m => m.GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>())
            .Select(row => (string)row.Data[0]!);

        Assert.Equal(PathologicalMarkdown.Cases.Keys.Order(StringComparer.Ordinal), covered.Order(StringComparer.Ordinal));
    }

    /// <summary>The minimal tree with the case appended to its article, loaded, with the CPU time that took; the copy is deleted.</summary>
    private static (ContentLoadResult Result, string Root, TimeSpan Spent) LoadWithCase(string name)
    {
        using var tree = TemporaryTree.CopyOf(TestPaths.MinimalContent);
        var file = Path.Join(tree.Root, V1);
        File.AppendAllText(file, "\n" + PathologicalMarkdown.Cases[name]());
        Assert.True(new FileInfo(file).Length <= Loading.ContentLimits.MaxFileBytes, "the case must fit a content file");

        ContentLoadResult? result = null;
        var spent = CpuTime.OfThread(() => result = ContentLoader.CreateDefault().Load(tree.Root));
        return (result!, tree.Root, spent);
    }
}
