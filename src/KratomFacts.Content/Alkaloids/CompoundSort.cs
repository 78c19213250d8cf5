namespace KratomFacts.Content.Alkaloids;

public enum SortDirection
{
    Ascending,
    Descending,
}

/// <summary>
/// An order for the comparison table: by name, or by one property. Numeric properties order by the lowest
/// value any source reports (the low end of a range), text properties alphabetically by their first value;
/// compounds without the property come last in either direction, in the data file's order, because a gap is
/// not a small value.
/// </summary>
public sealed record CompoundSort(string Key, SortDirection Direction)
{
    public const string NameKey = "name";

    /// <summary>The keys a table can sort by: <c>name</c> and every property key.</summary>
    public static IEnumerable<string> Keys => PropertyCatalog.All.Select(p => p.Key).Prepend(NameKey);

    public static string DirectionSlug(SortDirection direction) => direction == SortDirection.Ascending ? "asc" : "desc";

    /// <summary>Reads <c>sort</c> and <c>dir</c> as a query gives them; null with a reason when either is not one we know.</summary>
    public static CompoundSort? Parse(string key, string? direction, out string? problem)
    {
        problem = null;
        if (key != NameKey && PropertyCatalog.Find(key) is null)
        {
            problem = $"The table cannot be sorted by \"{DisplayText.Shorten(key)}\". It sorts by name or by a column: {string.Join(", ", Keys)}.";
            return null;
        }

        switch (direction)
        {
            case null or "asc":
                return new CompoundSort(key, SortDirection.Ascending);
            case "desc":
                return new CompoundSort(key, SortDirection.Descending);
            default:
                problem = $"The sort direction \"{DisplayText.Shorten(direction)}\" is not one we know: use asc (lowest first) or desc (highest first).";
                return null;
        }
    }

    public IReadOnlyList<Compound> Apply(IReadOnlyList<Compound> compounds)
    {
        if (Key == NameKey)
        {
            return Directed(compounds, c => c.Name, StringComparer.OrdinalIgnoreCase);
        }

        var definition = PropertyCatalog.Find(Key)!;
        var having = compounds.Where(c => c.Property(Key) is not null).ToList();
        var lacking = compounds.Where(c => c.Property(Key) is null);
        IReadOnlyList<Compound> ordered = definition.Numeric
            ? Directed(having, c => LowestValue(c.Property(Key)!), Comparer<double>.Default)
            : Directed(having, c => c.Property(Key)!.Values[0].Value, StringComparer.OrdinalIgnoreCase);
        return [.. ordered, .. lacking];
    }

    /// <summary>Orders by the key in this sort's direction; ties stay in name order either way.</summary>
    private IReadOnlyList<Compound> Directed<TKey>(IEnumerable<Compound> compounds, Func<Compound, TKey> key, IComparer<TKey> comparer) =>
        [.. (Direction == SortDirection.Ascending ? compounds.OrderBy(key, comparer) : compounds.OrderByDescending(key, comparer))
            .ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)];

    private static double LowestValue(CompoundProperty property) =>
        property.Values.Select(v => v.NumericRange?.Low).OfType<double>().DefaultIfEmpty(double.MaxValue).Min();
}
