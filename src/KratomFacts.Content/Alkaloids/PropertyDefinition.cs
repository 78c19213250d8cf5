namespace KratomFacts.Content.Alkaloids;

/// <summary>A property the comparison table knows: its key in alkaloids.yaml, its column label, and whether it is numeric.</summary>
/// <param name="Unit">For numeric properties, the unit the chart axis shows ("x morphine", "hours").</param>
public sealed record PropertyDefinition(string Key, string Label, bool Numeric = false, string? Unit = null);

/// <summary>
/// The fixed set of properties, in display order. A fixed list (rather than free keys) is what lets
/// <c>check</c> catch a misspelt property and lets the table line up the same column across compounds.
/// </summary>
public static class PropertyCatalog
{
    public static IReadOnlyList<PropertyDefinition> All { get; } =
    [
        new("share_of_leaf_alkaloids", "Share of the leaf's alkaloids"),
        new("amount_in_leaf", "Amount in leaf or products (by weight)"),
        new("mu_opioid_action", "Action at the mu-opioid receptor"),
        new("kappa_delta_action", "Action at kappa and delta opioid receptors"),
        new("beta_arrestin", "Beta-arrestin recruitment"),
        new("other_receptors", "Other receptors"),
        new("potency_vs_morphine", "Mu-opioid potency relative to morphine", Numeric: true, Unit: "times morphine"),
        new("half_life_hours", "Half-life (hours)", Numeric: true, Unit: "hours"),
        new("time_to_peak_hours", "Time to peak blood level (hours)", Numeric: true, Unit: "hours"),
        new("formation", "How it forms or is broken down in the body"),
        new("animal_findings", "Findings in animals"),
    ];

    public static PropertyDefinition? Find(string key) => All.FirstOrDefault(p => p.Key == key);

    public static int IndexOf(PropertyDefinition definition) => All.ToList().IndexOf(definition);
}
