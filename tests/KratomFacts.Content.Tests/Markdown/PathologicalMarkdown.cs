using System.Text;

namespace KratomFacts.Content.Tests.Markdown;

/// <summary>
/// CommonMark's pathological inputs (cmark's test/pathological_tests.py, with the extra cases md4c and later cmark
/// added), each scaled down only as far as it must be to fit a content file under the 256 KB cap: the worst a
/// contributor could commit.
/// </summary>
public static class PathologicalMarkdown
{
    /// <summary>Body characters a case may use: the file cap less room for front matter.</summary>
    public const int Budget = 250_000;

    public static IReadOnlyDictionary<string, Func<string>> Cases { get; } = new Dictionary<string, Func<string>>
    {
        ["nested strong emph"] = () => Repeat("*a **a ", 65000, 14) + "b" + Repeat(" a** a*", 65000, 14),
        ["many emph closers with no openers"] = () => Repeat("a_ ", 65000),
        ["many emph openers with no closers"] = () => Repeat("_a ", 65000),
        ["many 3-emph openers with no closers"] = () => Repeat("a***", 65000),
        ["many link closers with no openers"] = () => Repeat("a]", 65000),
        ["many link openers with no closers"] = () => Repeat("[a", 65000),
        ["mismatched openers and closers"] = () => Repeat("*a_ ", 50000),
        ["issue 389 emph runs"] = () => Repeat("*a ", 20000, 8) + Repeat("_a*_ ", 20000, 8),
        ["intraword underscores"] = () => "_" + Repeat("a_b_", 60000),
        ["openers and closers multiple of 3"] = () => "a**b" + Repeat("c* ", 50000),
        ["link openers and emph closers"] = () => Repeat("[ a_", 50000),
        ["pattern [ (]( repeated"] = () => Repeat("[ (](", 80000),
        ["pattern ![[]() repeated"] = () => Repeat("![[]()", 160000),
        ["hard link/emph case"] = () => "**x [a*b**c*](d)",
        ["nested brackets"] = () => Repeat("[", 50000, 2) + "a" + Repeat("]", 50000, 2),
        ["nested block quotes"] = () => Repeat("> ", 50000) + "a",
        ["deeply nested lists"] = () => Lines(1000, x => new string(' ', 2 * x) + "* a", Budget),
        ["U+0000 in input"] = () => "abc\u0000de\u0000",
        ["backticks"] = () => Lines(10000, x => "e" + new string('`', x + 1), Budget, separator: ""),
        ["unclosed links A"] = () => Repeat("[a](<b", 50000),
        ["unclosed links B"] = () => Repeat("[a](b", 50000),
        ["unclosed <!--"] = () => "</" + Repeat("<!--", 300000),
        ["empty lines in deeply nested lists"] = () => Repeat("- ", 30000) + "x" + new string('\n', 30000),
        ["empty lines in deeply nested lists in blockquote"] = () => "> " + Repeat("- ", 30000) + "x\n" + Repeat(">\n", 30000),
        ["emph in deep blockquote"] = () => Repeat(">", 100000, 3) + Repeat("a*", 100000, 3),
        ["nested inlines"] = () => new string('*', 20000) + "a" + new string('*', 20000),
        ["many references"] = () => Lines(800000, x => $"[{x + 1}]: u", Budget - 20000) + "\n" + Repeat("[0] ", 5000),
        ["reference collisions"] = ReferenceCollisions,
        ["many links"] = () => Repeat("[t](/u) ", 50000),
        ["many html openers and closers"] = () => Repeat("<>", 50000),
        ["many html processing instruction openers"] = () => "x" + Repeat("<?", 50000),
        ["many html CDATA openers"] = () => "x" + Repeat("<![CDATA[", 50000),
        ["many backticks and escapes"] = () => Repeat("\\``", 50000),
        ["broken thematic break"] = () => Repeat("* ", 50000) + "a",
        ["nested invalid link references"] = () => Repeat("[", 50000, 2) + Repeat("]", 50000, 2) + "\n\n[a]: /b",
        ["tables"] = () => Repeat("aaa\nbbb\n-\v\n", 30000),
        ["long pipe table"] = () => "| a | b |\n| - | - |\n" + Repeat("| x | y |\n", 30000),
    };

    /// <summary><paramref name="unit"/> repeated <paramref name="count"/> times, or as often as fits a share of the budget.</summary>
    private static string Repeat(string unit, int count, int shareOfBudget = 1)
    {
        var fits = Budget / shareOfBudget / unit.Length;
        return new StringBuilder().Insert(0, unit, Math.Min(count, fits)).ToString();
    }

    /// <summary>Lines made by <paramref name="line"/> for 0, 1, 2, ... while they fit <paramref name="budget"/>.</summary>
    private static string Lines(int count, Func<int, string> line, int budget, string separator = "\n")
    {
        var text = new StringBuilder();
        for (var x = 0; x < count; x++)
        {
            var next = line(x);
            if (text.Length + next.Length + separator.Length > budget)
            {
                break;
            }

            text.Append(next).Append(separator);
        }

        return text.ToString();
    }

    /// <summary>Labels that collide in cmark's reference hash table, each defined and then used (pointing at a page that exists).</summary>
    private static string ReferenceCollisions()
    {
        static bool Collides(string label)
        {
            uint h = 0;
            foreach (var c in label)
            {
                h = c + (h << 6) + (h << 16) - h;
            }

            return h % 16 == 0;
        }

        var keys = Enumerable.Range(0, int.MaxValue).Select(i => $"x{i}").Where(Collides);
        var bad = keys.First();
        var text = new StringBuilder();
        foreach (var key in keys.Skip(1).Take(50000))
        {
            var entry = $"[{key}]: /articles/sample\n\n[{bad}]\n\n";
            if (text.Length + entry.Length > Budget)
            {
                break;
            }

            text.Append(entry);
        }

        return text.ToString();
    }
}
