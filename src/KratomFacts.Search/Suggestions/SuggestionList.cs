using KratomFacts.Content.Catalog;

namespace KratomFacts.Search.Suggestions;

/// <summary>
/// Completions for the search box: article titles and compound names first, then aliases, myth claims and
/// section headings. A few hundred phrases, so a scan in memory answers in microseconds; no index is needed.
/// </summary>
public sealed class SuggestionList
{
    private readonly List<(string Phrase, string Lower, string[] Words, int Priority)> _phrases;

    /// <param name="phrases">Each phrase with its priority: lower comes first among equally good matches.</param>
    public SuggestionList(IEnumerable<(string Phrase, int Priority)> phrases)
    {
        _phrases = [.. phrases
            .Select(p => (Phrase: p.Phrase.Trim(), p.Priority))
            .Where(p => p.Phrase.Length is > 1 and < 120)
            .OrderBy(p => p.Priority)
            .DistinctBy(p => p.Phrase.ToLowerInvariant())
            .Select(p => (p.Phrase, p.Phrase.ToLowerInvariant(), p.Phrase.ToLowerInvariant().Split([' ', '-', '?', ',', ':'], StringSplitOptions.RemoveEmptyEntries), p.Priority))];
    }

    public static SuggestionList From(ContentCatalog catalog) => new(
        catalog.Articles.Select(a => (a.Current.Title, 0))
            .Concat(catalog.Alkaloids.Compounds.SelectMany(c => c.Names).Select(n => (n, 0)))
            .Concat(catalog.Articles.SelectMany(a => a.Current.Aliases).Select(a => (a, 1)))
            .Concat(catalog.Myths.Select(m => (m.Claim, 2)))
            .Concat(catalog.Articles.SelectMany(a => a.Current.Document.HeadedSections).Select(s => (s.Heading!.Text, 3))));

    /// <summary>Phrases starting with the typed text first, then phrases containing every typed word as a word start.</summary>
    public IReadOnlyList<string> Complete(string typed, int limit)
    {
        var query = typed.Trim().ToLowerInvariant();
        if (query.Length == 0 || limit <= 0)
        {
            return [];
        }

        var words = query.Split([' ', '-', '?', ','], StringSplitOptions.RemoveEmptyEntries);
        return [.. _phrases
            .Select(p => (p.Phrase, p.Priority, Rank: p.Lower.StartsWith(query, StringComparison.Ordinal) ? 0
                : words.All(w => p.Words.Any(pw => pw.StartsWith(w, StringComparison.Ordinal))) ? 1 : 2))
            .Where(x => x.Rank < 2)
            .OrderBy(x => x.Priority)
            .ThenBy(x => x.Rank)
            .ThenBy(x => x.Phrase.Length)
            .Take(limit)
            .Select(x => x.Phrase)];
    }
}
