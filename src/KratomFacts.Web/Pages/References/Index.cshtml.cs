using KratomFacts.Content.Catalog;
using KratomFacts.Web.Errors;
using KratomFacts.Web.Http;
using KratomFacts.Web.Presentation.References;
using KratomFacts.Web.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KratomFacts.Web.Pages.References;

/// <summary>
/// Every work cited anywhere on the site, once, with the pages (and article versions) that cite it; filtered with
/// <c>?evidence=</c> and paged with <c>?page=</c>. Evidence kinds are a fixed set, so an unknown one answers 400
/// naming the known ones; a page past the end is 404.
/// </summary>
[ContentCache(CacheRule.Revalidate)]
public sealed class IndexModel(ContentCatalog catalog) : PageModel
{
    public ReferenceIndexView Index { get; private set; } = null!;

    public IActionResult OnGet()
    {
        if (!Request.Query.TrySingle("evidence", out var evidence))
        {
            return Refuse("Filter by one evidence kind at a time.");
        }

        if (ReferenceFilter.Parse(evidence, out var problem) is not { } filter)
        {
            return Refuse(problem!);
        }

        if (!Request.Query.TrySingle("page", out var pageText))
        {
            return Refuse("Ask for one page at a time.");
        }

        var page = 1;
        if (pageText is { Length: > 0 } && !int.TryParse(pageText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out page))
        {
            return Refuse("The page number must be a whole number.");
        }

        if (ReferenceIndexView.Build(catalog.References, filter, page) is not { } index)
        {
            return NotFound();
        }

        Index = index;
        return Page();
    }

    private StatusCodeResult Refuse(string message) => this.BadQuery(message, ReferenceFilter.PageUrl, "Back to all references");
}
