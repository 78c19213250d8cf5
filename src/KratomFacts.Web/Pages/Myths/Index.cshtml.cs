using KratomFacts.Content.Catalog;
using KratomFacts.Web.Errors;
using KratomFacts.Web.Http;
using KratomFacts.Web.Presentation.Myths;
using KratomFacts.Web.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KratomFacts.Web.Pages.Myths;

/// <summary>
/// The myth/fact index, grouped by topic and filtered with <c>?verdict=</c> and <c>?tag=</c>.
/// An unknown verdict answers 400: verdicts are a fixed set of four, so anything else is a malformed link.
/// An unknown tag answers 200 with no entries and a message: tags are words writers choose and readers may
/// type or follow from an older link, and "nothing has that tag" (with the tags that exist) is the answer.
/// </summary>
[ContentCache(CacheRule.Revalidate)]
public sealed class IndexModel(ContentCatalog catalog) : PageModel
{
    public MythIndexView Index { get; private set; } = null!;

    public IActionResult OnGet()
    {
        if (!Request.Query.TrySingle("verdict", out var verdict) || !Request.Query.TrySingle("tag", out var tag))
        {
            return Refuse("Filter by one verdict and one tag at a time.");
        }

        if (MythFilter.Parse(verdict, tag, out var problem) is not { } filter)
        {
            return Refuse(problem!);
        }

        Index = MythIndexView.Build(catalog.Myths, filter);
        return Page();
    }

    private StatusCodeResult Refuse(string message) => this.BadQuery(message, MythFilter.PageUrl, "Back to all myths and facts");
}
