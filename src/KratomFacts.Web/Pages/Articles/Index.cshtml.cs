using KratomFacts.Content.Articles;
using KratomFacts.Content.Catalog;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KratomFacts.Web.Pages.Articles;

public sealed class IndexModel(ContentCatalog catalog) : PageModel
{
    public IReadOnlyList<Article> Articles => catalog.Articles;
}
