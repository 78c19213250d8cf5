using KratomFacts.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneAnalyzer = Lucene.Net.Analysis.Analyzer;

namespace KratomFacts.Search.Querying;

/// <summary>
/// Builds Lucene queries from a plan, never from user syntax: the classic query parser is not used, so no
/// input can become a regex, a field query, a leading wildcard or a parse error.
/// </summary>
public sealed class LuceneQueryFactory(LuceneAnalyzer analyzer)
{
    private const float SynonymWeight = 0.8f;
    private const float StemWeight = 0.8f;
    private const float PrefixWeight = 0.6f;
    private const float FuzzyWeight = 0.6f;

    /// <summary>The search query: content words mostly required, common words only help ranking, phrases required.</summary>
    /// <param name="fuzzy">With typo-tolerant matching of single words, through this search's shared automata; null for exact words.</param>
    public Query Build(QueryPlan plan, FuzzyWords? fuzzy, bool relaxed = false)
    {
        var root = new BooleanQuery(disableCoord: true);
        var content = plan.ContentUnits.ToList();
        if (content.Count > 0)
        {
            var required = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = MinimumToMatch(content.Count, relaxed) };
            foreach (var unit in content)
            {
                required.Add(UnitQuery(unit, fuzzy), Occur.SHOULD);
            }

            root.Add(required, Occur.MUST);
        }

        foreach (var unit in plan.Units.Where(u => u.IsCommon))
        {
            root.Add(UnitQuery(unit, fuzzy: null), Occur.SHOULD);
        }

        foreach (var phrase in plan.Phrases)
        {
            root.Add(AcrossFields(phrase, 1f), Occur.MUST);
        }

        return root;
    }

    /// <summary>
    /// Prefix and fuzzy words in the highlight query become plain terms when it is rewritten, once per search,
    /// rather than once per snippet; a constant-score rewrite would hide the terms from the highlighter.
    /// </summary>
    private static readonly MultiTermQuery.RewriteMethod HighlightRewrite = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(64);

    /// <summary>The terms to mark in snippets, on the stemmed body field, so "withdrawals" marks "withdrawal" as written.</summary>
    public Query Highlight(QueryPlan plan, FuzzyWords? fuzzy)
    {
        var field = SearchFields.Stemmed(SearchFields.Body);
        var query = new BooleanQuery(disableCoord: true);
        // "is" and "an" marked all over a snippet hide the words that answer the question; they are marked only
        // when the question has nothing else.
        var marked = plan.Units.Where(u => !(u.IsSingleWord && QueryPlanner.IsStopWord(u.Typed[0]))).ToList();
        foreach (var unit in marked.Count > 0 ? marked : plan.Units)
        {
            foreach (var alternative in unit.Alternatives)
            {
                query.Add(Sequence(field, Stems(alternative), 1f), Occur.SHOULD);
            }

            if (unit.MayBeUnfinished && unit.Typed[0].Length >= 2)
            {
                query.Add(new PrefixQuery(new Term(field, unit.Typed[0])) { MultiTermRewriteMethod = HighlightRewrite }, Occur.SHOULD);
            }

            if (fuzzy is not null && unit.IsSingleWord && FuzzyEdits(unit.Typed[0]) is > 0 and var edits)
            {
                var tolerant = fuzzy.Query(SearchFields.Body, unit.Typed[0], edits);
                tolerant.MultiTermRewriteMethod = HighlightRewrite;
                query.Add(tolerant, Occur.SHOULD);
            }
        }

        foreach (var phrase in plan.Phrases)
        {
            query.Add(Sequence(field, Stems(phrase), 1f), Occur.SHOULD);
        }

        return query;
    }

    /// <summary>One edit for words of five letters or more, two for nine or more.</summary>
    public static int FuzzyEdits(string word) => word.Length >= 9 ? 2 : word.Length >= 5 ? 1 : 0;

    /// <summary>
    /// All content words of a short query, all but one of three or four, half of a long question (which
    /// carries words like "husband" that no page has). <paramref name="relaxed"/> asks for any one word.
    /// </summary>
    private static int MinimumToMatch(int contentUnits, bool relaxed) =>
        relaxed ? 1 : contentUnits <= 2 ? contentUnits : contentUnits <= 4 ? contentUnits - 1 : (int)Math.Ceiling(contentUnits * 0.5);

    /// <summary>The best-matching field counts most (title over aliases over headings over body), others a little.</summary>
    private DisjunctionMaxQuery UnitQuery(QueryUnit unit, FuzzyWords? fuzzy)
    {
        var best = new DisjunctionMaxQuery(0.3f);
        for (var i = 0; i < unit.Alternatives.Count; i++)
        {
            best.Add(AcrossFields(unit.Alternatives[i], i == 0 ? 1f : SynonymWeight));
        }

        var typed = unit.Typed;
        foreach (var (field, boost) in SearchFields.Weighted)
        {
            if (unit.MayBeUnfinished && typed[0].Length >= 2)
            {
                best.Add(new PrefixQuery(new Term(field, typed[0])) { Boost = boost * PrefixWeight });
            }

            if (fuzzy is not null && unit.IsSingleWord && FuzzyEdits(typed[0]) is > 0 and var edits)
            {
                var tolerant = fuzzy.Query(field, typed[0], edits);
                tolerant.Boost = boost * FuzzyWeight;
                best.Add(tolerant);
            }
        }

        return best;
    }

    private DisjunctionMaxQuery AcrossFields(string[] words, float weight)
    {
        var stems = Stems(words);
        var query = new DisjunctionMaxQuery(0.3f);
        foreach (var (field, boost) in SearchFields.Weighted)
        {
            query.Add(Sequence(field, words, boost * weight));
            query.Add(Sequence(SearchFields.Stemmed(field), stems, boost * weight * StemWeight));
        }

        return query;
    }

    private static Query Sequence(string field, string[] words, float boost)
    {
        if (words.Length == 1)
        {
            return new TermQuery(new Term(field, words[0])) { Boost = boost };
        }

        var phrase = new PhraseQuery { Boost = boost };
        foreach (var word in words)
        {
            phrase.Add(new Term(field, word));
        }

        return phrase;
    }

    private string[] Stems(string[] words) =>
        [.. words.Select(w => Tokens.Analyze(analyzer, SearchFields.Stemmed(SearchFields.Body), w, 1).FirstOrDefault() ?? w)];
}
