using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KratomFacts.Web.Errors;

/// <summary>
/// Why a page refused its query, carried to the 400 page (which runs as a re-execution of the same request)
/// so the reader learns what to change, and where to go back to.
/// </summary>
public sealed record QueryProblem(string Message, string BackUrl, string BackLabel);

public static class QueryProblems
{
    /// <summary>Answers 400; the error page explains <paramref name="message"/> and links back.</summary>
    public static StatusCodeResult BadQuery(this PageModel page, string message, string backUrl, string backLabel)
    {
        page.HttpContext.Features.Set(new QueryProblem(message, backUrl, backLabel));
        return page.BadRequest();
    }
}
