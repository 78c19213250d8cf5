using KratomFacts.Content.Alkaloids;
using KratomFacts.Search.Analysis;
using LuceneAnalyzer = Lucene.Net.Analysis.Analyzer;

namespace KratomFacts.Search.Querying;

/// <summary>
/// Words and names that mean the same thing to a reader. Applied at query time, so a change here needs no
/// reindexing. Compound names and their aliases from alkaloids.yaml (MG, 7-OH) are added automatically.
/// </summary>
public sealed class Synonyms
{
    /// <summary>The maintained list: names of the plant and its main alkaloid, and words readers use interchangeably.</summary>
    public static readonly IReadOnlyList<string[]> Maintained =
    [
        ["kratom", "ketum", "biak", "mitragyna speciosa"],
        ["opioid", "opiate"],
        ["opioids", "opiates"],
        ["7-OH", "7-hydroxymitragynine", "7OH", "7 hydroxy"],
        ["MG", "mitragynine"],
        ["pregnancy", "pregnant"],
    ];

    private readonly List<List<string[]>> _groups;

    public Synonyms(IEnumerable<IEnumerable<string>> groups, LuceneAnalyzer analyzer)
    {
        // Members are kept as analysed token sequences, so "7-OH" matches however it was typed (7-oh, 7 OH).
        _groups = [.. groups
            .Select(g => g.Select(member => Tokens.Analyze(analyzer, SearchFields.Body, member).ToArray()).Where(t => t.Length > 0).DistinctBy(t => string.Join(' ', t)).ToList())
            .Where(g => g.Count > 1)];
    }

    public static Synonyms For(IEnumerable<Compound> compounds, LuceneAnalyzer analyzer) =>
        new(Maintained.Concat(compounds.Where(c => c.Aliases.Count > 0).Select(c => (string[])[c.Name, .. c.Aliases])), analyzer);

    /// <summary>The longest synonym group member that starts at <paramref name="start"/> in the tokens, with its alternatives.</summary>
    public (int Length, IReadOnlyList<string[]> Alternatives)? MatchAt(IReadOnlyList<string> tokens, int start)
    {
        (int Length, IReadOnlyList<string[]> Alternatives)? best = null;
        foreach (var group in _groups)
        {
            foreach (var member in group)
            {
                if (member.Length <= (best?.Length ?? 0) || start + member.Length > tokens.Count)
                {
                    continue;
                }

                if (member.Select((t, i) => tokens[start + i] == t).All(x => x))
                {
                    best = (member.Length, group);
                }
            }
        }

        return best;
    }
}
