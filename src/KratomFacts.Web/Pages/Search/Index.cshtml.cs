using KratomFacts.Content.Articles;
using KratomFacts.Content.Catalog;
using KratomFacts.Search;
using KratomFacts.Web.Http;
using KratomFacts.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace KratomFacts.Web.Pages.Search;

/// <summary>Search results that work without JavaScript: counts, kinds, snippets, paging, "did you mean", a helpful empty state.</summary>
[ContentCache(CacheRule.Revalidate)]
[EnableRateLimiting(SearchRateLimitOptions.Policy)]
public sealed class IndexModel(ISearchIndex index, ContentCatalog catalog) : PageModel
{
    private const int PageSize = SearchInput.DefaultLimit;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>Read from the query string by hand: "page" is also Razor Pages' own route value.</summary>
    public int? PageNumber { get; private set; }

    public SearchResponse? Results { get; private set; }

    public string? Problem { get; private set; }

    public int CurrentPage => PageNumber ?? 1;

    public int FirstShown => (CurrentPage - 1) * PageSize + 1;

    public int LastShown => FirstShown + (Results?.Results.Count ?? 0) - 1;

    public bool HasPrevious => CurrentPage > 1;

    public bool HasNext => Results is not null && CurrentPage * PageSize < Results.Total && CurrentPage < SearchInput.MaxPage;

    /// <summary>Shown when nothing matched or nothing was asked: the questions most readers come with.</summary>
    public IReadOnlyList<Article> PopularTopics => [.. catalog.Articles.Take(8)];

    public IActionResult OnGet()
    {
        var pageText = Request.Query["page"].ToString();
        PageNumber = int.TryParse(pageText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;
        Problem = pageText.Length > 0 && PageNumber is null
            ? "The page number must be a whole number."
            : SearchInput.QueryProblem(Query) ?? SearchInput.PageProblem(PageNumber);
        if (Problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Query = Query is { Length: > SearchInput.MaxQueryLength } ? Query[..SearchInput.MaxQueryLength] : Query;
            return Page();
        }

        if (!string.IsNullOrWhiteSpace(Query))
        {
            Results = index.Search(new SearchRequest(Query, (CurrentPage - 1) * PageSize, PageSize));
        }

        return Page();
    }

    public string PageUrl(int page) => $"/search?q={Uri.EscapeDataString(Query ?? "")}&page={page}";

    public string SearchUrl(string query) => $"/search?q={Uri.EscapeDataString(query)}";

    public static string KindLabel(string kind) => kind switch
    {
        "article" => "Article",
        "myth" => "Myth or fact",
        "alkaloid" => "Alkaloid",
        "reference" => "Reference",
        _ => kind,
    };
}
