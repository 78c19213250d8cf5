using KratomFacts.Content.Citations;

namespace KratomFacts.Content.Catalog;

/// <summary>A work cited somewhere on the site, once however many pages cite it, with those pages.</summary>
/// <param name="Anchor">A stable fragment id for the work on the references page.</param>
/// <param name="Page">Which page of the references list holds it (see <see cref="ReferencePaging"/>).</param>
public sealed record CitedWork(Citation Citation, string Anchor, IReadOnlyList<CitingPage> CitedBy, int Page = 1)
{
    /// <summary>Where the work's entry is: its page of the references list and its anchor there.</summary>
    public string Url => Page == 1 ? $"/references#{Anchor}" : $"/references?page={Page}#{Anchor}";
}

/// <summary>
/// The references list comes in pages: each work lists every page that cites it, and the whole list on one
/// page would outgrow what a phone should have to load.
/// </summary>
public static class ReferencePaging
{
    public const int PerPage = 20;

    public static int PageCount(int works) => Math.Max(1, (works + PerPage - 1) / PerPage);

    public static int PageOf(int index) => index / PerPage + 1;
}

/// <summary>A page that cites a work; for articles, the versions that do (none for pages without versions).</summary>
public sealed record CitingPage(CitingPageKind Kind, string Title, string Url, IReadOnlyList<CitingVersion> Versions);

/// <summary>What sort of page cites a work, so a myth's claim is not mistaken for the site's own statement.</summary>
public enum CitingPageKind
{
    Article,
    Myth,
    Alkaloids,
}

/// <summary>One article version that cites a work, with its permanent address.</summary>
public sealed record CitingVersion(int Number, string Url);

public static class CitingPageKinds
{
    /// <summary>The word put before the page's title, or null when the title says it all.</summary>
    public static string? Label(this CitingPageKind kind) => kind switch
    {
        CitingPageKind.Article => "Article",
        CitingPageKind.Myth => "Claim",
        _ => null,
    };
}
