using KratomFacts.Content.Citations;
using Markdig.Syntax;

namespace KratomFacts.Content.Markdown.Citations;

/// <summary>
/// Numbers a document's citations by first appearance and links each occurrence to its work, giving every
/// occurrence an id (<c>cite-3-2</c>: second place citing reference 3) for the reference list to link back to.
/// </summary>
public static class CitationResolver
{
    public static IReadOnlyList<ReferenceEntry> Resolve(MarkdownDocument document, CitationList citations)
    {
        var numbering = new ReferenceNumbering();
        foreach (var reference in document.Descendants<CitationInline>().SelectMany(c => c.References))
        {
            reference.Mark = citations.Find(reference.Key) is { } work ? numbering.Cite(work) : null;
        }

        return numbering.Entries();
    }
}
