using KratomFacts.Content;
using KratomFacts.Content.Catalog;
using KratomFacts.Search.Indexing;
using KratomFacts.TestSupport;

namespace KratomFacts.Search.Tests;

/// <summary>The repository's real content/ loaded once and indexed in memory, shared by a test class.</summary>
public sealed class RealContentIndex : IDisposable
{
    public RealContentIndex()
        : this(TestPaths.RealContent)
    {
    }

    private RealContentIndex(string content)
    {
        var result = ContentLoader.CreateDefault().Load(content);
        Catalog = result.Catalog ?? throw new InvalidOperationException(string.Join('\n', result.Diagnostics));
        Index = new SearchIndexLoader().Load(Catalog, null).Index;
    }

    public ContentCatalog Catalog { get; }

    public LuceneSearchIndex Index { get; }

    public void Dispose() => Index.Dispose();
}
