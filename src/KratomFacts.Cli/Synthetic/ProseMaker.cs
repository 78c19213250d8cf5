using System.Text;
using System.Text.RegularExpressions;
using KratomFacts.Content.Citations;

namespace KratomFacts.Cli.Synthetic;

/// <summary>Makes cited paragraphs, headings' ids and picks from the source text, all from one seeded random source.</summary>
public sealed partial class ProseMaker(SourceText source, Random random)
{
    public SourceText Source => source;

    public int Between(int min, int max) => random.Next(min, max + 1);

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Distinct items, as many as asked or as there are.</summary>
    public List<T> PickDistinct<T>(IReadOnlyList<T> items, int count)
    {
        var chosen = new HashSet<int>();
        while (chosen.Count < Math.Min(count, items.Count))
        {
            chosen.Add(random.Next(items.Count));
        }

        return [.. chosen.Select(i => items[i])];
    }

    public string Sentences(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => Pick(source.Sentences)));

    /// <summary>A paragraph of about <paramref name="words"/> words that ends citing one or two of the works.</summary>
    public string Paragraph(int words, IReadOnlyList<Citation> works)
    {
        var text = new StringBuilder();
        while (WordCount(text.ToString()) < words)
        {
            text.Append(text.Length > 0 ? " " : "").Append(Pick(source.Sentences));
        }

        return text.Append(' ').Append(Cite(PickDistinct(works, Between(1, 2)))).ToString();
    }

    public static string Cite(IEnumerable<Citation> works) => "[" + string.Join("; ", works.Select(w => "@" + w.Id)) + "]";

    public static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Lowercase ASCII words joined by '-', at most <paramref name="maxWords"/> of them.</summary>
    public static string Slug(string text, int maxWords)
    {
        var words = NotSlugText().Split(text.ToLowerInvariant()).Where(w => w.Length > 0).Take(maxWords).ToList();
        return words.Count == 0 ? "section" : string.Join('-', words);
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlugText();
}
