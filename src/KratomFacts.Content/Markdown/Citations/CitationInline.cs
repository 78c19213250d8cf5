using KratomFacts.Content.Citations;
using Markdig.Syntax.Inlines;

namespace KratomFacts.Content.Markdown.Citations;

/// <summary>A Pandoc-style citation in the text: <c>[@id]</c> or <c>[@a; @b]</c>.</summary>
public sealed class CitationInline : LeafInline
{
    public required IReadOnlyList<CitationReference> References { get; init; }
}

/// <summary>One key of a citation, resolved against the document's citation list after parsing.</summary>
public sealed class CitationReference
{
    public required string Key { get; init; }

    /// <summary>0-based line and column of the key in the markdown body, for error messages.</summary>
    public required int Line { get; init; }

    public required int Column { get; init; }

    /// <summary>
    /// The cited work with its number and this occurrence's id, or null when the key is not in the
    /// document's citations (a content error).
    /// </summary>
    public CitationMark? Mark { get; set; }
}
