using KratomFacts.Content.Articles;
using KratomFacts.Content.Catalog;
using KratomFacts.Web.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KratomFacts.Web.Pages.Articles;

[ContentCache(CacheRule.Revalidate)]
public sealed class IndexModel(ContentCatalog catalog) : PageModel
{
    public IReadOnlyList<Article> Articles => catalog.Articles;
}
