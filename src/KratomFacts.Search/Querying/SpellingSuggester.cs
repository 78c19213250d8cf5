using KratomFacts.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KratomFacts.Search.Querying;

/// <summary>
/// "Did you mean": for each word the index has never seen, the closest indexed word (by edit distance, then
/// how common it is), found with Lucene's fuzzy term enumeration rather than a hand-written speller.
/// </summary>
public sealed class SpellingSuggester(IndexReader reader)
{
    private static readonly string[] Fields = [SearchFields.Title, SearchFields.Aliases, SearchFields.Heading, SearchFields.Body];

    public string? Suggest(QueryPlan plan, FuzzyWords fuzzy)
    {
        var changed = false;
        var words = new List<string>();
        foreach (var unit in plan.Units)
        {
            var typed = string.Join(' ', unit.Typed);
            var correction = unit is { IsSingleWord: true, IsCommon: false } && !IsKnown(unit.Typed[0], unit.MayBeUnfinished)
                ? Closest(unit.Typed[0], fuzzy)
                : null;
            changed |= correction is not null;
            words.Add(correction ?? typed);
        }

        return changed ? string.Join(' ', words.Concat(plan.Phrases.Select(p => $"\"{string.Join(' ', p)}\""))) : null;
    }

    /// <summary>A word the index holds; for a word still being typed, also the start of one.</summary>
    private bool IsKnown(string word, bool mayBeUnfinished) =>
        Fields.Any(f => reader.DocFreq(new Term(f, word)) > 0 || mayBeUnfinished && HasPrefix(f, word));

    private bool HasPrefix(string field, string prefix)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return false;
        }

        var iterator = terms.GetEnumerator();
        var target = new Lucene.Net.Util.BytesRef(prefix);
        return iterator.SeekCeil(target) != TermsEnum.SeekStatus.END && Lucene.Net.Util.StringHelper.StartsWith(iterator.Term, target);
    }

    private string? Closest(string word, FuzzyWords fuzzy)
    {
        var edits = Math.Max(1, LuceneQueryFactory.FuzzyEdits(word));
        if (word.Length < 4)
        {
            return null;
        }

        string? best = null;
        var bestScore = (Similarity: 0f, Frequency: 0);
        foreach (var field in Fields)
        {
            if (fuzzy.Query(field, word, edits, prefixLength: 1).Rewrite(reader) is not BooleanQuery candidates)
            {
                continue;
            }

            foreach (var clause in candidates.Clauses)
            {
                if (clause.Query is not TermQuery term)
                {
                    continue;
                }

                var score = (term.Boost, reader.DocFreq(term.Term));
                if (score.Boost > bestScore.Similarity || score.Boost == bestScore.Similarity && score.Item2 > bestScore.Frequency)
                {
                    best = term.Term.Text;
                    bestScore = (score.Boost, score.Item2);
                }
            }
        }

        return best;
    }
}
