using System.Net;
using KratomFacts.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using LuceneAnalyzer = Lucene.Net.Analysis.Analyzer;

namespace KratomFacts.Search.Querying;

/// <summary>
/// Snippets quote the stored original text around the best matches, with the matched words marked as the
/// text has them (offsets come from the analyzer, so stems never show). The text is HTML-escaped; only
/// &lt;mark&gt; is markup.
/// </summary>
public sealed class SnippetMaker(LuceneAnalyzer analyzer)
{
    private const int FragmentLength = 180;
    private const int FallbackLength = 220;

    public string Make(string text, Query highlight, IndexReader reader)
    {
        if (text.Length == 0)
        {
            return "";
        }

        var field = SearchFields.Stemmed(SearchFields.Body);
        var scorer = new QueryScorer(highlight, reader, field) { ExpandMultiTermQuery = true };
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentLength),
            MaxDocCharsToAnalyze = 50_000,
        };
        using var tokens = analyzer.GetTokenStream(field, text);
        var fragments = highlighter.GetBestFragments(tokens, text, 2)
            .Select(f => f.Trim())
            .Where(f => f.Length > 0)
            .ToList();
        return fragments.Count > 0 ? string.Join(" … ", fragments) : Opening(text);
    }

    /// <summary>With no match in the body (a title match), the start of the text, cut at a word.</summary>
    private static string Opening(string text)
    {
        if (text.Length <= FallbackLength)
        {
            return WebUtility.HtmlEncode(text);
        }

        var cut = text.LastIndexOf(' ', FallbackLength);
        return WebUtility.HtmlEncode(text[..(cut > 0 ? cut : FallbackLength)]) + " …";
    }
}
