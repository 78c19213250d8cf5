using KratomFacts.Content;
using KratomFacts.Content.Citations;

namespace KratomFacts.Web.Presentation.References;

/// <summary>The /references filter: one evidence kind, or none.</summary>
public sealed record ReferenceFilter(EvidenceKind? Evidence)
{
    public const string PageUrl = "/references";

    public static readonly ReferenceFilter None = new((EvidenceKind?)null);

    public bool IsActive => Evidence is not null;

    /// <summary>Evidence kinds are a fixed set, so an unknown one is a malformed link: null, with the reason.</summary>
    public static ReferenceFilter? Parse(string? evidence, out string? problem)
    {
        problem = null;
        if (string.IsNullOrEmpty(evidence))
        {
            return None;
        }

        if (!EvidenceKinds.TryParse(evidence, out var kind))
        {
            problem = $"There is no evidence kind \"{DisplayText.Shorten(evidence)}\". Evidence kinds are: {string.Join(", ", EvidenceKinds.Slugs)}.";
            return null;
        }

        return new ReferenceFilter(kind);
    }

    public bool Matches(Citation citation) => Evidence is null || citation.Evidence == Evidence;

    /// <summary>The address of the references page with this filter.</summary>
    public string Url => Evidence is { } kind ? $"{PageUrl}?evidence={kind.Slug()}" : PageUrl;

    /// <summary>The address of one page of the list with this filter.</summary>
    public string PageUrlFor(int page) =>
        page == 1 ? Url : Url + (Evidence is null ? "?" : "&") + "page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
