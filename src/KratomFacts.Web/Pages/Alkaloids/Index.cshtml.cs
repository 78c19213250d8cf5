using KratomFacts.Content.Alkaloids;
using KratomFacts.Content.Catalog;
using KratomFacts.Web.Errors;
using KratomFacts.Web.Http;
using KratomFacts.Web.Presentation.Alkaloids;
using KratomFacts.Web.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KratomFacts.Web.Pages.Alkaloids;

/// <summary>The comparison table, sortable with <c>?sort=&lt;key&gt;&amp;dir=asc|desc</c>; an unknown key or direction is a 400 that says which are known.</summary>
[ContentCache(CacheRule.Revalidate)]
public sealed class IndexModel(ContentCatalog catalog, AlkaloidTableBuilder builder) : PageModel
{
    public AlkaloidTableView Table { get; private set; } = null!;

    public IActionResult OnGet()
    {
        if (!Request.Query.TrySingle("sort", out var key) || !Request.Query.TrySingle("dir", out var dir))
        {
            return Refuse("Give the table one sort column and one direction.");
        }

        CompoundSort? sort = null;
        if (key is not null || dir is not null)
        {
            // A direction alone sorts by name, so every link a reader can build means something.
            sort = CompoundSort.Parse(key ?? CompoundSort.NameKey, dir, out var problem);
            if (sort is null)
            {
                return Refuse(problem!);
            }
        }

        Table = builder.Build(catalog.Alkaloids, sort);
        return Page();
    }

    private StatusCodeResult Refuse(string message) =>
        this.BadQuery(message, AlkaloidTableBuilder.PageUrl, "Back to the alkaloid comparison table");
}
