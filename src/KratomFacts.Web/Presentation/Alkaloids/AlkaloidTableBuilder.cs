using KratomFacts.Content.Alkaloids;
using KratomFacts.Content.Citations;
using KratomFacts.Web.Presentation.Charts;

namespace KratomFacts.Web.Presentation.Alkaloids;

/// <summary>
/// Builds the comparison table in the requested order: one column per property any compound has, citations
/// numbered as a reader meets them (row by row, left to right), then the charts, whose labels reuse those numbers.
/// </summary>
public sealed class AlkaloidTableBuilder(BarChartBuilder charts)
{
    public const string PageUrl = "/alkaloids";

    /// <summary>The charts the data supports: what they show and the caveat a reader needs.</summary>
    private static readonly (string Key, string Title, string Introduction)[] ChartedProperties =
    [
        ("potency_vs_morphine", "Mu-opioid potency relative to morphine",
            "Mu-opioid potency relative to morphine (1 means as potent as morphine), one bar per reported value. These are laboratory measurements, not the strength of a dose in people."),
        ("half_life_hours", "Half-life in hours, as reported",
            "Half-life in hours, one bar per reported value or range. Studies differ in dose, people and method, so the figures differ."),
    ];

    public AlkaloidTableView Build(AlkaloidTable table, CompoundSort? sort)
    {
        var columns = PropertyCatalog.All.Where(p => table.Compounds.Any(c => c.Property(p.Key) is not null)).ToList();
        var ordered = sort?.Apply(table.Compounds) ?? table.Compounds;
        var citer = new CellCiter(table);
        var rows = ordered.Select(c => new CompoundRow(c, [.. columns.Select(p => citer.Cell(c, p))])).ToList();
        var chartList = ChartedProperties
            .Select(chart => (chart, Definition: PropertyCatalog.Find(chart.Key)!))
            .Where(x => columns.Contains(x.Definition))
            .Select(x => BuildChart(table, x.Definition, x.chart.Title, x.chart.Introduction, citer))
            .ToList();
        return new AlkaloidTableView(
            Header(CompoundSort.NameKey, "Compound", numeric: false, sort),
            [.. columns.Select(p => Header(p.Key, p.Label, p.Numeric, sort))],
            rows,
            Summary(sort),
            chartList,
            citer.References);
    }

    private BarChart BuildChart(AlkaloidTable table, PropertyDefinition property, string title, string introduction, CellCiter citer)
    {
        var unit = property.Unit ?? "";
        var data = new List<ChartDatum>();
        foreach (var compound in table.Compounds)
        {
            var name = compound.IsReferenceOpioid ? $"{compound.Name} (reference opioid)" : compound.Name;
            foreach (var value in compound.Property(property.Key)?.Values ?? [])
            {
                if (value.NumericRange is not { } range)
                {
                    continue;
                }

                var works = value.Cite.Select(id => table.Citation(id)!).ToList();
                var numbers = string.Join(", ", works.Select(w => citer.NumberOf(w)));
                var sources = string.Join("; ", works.Select(CitationFormatter.AuthorYear));
                data.Add(new ChartDatum(
                    $"{name}: {value.Value} {unit} — [{numbers}] {sources}",
                    $"{name}: {value.Value} {unit}, from {sources} (reference {numbers}).",
                    range.Low, range.High, compound.IsReferenceOpioid));
            }
        }

        return charts.Build("chart-" + property.Key.Replace('_', '-'), title, introduction, unit, data);
    }

    private static ColumnHeader Header(string key, string label, bool numeric, CompoundSort? sort)
    {
        var sorted = sort?.Key == key ? sort.Direction : (SortDirection?)null;
        var next = sorted == SortDirection.Ascending ? SortDirection.Descending : SortDirection.Ascending;
        var hint = (numeric, next) switch
        {
            (true, SortDirection.Ascending) => "sort lowest first",
            (true, _) => "sort highest first",
            (false, SortDirection.Ascending) => "sort A to Z",
            _ => "sort Z to A",
        };
        return new ColumnHeader(key, label, $"{PageUrl}?sort={key}&dir={CompoundSort.DirectionSlug(next)}", hint,
            sorted switch { SortDirection.Ascending => "ascending", SortDirection.Descending => "descending", _ => null },
            sorted switch { SortDirection.Ascending => "▲", SortDirection.Descending => "▼", _ => null });
    }

    private static string Summary(CompoundSort? sort)
    {
        if (sort is null)
        {
            return "In the order of the data file: kratom alkaloids first, then metabolites and reference opioids as listed. Select a column heading to sort by it.";
        }

        if (sort.Key == CompoundSort.NameKey)
        {
            return $"Sorted by name, {(sort.Direction == SortDirection.Ascending ? "A to Z" : "Z to A")}.";
        }

        var property = PropertyCatalog.Find(sort.Key)!;
        var how = property.Numeric
            ? $"{(sort.Direction == SortDirection.Ascending ? "lowest" : "highest")} first, by the lowest value any source reports"
            : $"{(sort.Direction == SortDirection.Ascending ? "A to Z" : "Z to A")} by the first value listed";
        return $"Sorted by {property.Label.ToLowerInvariant()}, {how}. Compounds with no value for it come last.";
    }
}
