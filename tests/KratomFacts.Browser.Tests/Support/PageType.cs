namespace KratomFacts.Browser.Tests.Support;

/// <summary>One kind of page a reader can land on, by a representative address on the real content.</summary>
/// <param name="Pending">A page another change is still to add: while it answers 404 its tests are skipped, not failed.</param>
public sealed record PageType(string Name, string Path, int Status = 200, bool Pending = false)
{
    public override string ToString() => Name;
}

/// <summary>Every page type of the site; tests take them by name so each shows as its own case.</summary>
public static class PageTypes
{
    public static readonly PageType Home = new("home", "/");
    public static readonly PageType Articles = new("articles", "/articles");
    public static readonly PageType Article = new("article", "/articles/is-kratom-an-opioid");
    public static readonly PageType OldVersion = new("old-version", "/articles/is-kratom-an-opioid/v1");
    public static readonly PageType History = new("history", "/articles/what-is-kratom/history");
    public static readonly PageType Diff = new("diff", "/articles/is-kratom-an-opioid/diff/1/2");
    public static readonly PageType SearchResults = new("search-results", "/search?q=withdrawal");
    public static readonly PageType SearchNoResults = new("search-no-results", "/search?q=xylophone");
    public static readonly PageType Myths = new("myths", "/myths");
    public static readonly PageType Myth = new("myth", "/myths/kratom-can-cause-dependence");
    public static readonly PageType Alkaloids = new("alkaloids", "/alkaloids");
    public static readonly PageType Compound = new("compound", "/alkaloids/mitragynine");
    public static readonly PageType Compare = new("compare", "/alkaloids/compare?ids=mitragynine,7-hydroxymitragynine,morphine");
    public static readonly PageType References = new("references", "/references", Pending: true);
    public static readonly PageType NotFound = new("not-found", "/articles/no-such-article", Status: 404);

    public static IReadOnlyList<PageType> All { get; } =
    [
        Home, Articles, Article, OldVersion, History, Diff, SearchResults, SearchNoResults,
        Myths, Myth, Alkaloids, Compound, Compare, References, NotFound,
    ];

    /// <summary>Pages whose tables must fit or scroll inside their own box on a phone.</summary>
    public static IReadOnlyList<PageType> WithTables { get; } =
    [
        History, Alkaloids, Compare, new("article-with-table", "/articles/what-research-shows"),
    ];

    public static TheoryData<string> Names => [.. All.Select(p => p.Name)];

    public static TheoryData<string> NamesWithTables => [.. WithTables.Select(p => p.Name)];

    /// <summary>Every page type, and the table pages among them an article whose body has a table.</summary>
    public static TheoryData<string> NamesAndTablePages => [.. All.Concat(WithTables).Select(p => p.Name).Distinct()];

    public static PageType Named(string name) =>
        All.Concat(WithTables).FirstOrDefault(p => p.Name == name) ?? throw new ArgumentException($"no page type {name}", nameof(name));
}
