using KratomFacts.Content.Catalog;
using KratomFacts.Web.Http;
using KratomFacts.Web.Presentation.Alkaloids;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KratomFacts.Web.Pages.Alkaloids;

/// <summary>One compound: every property with all its values and sources, and the pages that mention it.</summary>
[ContentCache(CacheRule.Revalidate)]
public sealed class ShowModel(ContentCatalog catalog) : PageModel
{
    public CompoundView View { get; private set; } = null!;

    public IActionResult OnGet(string slug)
    {
        if (catalog.FindCompound(slug) is not { } compound)
        {
            return NotFound();
        }

        View = CompoundView.Build(catalog.Alkaloids, compound, catalog.MentionsOf(slug));
        return Page();
    }
}
