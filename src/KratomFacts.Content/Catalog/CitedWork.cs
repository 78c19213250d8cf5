using KratomFacts.Content.Citations;

namespace KratomFacts.Content.Catalog;

/// <summary>A work cited somewhere on the site, once however many pages cite it, with those pages.</summary>
/// <param name="Anchor">A stable fragment id for the work on the references page.</param>
public sealed record CitedWork(Citation Citation, string Anchor, IReadOnlyList<CitingPage> CitedBy);

/// <summary>A page that cites a work; for articles, the versions that do.</summary>
public sealed record CitingPage(string Title, string Url, IReadOnlyList<int> Versions);
