using Lucene.Net.Search.Similarities;

namespace KratomFacts.Search.Analysis;

/// <summary>
/// BM25 with length normalisation suited to each field. Aliases are a list of separate phrases, so a page
/// with many aliases must not count as "long"; titles and headings are short by nature and are normalised
/// lightly. Lucene averages field length over all documents, including the many with no aliases, which
/// would otherwise punish every alias match.
/// </summary>
public sealed class SiteSimilarity : PerFieldSimilarityWrapper
{
    private readonly BM25Similarity _body = new();
    private readonly BM25Similarity _short = new(1.2f, 0.3f);
    private readonly BM25Similarity _list = new(1.2f, 0f);

    public override Similarity Get(string name) =>
        name.StartsWith(SearchFields.Aliases, StringComparison.Ordinal) ? _list
        : name.StartsWith(SearchFields.Body, StringComparison.Ordinal) ? _body
        : _short;
}
