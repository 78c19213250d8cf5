using KratomFacts.Content.Alkaloids;
using KratomFacts.Content.Articles;
using KratomFacts.Content.Catalog;
using KratomFacts.Content.Citations;
using KratomFacts.Content.Myths;

namespace KratomFacts.Search.Documents;

/// <summary>
/// Turns the catalog into search documents: per section rather than per page, the current version of each
/// article only, so a hit lands on the paragraph that answers the question.
/// </summary>
public sealed class SearchDocumentBuilder
{
    public IEnumerable<SearchDocument> Build(ContentCatalog catalog)
    {
        foreach (var article in catalog.Articles)
        {
            foreach (var document in ForArticle(article))
            {
                yield return document;
            }
        }

        foreach (var myth in catalog.Myths)
        {
            yield return ForMyth(myth);
        }

        foreach (var compound in catalog.Alkaloids.Compounds)
        {
            yield return ForCompound(compound);
        }

        foreach (var work in catalog.References)
        {
            yield return ForWork(work);
        }
    }

    private static IEnumerable<SearchDocument> ForArticle(Article article)
    {
        var current = article.Current;
        var group = "article:" + article.Slug;
        var aliases = string.Join(" \n", current.Aliases.Concat(current.Tags));

        // The page itself: a title or alias match lands at the top of the page.
        yield return new SearchDocument("article", group, article.Url, current.Title, null, aliases, "", "", current.Summary);

        foreach (var section in current.Document.Sections)
        {
            var body = string.Join(" \n", section.Paragraphs);
            if (body.Length == 0)
            {
                continue;
            }

            var url = section.Id is null ? article.Url : $"{article.Url}#{section.Id}";
            yield return new SearchDocument("article", group, url, current.Title, section.Heading?.Text, "", section.Heading?.Text ?? "", current.Title, body);
        }
    }

    private static SearchDocument ForMyth(Myth myth) =>
        new("myth", "myth:" + myth.Slug, myth.Url, myth.Claim, null, string.Join(" \n", myth.Tags), myth.Answer, "myth fact " + myth.Verdict.Label(),
            string.Join(" \n", myth.Document.Paragraphs));

    private static SearchDocument ForCompound(Compound compound)
    {
        var values = compound.Properties.SelectMany(p => p.Values.Select(v => $"{p.Definition.Label}: {v.Value}{(v.Note is null ? "" : " (" + v.Note + ")")}"));
        return new("alkaloid", "alkaloid:" + compound.Slug, compound.Url, compound.Name, null, string.Join(" \n", compound.Aliases),
            compound.Summary ?? "", compound.Kind.Label(), string.Join(" \n", values));
    }

    private static SearchDocument ForWork(CitedWork work)
    {
        var c = work.Citation;
        // All cited works share one group: they live on one page, which must not flood the results.
        return new("reference", "references", work.Url, c.Title, null, "", "",
            c.Evidence.Label(), CitationFormatter.Vancouver(c));
    }
}
