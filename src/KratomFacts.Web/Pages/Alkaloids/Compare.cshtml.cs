using KratomFacts.Content.Alkaloids;
using KratomFacts.Content.Catalog;
using KratomFacts.Web.Http;
using KratomFacts.Web.Presentation.Alkaloids;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KratomFacts.Web.Pages.Alkaloids;

/// <summary>
/// Chosen compounds side by side. With no <c>ids</c> the page offers the picker; a malformed list answers 400 and
/// well-formed ids that name no compound answer 404, each with the picker so the reader can choose again.
/// </summary>
[ContentCache(CacheRule.Revalidate)]
public sealed class CompareModel(ContentCatalog catalog) : PageModel
{
    public CompareSelection Selection { get; private set; } = CompareSelection.NoneYet;

    public CompoundComparison? Comparison { get; private set; }

    public ComparePicker Picker => new(catalog.Alkaloids.Compounds, Selection.Requested);

    public IActionResult OnGet()
    {
        var ids = Request.Query["ids"];
        if (ids.Count > 0)
        {
            Selection = CompareSelection.Parse(ids);
        }

        if (Selection.IsValid && Selection.Requested.Count > 0)
        {
            var found = Selection.Requested.Select(catalog.FindCompound).OfType<Compound>().ToList();
            var unknown = Selection.Requested.Where(id => catalog.FindCompound(id) is null).ToList();
            if (unknown.Count > 0)
            {
                Selection = Selection.WithUnknown(unknown);
            }
            else
            {
                Comparison = CompoundComparison.Build(catalog.Alkaloids, found);
            }
        }

        Response.StatusCode = Selection.Problem switch
        {
            SelectionProblem.Malformed => StatusCodes.Status400BadRequest,
            SelectionProblem.Unknown => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status200OK,
        };
        return Page();
    }
}
