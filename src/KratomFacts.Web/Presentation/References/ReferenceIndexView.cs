using KratomFacts.Content.Catalog;
using KratomFacts.Content.Citations;

namespace KratomFacts.Web.Presentation.References;

/// <summary>
/// Every cited work as filtered, grouped by evidence kind in the order of <see cref="EvidenceKind"/> (reviews of
/// trials first, lab and agency sources later), each group in author order as the catalog keeps it.
/// </summary>
/// <param name="Showing">The current filter and how many works it leaves, in words.</param>
/// <param name="Page">The page shown, from 1 to <paramref name="PageCount"/>.</param>
public sealed record ReferenceIndexView(
    ReferenceFilter Filter,
    IReadOnlyList<ReferenceGroup> Groups,
    IReadOnlyList<FilterLink> EvidenceLinks,
    string Showing,
    int Page,
    int PageCount)
{
    /// <summary>The view of one page of the (filtered) list, or null when there is no such page.</summary>
    public static ReferenceIndexView? Build(IReadOnlyList<CitedWork> works, ReferenceFilter filter, int page)
    {
        var matching = works.Where(w => filter.Matches(w.Citation)).ToList();
        var pageCount = ReferencePaging.PageCount(matching.Count);
        if (page < 1 || page > pageCount)
        {
            return null;
        }

        var shown = matching.Skip((page - 1) * ReferencePaging.PerPage).Take(ReferencePaging.PerPage).ToList();
        var groups = Enum.GetValues<EvidenceKind>()
            .Select(kind => new ReferenceGroup(kind, [.. shown.Where(w => w.Citation.Evidence == kind)]))
            .Where(g => g.Works.Count > 0)
            .ToList();

        // Kinds no work has are left out: a link that can only lead to an empty list helps nobody.
        var links = Enum.GetValues<EvidenceKind>()
            .Select(kind => (Kind: kind, Count: works.Count(w => w.Citation.Evidence == kind)))
            .Where(k => k.Count > 0)
            .Select(k => new FilterLink(k.Kind.Label(), new ReferenceFilter(k.Kind).Url, k.Count, filter.Evidence == k.Kind))
            .Prepend(new FilterLink("Any kind", ReferenceFilter.PageUrl, works.Count, !filter.IsActive))
            .ToList();

        var range = pageCount > 1 ? $" (page {page} of {pageCount}: works {(page - 1) * ReferencePaging.PerPage + 1}–{(page - 1) * ReferencePaging.PerPage + shown.Count})" : "";
        var showing = filter.Evidence is { } evidence
            ? $"Showing {matching.Count} of {works.Count} works with evidence kind “{evidence.Label()}”{range}."
            : $"Showing all {works.Count} works cited on this site{range}.";
        return new ReferenceIndexView(filter, groups, links, showing, page, pageCount);
    }

    public string? PreviousUrl => Page > 1 ? Filter.PageUrlFor(Page - 1) : null;

    public string? NextUrl => Page < PageCount ? Filter.PageUrlFor(Page + 1) : null;
}

/// <summary>The works of one evidence kind.</summary>
public sealed record ReferenceGroup(EvidenceKind Kind, IReadOnlyList<CitedWork> Works)
{
    public string Id => "evidence-" + Kind.Slug();
}
