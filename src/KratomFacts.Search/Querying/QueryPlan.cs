using KratomFacts.Search.Analysis;
using LuceneAnalyzer = Lucene.Net.Analysis.Analyzer;

namespace KratomFacts.Search.Querying;

/// <summary>
/// One thing the reader asked for: a word, or a run of words that a synonym group recognises ("7-OH"),
/// with the alternatives that mean the same. The first alternative is what the reader typed.
/// </summary>
/// <param name="IsCommon">A stop word ("is", "how") or a word most documents hold ("kratom"): it helps ranking but is never required.</param>
/// <param name="MayBeUnfinished">The last word of a query still being typed: its prefix counts too.</param>
public sealed record QueryUnit(IReadOnlyList<string[]> Alternatives, bool IsCommon, bool MayBeUnfinished)
{
    public string[] Typed => Alternatives[0];

    public bool IsSingleWord => Typed.Length == 1;
}

/// <summary>A parsed, analysed, bounded query: its units and its quoted phrases, ready to become a Lucene query.</summary>
public sealed record QueryPlan(IReadOnlyList<QueryUnit> Units, IReadOnlyList<string[]> Phrases)
{
    public bool IsEmpty => Units.Count == 0 && Phrases.Count == 0;

    public IEnumerable<QueryUnit> ContentUnits => Units.Where(u => !u.IsCommon);
}

/// <summary>Turns query text into a plan: analyse once, recognise synonyms, bound the number of terms.</summary>
/// <param name="isFrequent">Whether the index holds a word in most documents (the site's own topic words).</param>
public sealed class QueryPlanner(LuceneAnalyzer analyzer, Synonyms synonyms, Func<string, bool> isFrequent)
{
    /// <summary>Enough for any real question; bounds the clauses a long paste can produce.</summary>
    public const int MaxTerms = 24;

    private static readonly HashSet<string> StopWords =
    [
        "a", "about", "am", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "could", "did", "do", "does",
        "for", "from", "get", "had", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "me", "my", "of",
        "on", "or", "should", "so", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
        "to", "was", "we", "were", "what", "when", "where", "which", "who", "why", "will", "with", "would", "you", "your",
    ];

    public QueryPlan Plan(QueryText text)
    {
        var tokens = Tokens.Analyze(analyzer, SearchFields.Body, text.Words, MaxTerms);
        var units = new List<QueryUnit>();
        for (var i = 0; i < tokens.Count;)
        {
            if (synonyms.MatchAt(tokens, i) is var (length, group))
            {
                var typed = tokens.Skip(i).Take(length).ToArray();
                var others = group.Where(member => !member.SequenceEqual(typed));
                units.Add(new QueryUnit([typed, .. others], typed.Length == 1 && IsCommon(typed[0]), false));
                i += length;
            }
            else
            {
                units.Add(new QueryUnit([[tokens[i]]], IsCommon(tokens[i]), false));
                i++;
            }
        }

        if (text.EndsMidWord && units.Count > 0 && units[^1].IsSingleWord)
        {
            units[^1] = units[^1] with { MayBeUnfinished = true };
        }

        var phrases = text.Phrases
            .Select(p => Tokens.Analyze(analyzer, SearchFields.Body, p, MaxTerms).ToArray())
            .Where(p => p.Length > 0)
            .Take(4)
            .ToList();
        return new QueryPlan(units, phrases);
    }

    /// <summary>A word like "is" or "how" that carries no topic.</summary>
    public static bool IsStopWord(string token) => StopWords.Contains(token);

    private bool IsCommon(string token) => StopWords.Contains(token) || isFrequent(token);
}
