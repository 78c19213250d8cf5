using KratomFacts.Search.Analysis;
using KratomFacts.Search.Querying;
using KratomFacts.Search.Suggestions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace KratomFacts.Search;

/// <summary>
/// The search over one opened Lucene index. One reader and one searcher are opened once and shared by
/// every request (both are thread-safe); nothing is opened per query.
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex, IDisposable
{
    /// <summary>Enough hits to group and page through; beyond this a reader refines the query.</summary>
    private const int MaxCollected = 1000;

    /// <summary>No page floods the results: at most this many hits per article, myth or compound.</summary>
    private const int MaxPerGroup = 2;

    /// <summary>When the exact words find fewer results than this, typo-tolerant matching is tried.</summary>
    private const int FewResults = 3;

    private readonly LuceneDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly string[] _groupByDoc;
    private readonly float[] _weightByDoc;
    private readonly QueryPlanner _planner;
    private readonly LuceneQueryFactory _queries;
    private readonly SpellingSuggester _speller;
    private readonly SnippetMaker _snippets;
    private readonly SuggestionList _suggestions;

    public LuceneSearchIndex(LuceneDirectory directory, Synonyms synonyms, SuggestionList suggestions)
    {
        var analyzer = new SiteAnalyzer();
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new SiteSimilarity() };
        (_groupByDoc, _weightByDoc) = ReadGroupsAndWeights(_reader);
        _planner = new QueryPlanner(analyzer, synonyms, IsFrequent);
        _queries = new LuceneQueryFactory(analyzer);
        _speller = new SpellingSuggester(_reader);
        _snippets = new SnippetMaker(analyzer);
        _suggestions = suggestions;
    }

    public int DocumentCount => _reader.NumDocs;

    /// <summary>A word in more than half of all documents says little about which one a reader wants.</summary>
    private bool IsFrequent(string word) => _reader.DocFreq(new Term(SearchFields.Body, word)) * 2 > _reader.NumDocs;

    public SearchResponse Search(SearchRequest request)
    {
        var plan = _planner.Plan(QueryText.Parse(request.Query));
        if (plan.IsEmpty)
        {
            return SearchResponse.Empty(request.Query);
        }

        // Exact words first; with few results, the spelling correction's exact words, then typo-tolerant
        // matching; with still nothing, any one content word.
        var fuzzyWords = new FuzzyWords();
        var suggestion = _speller.Suggest(plan, fuzzyWords);
        var (hits, shown, fuzzy) = (Grouped(_queries.Build(plan, fuzzy: null)), plan, (FuzzyWords?)null);
        if (hits.Count < FewResults && suggestion is not null)
        {
            var corrected = _planner.Plan(QueryText.Parse(suggestion));
            var better = Grouped(_queries.Build(corrected, fuzzy: null));
            if (better.Count > hits.Count)
            {
                (hits, shown) = (better, corrected);
            }
        }

        if (hits.Count < FewResults && plan.Units.Any(u => u.IsSingleWord && LuceneQueryFactory.FuzzyEdits(u.Typed[0]) > 0))
        {
            var tolerant = Grouped(_queries.Build(plan, fuzzyWords));
            if (tolerant.Count > hits.Count)
            {
                (hits, shown, fuzzy) = (tolerant, plan, fuzzyWords);
            }
        }

        if (hits.Count == 0 && plan.ContentUnits.Count() > 1)
        {
            hits = Grouped(_queries.Build(plan, fuzzy, relaxed: true));
        }

        // Rewritten once here, so each snippet's highlighter finds plain terms rather than expanding them again.
        var highlight = _searcher.Rewrite(_queries.Highlight(shown, fuzzy));
        var page = hits
            .Skip(Math.Max(0, request.Offset))
            .Take(Math.Max(0, request.Limit))
            .Select(hit => ToHit(hit, highlight))
            .ToList();
        return new SearchResponse(request.Query, hits.Count, page, suggestion);
    }

    public IReadOnlyList<string> Suggest(string prefix, int limit) => _suggestions.Complete(prefix, limit);

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private List<ScoreDoc> Grouped(Query query)
    {
        var perGroup = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<ScoreDoc>();
        var weighted = _searcher.Search(query, MaxCollected).ScoreDocs
            .Select(hit => new ScoreDoc(hit.Doc, hit.Score * _weightByDoc[hit.Doc]))
            .OrderByDescending(hit => hit.Score)
            .ThenBy(hit => hit.Doc);
        foreach (var hit in weighted)
        {
            var group = _groupByDoc[hit.Doc];
            var count = perGroup.GetValueOrDefault(group);
            if (count < MaxPerGroup)
            {
                perGroup[group] = count + 1;
                kept.Add(hit);
            }
        }

        return kept;
    }

    private SearchHit ToHit(ScoreDoc hit, Query highlight)
    {
        var doc = _searcher.Doc(hit.Doc);
        return new SearchHit(
            doc.Get(SearchFields.DisplayTitle),
            doc.Get(SearchFields.Section),
            doc.Get(SearchFields.Url),
            doc.Get(SearchFields.Kind),
            _snippets.Make(doc.Get(SearchFields.Body) ?? "", highlight, _reader),
            MathF.Round(hit.Score, 3));
    }

    /// <summary>Each document's group and kind weight, read once at open so no query reads stored fields to rank.</summary>
    private static (string[] Groups, float[] Weights) ReadGroupsAndWeights(DirectoryReader reader)
    {
        var fields = new HashSet<string> { SearchFields.Group, SearchFields.Kind };
        var groups = new string[reader.MaxDoc];
        var weights = new float[reader.MaxDoc];
        for (var i = 0; i < reader.MaxDoc; i++)
        {
            var doc = reader.Document(i, fields);
            groups[i] = doc.Get(SearchFields.Group) ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            weights[i] = KindWeight(doc.Get(SearchFields.Kind));
        }

        return (groups, weights);
    }

    /// <summary>
    /// Articles answer questions; myths and compounds are close behind; a cited work's title is dense with
    /// keywords but is rarely what a reader wants first.
    /// </summary>
    private static float KindWeight(string? kind) => kind switch
    {
        "article" => 1f,
        "myth" => 0.8f,
        "alkaloid" => 0.9f,
        _ => 0.3f,
    };
}
