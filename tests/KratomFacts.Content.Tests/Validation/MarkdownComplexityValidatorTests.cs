using KratomFacts.Content.Diagnostics;
using KratomFacts.Content.Validation;

namespace KratomFacts.Content.Tests.Validation;

/// <summary>
/// The pre-parse check must never pass a shape the parser chokes on, so it reads lines and paragraphs the way the
/// parser does; and it must not refuse prose.
/// </summary>
public sealed class MarkdownComplexityValidatorTests
{
    public static TheoryData<string, string, string?> Bodies => new()
    {
        { "prose with links and emphasis", "Some *emphasis*, a [link](/a) and [@doe-2020].\n\n- a list\n  - nested\n\n> a quote", null },
        { "a long thematic break", string.Concat(Enumerable.Repeat("- ", 40)) + "\n\n" + string.Concat(Enumerable.Repeat("* ", 40)), null },
        { "300 links in each of two paragraphs", Repeat("[a](/b) ", 300) + "\n\n" + Repeat("[a](/b) ", 300), null },
        { "a 301st '[' in one paragraph", Repeat("[a](/b) ", 300) + "\n[", "2:1" },
        { "sixteen quotes", Repeat("> ", 16) + "a", null },
        { "seventeen quotes", Repeat("> ", 17) + "a", "1:33" },
        { "seventeen quotes without spaces", Repeat(">", 17) + "a", "1:17" },
        { "'+' markers, which are never a rule", Repeat("+ ", 17), "1:33" },
        { "indentation that continues sixteen lists", new string(' ', 32) + "- a", "1:33" },
        { "tabs count as four columns", new string('\t', 8) + "- a", "1:9" },
        { "a carriage return ends a line for the parser", "a\r" + Repeat("> ", 17), "2:33" },
        { "a lone carriage return ends a paragraph too", Repeat("_a ", 200) + "\r\r" + Repeat("_a ", 200), null },
        { "a no-break space does not end a paragraph", Repeat("_a ", 200) + "\n\u00a0\n" + Repeat("_a ", 51), "3:151" },
        { "empty list items continue a paragraph, so their stars count", "text\n" + Repeat("*\n", 251), "252:1" },
        { "emphasis marks inside words count", Repeat("snake_case ", 251), "1:2756" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Refuses_only_what_would_stall_the_parser(string description, string body, string? refusedAt)
    {
        var diagnostics = new DiagnosticBag();

        var passed = new MarkdownComplexityValidator().Validate("v1.md", body, 1, diagnostics);

        Assert.True(passed == (refusedAt is null), description);
        Assert.Equal(refusedAt is null ? [] : [refusedAt], diagnostics.Items.Select(d => $"{d.Line}:{d.Column}"));
    }

    private static string Repeat(string unit, int count) => string.Concat(Enumerable.Repeat(unit, count));
}
