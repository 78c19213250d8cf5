using KratomFacts.Content;
using KratomFacts.Content.Alkaloids;
using KratomFacts.Content.Loading;

namespace KratomFacts.Web.Presentation.Alkaloids;

/// <summary>Why a requested comparison cannot be shown.</summary>
public enum SelectionProblem
{
    None,

    /// <summary>The request is malformed: too few or too many ids, a duplicate, or an id that is not a slug (400).</summary>
    Malformed,

    /// <summary>Well-formed ids, but at least one names no compound (404).</summary>
    Unknown,
}

/// <summary>
/// The <c>ids</c> of /alkaloids/compare, parsed and bounded before anything is looked up. The form's checkboxes send
/// <c>ids=a&amp;ids=b</c> and links send <c>ids=a,b</c>; both are read. <see cref="Requested"/> keeps the well-formed
/// ids so the picker can show them checked again.
/// </summary>
public sealed record CompareSelection(IReadOnlyList<string> Requested, SelectionProblem Problem, string? Message)
{
    public const int MinCompounds = 2;
    public const int MaxCompounds = 5;

    /// <summary>Enough for five of the longest slugs and their commas; longer input is refused unread.</summary>
    public const int MaxQueryLength = MaxCompounds * (Slugs.MaxLength + 1);

    /// <summary>No <c>ids</c> asked for yet: the page offers the picker.</summary>
    public static readonly CompareSelection NoneYet = new([], SelectionProblem.None, null);

    public bool IsValid => Problem == SelectionProblem.None;

    public static CompareSelection Parse(IReadOnlyList<string?> values)
    {
        var joined = string.Join(',', values.Where(v => !string.IsNullOrEmpty(v)));
        if (joined.Length > MaxQueryLength)
        {
            return Malformed([], $"That list of compounds is too long. Choose {MinCompounds} to {MaxCompounds} compounds below.");
        }

        var ids = joined.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var wellFormed = ids.Where(Slugs.IsValid).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Length > wellFormed.Count && ids.FirstOrDefault(id => !Slugs.IsValid(id)) is { } bad)
        {
            return Malformed(wellFormed, $"\"{DisplayText.Shorten(bad)}\" is not a compound id: ids are lowercase letters, digits and hyphens, such as mitragynine.");
        }

        if (ids.Length > wellFormed.Count)
        {
            return Malformed(wellFormed, "The same compound is listed twice. Choose each compound once.");
        }

        return ids.Length switch
        {
            < MinCompounds => Malformed(wellFormed, $"Choose at least {MinCompounds} compounds to compare."),
            > MaxCompounds => Malformed(wellFormed, $"Choose at most {MaxCompounds} compounds: a wider table is hard to read."),
            _ => new CompareSelection(wellFormed, SelectionProblem.None, null),
        };
    }

    /// <summary>The same selection, refused because some ids name no compound.</summary>
    public CompareSelection WithUnknown(IReadOnlyList<string> unknown) =>
        this with
        {
            Problem = SelectionProblem.Unknown,
            Message = $"There is no compound {string.Join(" or ", unknown.Select(id => $"\"{id}\""))} in the comparison data. Choose from the list below.",
        };

    private static CompareSelection Malformed(IReadOnlyList<string> requested, string message) =>
        new(requested, SelectionProblem.Malformed, message);
}

/// <summary>The compound checkboxes, with the ones the reader asked for checked again.</summary>
public sealed record ComparePicker(IReadOnlyList<Compound> Compounds, IReadOnlyList<string> Chosen)
{
    public bool IsChosen(Compound compound) => Chosen.Contains(compound.Slug, StringComparer.Ordinal);
}
