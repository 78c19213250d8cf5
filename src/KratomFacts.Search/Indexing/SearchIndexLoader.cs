using KratomFacts.Content.Catalog;
using KratomFacts.Search.Analysis;
using KratomFacts.Search.Documents;
using KratomFacts.Search.Querying;
using KratomFacts.Search.Suggestions;
using Lucene.Net.Store;

namespace KratomFacts.Search.Indexing;

/// <summary>How the index being served was obtained, for the start-up log.</summary>
public enum IndexSource
{
    Prebuilt,
    RebuiltStale,
    BuiltNoIndex,
}

public sealed record LoadedIndex(LuceneSearchIndex Index, IndexSource Source, string Message);

/// <summary>
/// Builds an index into a folder (for <c>build-index</c>), or opens the index the app will serve: the
/// prebuilt one when its manifest matches the content being served, otherwise one built in memory.
/// </summary>
public sealed class SearchIndexLoader(SearchDocumentBuilder documents, LuceneIndexWriter writer)
{
    public SearchIndexLoader()
        : this(new SearchDocumentBuilder(), new LuceneIndexWriter())
    {
    }

    public IndexManifest BuildToFolder(ContentCatalog catalog, string folder)
    {
        var luceneFolder = Path.Combine(folder, IndexManifest.LuceneFolder);
        System.IO.Directory.CreateDirectory(luceneFolder);
        using var directory = FSDirectory.Open(luceneFolder);
        var count = writer.Write(documents.Build(catalog), directory);
        var manifest = new IndexManifest(catalog.Fingerprint, SearchFields.SchemaVersion, DateTimeOffset.UtcNow, count);
        manifest.Write(folder);
        return manifest;
    }

    public LoadedIndex Load(ContentCatalog catalog, string? indexFolder)
    {
        if (string.IsNullOrWhiteSpace(indexFolder))
        {
            return InMemory(catalog, IndexSource.BuiltNoIndex, "No prebuilt search index configured (Search:IndexPath); built one in memory");
        }

        var manifest = IndexManifest.TryRead(indexFolder);
        var luceneFolder = Path.Combine(indexFolder, IndexManifest.LuceneFolder);
        if (manifest is null || !System.IO.Directory.Exists(luceneFolder))
        {
            return InMemory(catalog, IndexSource.RebuiltStale, $"No readable search index at {indexFolder}; built one in memory");
        }

        if (manifest.Fingerprint != catalog.Fingerprint || manifest.Schema != SearchFields.SchemaVersion)
        {
            return InMemory(catalog, IndexSource.RebuiltStale,
                $"The search index at {indexFolder} was built from different content (index {manifest.Fingerprint}, schema {manifest.Schema}; " +
                $"serving {catalog.Fingerprint}, schema {SearchFields.SchemaVersion}); rebuilt it in memory. Run build-index to refresh it");
        }

        // Copied into memory: fast under parallel searches, and the files stay read-only.
        using var onDisk = FSDirectory.Open(luceneFolder, NoLockFactory.GetNoLockFactory());
        var inMemory = new RAMDirectory(onDisk, IOContext.READ_ONCE);
        return new LoadedIndex(Open(inMemory, catalog), IndexSource.Prebuilt,
            $"Loaded prebuilt search index from {indexFolder}: {manifest.Documents} documents, built {manifest.BuiltAt:u}");
    }

    private LoadedIndex InMemory(ContentCatalog catalog, IndexSource source, string message)
    {
        var directory = new RAMDirectory();
        var count = writer.Write(documents.Build(catalog), directory);
        return new LoadedIndex(Open(directory, catalog), source, $"{message} ({count} documents)");
    }

    private static LuceneSearchIndex Open(Lucene.Net.Store.Directory directory, ContentCatalog catalog) =>
        new(directory, Synonyms.For(catalog.Alkaloids.Compounds, new SiteAnalyzer()), SuggestionList.From(catalog));
}
