using KratomFacts.Content.Alkaloids;
using KratomFacts.Content.Catalog;
using KratomFacts.Content.Markdown;

namespace KratomFacts.Web.Presentation.Alkaloids;

/// <summary>One compound's page: every property it has, with sources, and where the site mentions it.</summary>
public sealed record CompoundView(Compound Compound, IReadOnlyList<PropertyCell> Properties, IReadOnlyList<ReferenceEntry> References, CompoundMentions Mentions)
{
    /// <summary>Other names, as a reader would list them.</summary>
    public string? AlsoCalled => Compound.Aliases.Count > 0 ? string.Join(", ", Compound.Aliases) : null;

    public static CompoundView Build(AlkaloidTable table, Compound compound, CompoundMentions mentions)
    {
        var citer = new CellCiter(table);
        var cells = compound.Properties.Select(p => citer.Cell(compound, p.Definition)).ToList();
        return new CompoundView(compound, cells, citer.References, mentions);
    }
}

/// <summary>Chosen compounds side by side: one row per property any of them has, in the table's column order.</summary>
public sealed record CompoundComparison(IReadOnlyList<Compound> Compounds, IReadOnlyList<ComparisonRow> Rows, IReadOnlyList<ReferenceEntry> References)
{
    /// <summary>"Mitragynine, 7-Hydroxymitragynine, Morphine": for the title and caption.</summary>
    public string Names => string.Join(", ", Compounds.Select(c => c.Name));

    public static CompoundComparison Build(AlkaloidTable table, IReadOnlyList<Compound> compounds)
    {
        var citer = new CellCiter(table);
        var rows = PropertyCatalog.All
            .Where(p => compounds.Any(c => c.Property(p.Key) is not null))
            .Select(p => new ComparisonRow(p, [.. compounds.Select(c => citer.Cell(c, p))]))
            .ToList();
        return new CompoundComparison(compounds, rows, citer.References);
    }
}

/// <summary>One property across the chosen compounds.</summary>
public sealed record ComparisonRow(PropertyDefinition Property, IReadOnlyList<PropertyCell> Cells)
{
    /// <summary>The compounds report different values (or one has a value and another none): the row a reader should look at.</summary>
    public bool Differs => Cells.Select(c => c.ComparisonKey).Distinct(StringComparer.Ordinal).Skip(1).Any();
}
