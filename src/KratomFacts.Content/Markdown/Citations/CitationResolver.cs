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
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var places = new List<List<string>>();
        var works = new List<Citation>();
        foreach (var citation in document.Descendants<CitationInline>())
        {
            foreach (var reference in citation.References)
            {
                reference.Work = citations.Find(reference.Key);
                if (reference.Work is null)
                {
                    continue;
                }

                if (!numbers.TryGetValue(reference.Key, out var number))
                {
                    number = numbers.Count + 1;
                    numbers[reference.Key] = number;
                    places.Add([]);
                    works.Add(reference.Work);
                }

                reference.Number = number;
                reference.AnchorId = $"cite-{number}-{places[number - 1].Count + 1}";
                places[number - 1].Add(reference.AnchorId);
            }
        }

        return [.. works.Select((work, i) => new ReferenceEntry(i + 1, work, places[i]))];
    }
}
