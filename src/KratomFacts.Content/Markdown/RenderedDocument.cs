using KratomFacts.Content.Citations;

namespace KratomFacts.Content.Markdown;

/// <summary>A markdown body rendered once, split into sections at its headings.</summary>
public sealed record RenderedDocument(IReadOnlyList<Section> Sections, IReadOnlyList<ReferenceEntry> References)
{
    public Section? FindSection(string id) => Sections.FirstOrDefault(s => s.Id == id);

    public IEnumerable<Section> HeadedSections => Sections.Where(s => s.Id is not null);

    public IEnumerable<string> Paragraphs => Sections.SelectMany(s => s.Heading is null ? s.Paragraphs : s.Paragraphs.Prepend(s.Heading.Text));
}

/// <summary>
/// The text under one heading, up to the next heading of any level. The part before the first heading
/// is a section with no heading.
/// </summary>
public sealed record Section(SectionHeading? Heading, string Html, IReadOnlyList<string> Paragraphs)
{
    public string? Id => Heading?.Id;

    /// <summary>Heading and paragraphs as plain text: what "has this section changed?" compares.</summary>
    public string ComparableText => string.Join("\n", Heading is null ? Paragraphs : Paragraphs.Prepend(Heading.Text));
}

/// <param name="Level">2 for <c>##</c>, 3 for <c>###</c>, ...</param>
/// <param name="Html">The heading's inline content as HTML (emphasis, code, citations).</param>
/// <param name="Text">The heading's words without markup.</param>
public sealed record SectionHeading(string Id, int Level, string Html, string Text);

/// <summary>A numbered entry of a document's reference list, with the ids of every place that cites it.</summary>
public sealed record ReferenceEntry(int Number, Citation Citation, IReadOnlyList<string> CitedAt);
