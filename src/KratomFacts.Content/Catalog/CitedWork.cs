using KratomFacts.Content.Citations;

namespace KratomFacts.Content.Catalog;

/// <summary>A work cited somewhere on the site, once however many pages cite it, with those pages.</summary>
/// <param name="Anchor">A stable fragment id for the work on the references page.</param>
public sealed record CitedWork(Citation Citation, string Anchor, IReadOnlyList<CitingPage> CitedBy);

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
