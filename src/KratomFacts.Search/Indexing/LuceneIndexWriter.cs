using KratomFacts.Search.Analysis;
using KratomFacts.Search.Documents;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace KratomFacts.Search.Indexing;

/// <summary>Writes search documents into a Lucene directory with the site's schema and BM25 scoring.</summary>
public sealed class LuceneIndexWriter
{
    public int Write(IEnumerable<SearchDocument> documents, LuceneDirectory directory)
    {
        var config = new IndexWriterConfig(SiteAnalyzer.Version, new SiteAnalyzer())
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new SiteSimilarity(),
        };
        using var writer = new IndexWriter(directory, config);
        var count = 0;
        foreach (var document in documents)
        {
            writer.AddDocument(ToLucene(document));
            count++;
        }

        writer.ForceMerge(1);
        writer.Commit();
        return count;
    }

    private static Document ToLucene(SearchDocument d)
    {
        var doc = new Document
        {
            new StringField(SearchFields.Kind, d.Kind, Field.Store.YES),
            new StringField(SearchFields.Group, d.Group, Field.Store.YES),
            new StoredField(SearchFields.Url, d.Url),
            new StoredField(SearchFields.DisplayTitle, d.Title),
        };
        if (d.Section is not null)
        {
            doc.Add(new StoredField(SearchFields.Section, d.Section));
        }

        AddText(doc, SearchFields.Title, d.Title, Field.Store.NO);
        AddText(doc, SearchFields.Aliases, d.Aliases, Field.Store.NO);
        AddText(doc, SearchFields.Heading, d.Heading, Field.Store.NO);
        AddText(doc, SearchFields.Context, d.Context, Field.Store.NO);
        AddText(doc, SearchFields.Body, d.Body, Field.Store.YES); // stored: snippets quote the original text
        return doc;
    }

    private static void AddText(Document doc, string field, string value, Field.Store store)
    {
        if (value.Length == 0)
        {
            return;
        }

        doc.Add(new TextField(field, value, store));
        doc.Add(new TextField(SearchFields.Stemmed(field), value, Field.Store.NO));
    }
}
