using KratomFacts.Content.Articles;
using KratomFacts.Content.Catalog;
using KratomFacts.Web.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KratomFacts.Web.Pages;

/// <summary>The page for 404s and other errors: a plain explanation, a search box and ways back in. No internal detail.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(ContentCatalog catalog) : PageModel
{
    public int Status { get; private set; }

    public string Title => StatusTitles.For(Status);

    public bool IsNotFound => Status == StatusCodes.Status404NotFound;

    /// <summary>What was wrong with the query, when the page that refused it said.</summary>
    public QueryProblem? Problem => HttpContext.Features.Get<QueryProblem>();

    public IReadOnlyList<Article> Suggestions => [.. catalog.Articles.Take(6)];

    public IActionResult OnGet(int status) => Show(status);

    public IActionResult OnPost(int status) => Show(status);

    public IActionResult OnHead(int status) => Show(status);

    private PageResult Show(int status)
    {
        // Reached directly (/error/404) rather than re-executed, the page still answers with the status it describes.
        Status = status is >= 400 and <= 599 ? status : StatusCodes.Status404NotFound;
        Response.StatusCode = Status;
        return Page();
    }
}
