using KratomFacts.Content.Alkaloids;
using KratomFacts.Content.Markdown;
using KratomFacts.Web.Presentation.Charts;

namespace KratomFacts.Web.Presentation.Alkaloids;

/// <summary>The /alkaloids page: the sortable comparison table, the charts, and the reference list both cite into.</summary>
/// <param name="SortSummary">The current order in words.</param>
public sealed record AlkaloidTableView(
    ColumnHeader NameColumn,
    IReadOnlyList<ColumnHeader> Columns,
    IReadOnlyList<CompoundRow> Rows,
    string SortSummary,
    IReadOnlyList<BarChart> Charts,
    IReadOnlyList<ReferenceEntry> References);

public sealed record CompoundRow(Compound Compound, IReadOnlyList<PropertyCell> Cells);

/// <summary>A column heading that links to the table sorted by it.</summary>
/// <param name="SortUrl">Sorts by this column: ascending, or descending when it is already sorted ascending.</param>
/// <param name="SortHint">What following the link does, for screen readers ("sort lowest first").</param>
/// <param name="AriaSort">"ascending" or "descending" on the column the table is sorted by, else null.</param>
/// <param name="Indicator">A visible arrow on the sorted column.</param>
public sealed record ColumnHeader(string Key, string Label, string SortUrl, string SortHint, string? AriaSort, string? Indicator);
