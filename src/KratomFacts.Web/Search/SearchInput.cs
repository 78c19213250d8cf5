namespace KratomFacts.Web.Search;

/// <summary>
/// The bounds on what a reader may send to search, shared by the results page and the API: a query too
/// long or a page out of range is a clear 400, never an error deeper in.
/// </summary>
public static class SearchInput
{
    public const int MaxQueryLength = 500;
    public const int MaxSuggestLength = 100;
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;
    public const int MaxPage = 50;

    public static string? QueryProblem(string? query, int maxLength = MaxQueryLength) =>
        query is not null && query.Length > maxLength
            ? $"The search text is {query.Length} characters long; the limit is {maxLength}."
            : null;

    public static string? LimitProblem(int? limit) =>
        limit is < 1 or > MaxLimit ? $"limit must be between 1 and {MaxLimit}." : null;

    public static string? PageProblem(int? page) =>
        page is < 1 or > MaxPage ? $"page must be between 1 and {MaxPage}." : null;
}
