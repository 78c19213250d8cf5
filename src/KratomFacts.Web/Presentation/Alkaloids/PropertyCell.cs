using KratomFacts.Content.Alkaloids;
using KratomFacts.Content.Citations;
using KratomFacts.Content.Markdown;

namespace KratomFacts.Web.Presentation.Alkaloids;

/// <summary>One value as a page shows it: what the source reports, its note, and its numbered citations.</summary>
public sealed record CitedValue(string Value, string? Note, IReadOnlyList<CitationMark> Marks);

/// <summary>Every value of one property of one compound. Empty when no source reports the property for it.</summary>
public sealed record PropertyCell(PropertyDefinition Property, IReadOnlyList<CitedValue> Values)
{
    public bool IsEmpty => Values.Count == 0;

    /// <summary>More than one value: the sources disagree, and the page shows each rather than picking one.</summary>
    public bool SourcesDisagree => Values.Count > 1;

    /// <summary>The values alone, order aside: two cells with the same key report the same thing.</summary>
    public string ComparisonKey => string.Join("\n", Values.Select(v => v.Value).Order(StringComparer.Ordinal));
}

/// <summary>
/// Turns compound properties into cells, numbering their citations on one page's reference list in the order
/// the cells are asked for: build cells in reading order and the numbers run 1, 2, 3 down the page.
/// </summary>
public sealed class CellCiter(AlkaloidTable table)
{
    private readonly ReferenceNumbering _numbering = new();

    public PropertyCell Cell(Compound compound, PropertyDefinition property) =>
        new(property, compound.Property(property.Key) is { } found ? [.. found.Values.Select(Cite)] : []);

    /// <summary>The numbered reference list of everything cited so far.</summary>
    public IReadOnlyList<ReferenceEntry> References => _numbering.Entries();

    /// <summary>Numbers a value's citations; the reader checked every id, so each resolves.</summary>
    public IReadOnlyList<CitationMark> Marks(IEnumerable<string> citeIds) =>
        [.. citeIds.Select(id => _numbering.Cite(table.Citation(id)!))];

    /// <summary>The work's number on this page, for a label that names its source without being a citing place.</summary>
    public int NumberOf(Citation work) => _numbering.Number(work);

    private CitedValue Cite(PropertyValue value) => new(value.Value, value.Note, Marks(value.Cite));
}
