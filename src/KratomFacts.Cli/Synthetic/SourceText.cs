using System.Text.RegularExpressions;
using KratomFacts.Content.Catalog;
using KratomFacts.Content.Citations;
using KratomFacts.Content.Myths;

namespace KratomFacts.Cli.Synthetic;

/// <summary>
/// The material a synthetic corpus is made of, taken from real content: its sentences (so the words and their
/// frequencies are the site's own), its section headings, titles, aliases and tags, the works it cites and its myths.
/// </summary>
public sealed partial class SourceText
{
    private SourceText(
        IReadOnlyList<string> sentences,
        IReadOnlyList<string> headings,
        IReadOnlyList<string> aliases,
        IReadOnlyList<string> tags,
        IReadOnlyList<Citation> works,
        IReadOnlyList<Myth> myths)
    {
        Sentences = sentences;
        Headings = headings;
        Aliases = aliases;
        Tags = tags;
        Works = works;
        Myths = myths;
    }

    /// <summary>Plain sentences that read as prose in markdown: no markup characters, no citation marks.</summary>
    public IReadOnlyList<string> Sentences { get; }

    /// <summary>Section headings and article titles (questions and noun phrases readers ask about).</summary>
    public IReadOnlyList<string> Headings { get; }

    public IReadOnlyList<string> Aliases { get; }

    public IReadOnlyList<string> Tags { get; }

    /// <summary>Every cited work, once each, with an id unique across the set.</summary>
    public IReadOnlyList<Citation> Works { get; }

    public IReadOnlyList<Myth> Myths { get; }

    public static SourceText From(ContentCatalog catalog)
    {
        var versions = catalog.Articles.SelectMany(a => a.Versions).ToList();
        var paragraphs = versions.SelectMany(v => v.Document.Sections.SelectMany(s => s.Paragraphs))
            .Concat(catalog.Myths.SelectMany(m => m.Document.Sections.SelectMany(s => s.Paragraphs)));
        var sentences = paragraphs
            .SelectMany(p => p.Split('\n'))
            .Select(line => line.TrimStart('-', ' '))
            .SelectMany(line => SentenceBreak().Split(line))
            .Select(s => CitationMark().Replace(s, "").Trim())
            .Where(IsPlainSentence)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var headings = versions.SelectMany(v => v.Document.HeadedSections)
            .Where(s => s.Heading!.Level == 2)
            .Select(s => s.Heading!.Text)
            .Concat(catalog.Articles.Select(a => a.Current.Title))
            .Where(h => h.Length is > 3 and < 80 && !h.Any(IsMarkupCharacter) && h != "Key points")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var aliases = versions.SelectMany(v => v.Aliases).Where(a => !a.Any(IsMarkupCharacter)).Distinct(StringComparer.Ordinal).ToList();
        var tags = versions.SelectMany(v => v.Tags).Distinct(StringComparer.Ordinal).ToList();
        var works = catalog.References.Select(r => r.Citation).DistinctBy(c => c.Id, StringComparer.Ordinal).ToList();
        return new SourceText(sentences, headings, aliases, tags, works, catalog.Myths);
    }

    private static bool IsPlainSentence(string s) =>
        s.Length is >= 40 and <= 320 && char.IsUpper(s[0]) && s[^1] is '.' or '?' && !s.Any(IsMarkupCharacter) && !s.Contains("http", StringComparison.Ordinal);

    private static bool IsMarkupCharacter(char c) => c is '<' or '>' or '*' or '_' or '`' or '[' or ']' or '#' or '|' or '\\' or '{' or '}' or '&' || char.IsControl(c);

    [GeneratedRegex(@"(?<=[.?!])\s+(?=[A-Z])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\s*\[[^\]]*\]")]
    private static partial Regex CitationMark();
}
