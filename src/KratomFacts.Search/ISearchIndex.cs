namespace KratomFacts.Search;

/// <summary>
/// The site's search, as the rest of the app sees it. Kept small and engine-neutral (documents with
/// title, aliases, heading and body fields, analysed plain and stemmed) so a larger deployment could put
/// OpenSearch or Elasticsearch behind the same interface.
/// </summary>
public interface ISearchIndex
{
    SearchResponse Search(SearchRequest request);

    IReadOnlyList<string> Suggest(string prefix, int limit);

    /// <summary>How many documents the index holds (sections, myths, compounds, references).</summary>
    int DocumentCount { get; }
}

/// <param name="Query">The text as the reader typed it.</param>
/// <param name="Offset">Results to skip (paging).</param>
/// <param name="Limit">Results to return.</param>
public sealed record SearchRequest(string Query, int Offset = 0, int Limit = 10);

/// <param name="Total">Matching results after grouping, across all pages.</param>
/// <param name="Suggestion">A corrected query when the given one looks misspelt, else null.</param>
public sealed record SearchResponse(string Query, int Total, IReadOnlyList<SearchHit> Results, string? Suggestion)
{
    public static SearchResponse Empty(string query) => new(query, 0, [], null);
}

/// <param name="Section">The heading of the section matched, or null when the match is the page itself.</param>
/// <param name="Url">Where the result lands: a page, or a section of it (<c>#anchor</c>).</param>
/// <param name="Kind">article, myth, alkaloid or reference.</param>
/// <param name="Snippet">HTML-escaped text in which only &lt;mark&gt; is markup.</param>
public sealed record SearchHit(string Title, string? Section, string Url, string Kind, string Snippet, float Score);
