using KratomFacts.Content.Citations;

namespace KratomFacts.Content.Alkaloids;

public enum CompoundKind
{
    KratomAlkaloid,
    Metabolite,
    ReferenceOpioid,
}

/// <summary>The comparison data: compounds with sourced properties, and the works behind them.</summary>
public sealed record AlkaloidTable(IReadOnlyList<Citation> Citations, IReadOnlyList<Compound> Compounds)
{
    public static readonly AlkaloidTable Empty = new([], []);

    public Compound? Find(string slug) => Compounds.FirstOrDefault(c => c.Slug == slug);

    public Citation? Citation(string id) => Citations.FirstOrDefault(c => c.Id == id);
}

public sealed record Compound(
    string Slug,
    string Name,
    CompoundKind Kind,
    IReadOnlyList<string> Aliases,
    string? Summary,
    IReadOnlyList<CompoundProperty> Properties)
{
    public string Url => $"/alkaloids/{Slug}";

    /// <summary>A reference opioid such as morphine: shown for scale, set apart because it is not in kratom.</summary>
    public bool IsReferenceOpioid => Kind == CompoundKind.ReferenceOpioid;

    public CompoundProperty? Property(string key) => Properties.FirstOrDefault(p => p.Definition.Key == key);

    /// <summary>Names a reader might use for this compound: name, slug and aliases.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Name);
}

/// <summary>One property of one compound. More than one value means the sources disagree; the site shows all.</summary>
public sealed record CompoundProperty(PropertyDefinition Definition, IReadOnlyList<PropertyValue> Values)
{
    public bool SourcesDisagree => Values.Count > 1;
}

/// <param name="Value">What the source reports, in a few words.</param>
/// <param name="Note">Population, assay or species, and any caveat.</param>
/// <param name="Cite">Ids of the works in <see cref="AlkaloidTable.Citations"/>.</param>
public sealed record PropertyValue(string Value, string? Note, IReadOnlyList<string> Cite)
{
    /// <summary>The value as a number range for charts: "17" is 17-17, "3-9" is 3-9, "23 +/- 16" is 23-23.</summary>
    public (double Low, double High)? NumericRange => NumericValue.TryParse(Value);
}

public static class CompoundKinds
{
    public static bool TryParse(string? slug, out CompoundKind kind)
    {
        (var ok, kind) = slug switch
        {
            "kratom-alkaloid" => (true, CompoundKind.KratomAlkaloid),
            "metabolite" => (true, CompoundKind.Metabolite),
            "reference-opioid" => (true, CompoundKind.ReferenceOpioid),
            _ => (false, CompoundKind.KratomAlkaloid),
        };
        return ok;
    }

    public static string Label(this CompoundKind kind) => kind switch
    {
        CompoundKind.KratomAlkaloid => "Kratom alkaloid",
        CompoundKind.Metabolite => "Metabolite",
        CompoundKind.ReferenceOpioid => "Reference opioid (not in kratom)",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Slug(this CompoundKind kind) => kind switch
    {
        CompoundKind.KratomAlkaloid => "kratom-alkaloid",
        CompoundKind.Metabolite => "metabolite",
        CompoundKind.ReferenceOpioid => "reference-opioid",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
