using KratomFacts.Content.Articles;
using KratomFacts.Content.Catalog;
using KratomFacts.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KratomFacts.Web.Pages.Articles;

[ContentCache(CacheRule.Revalidate)]
public sealed class HistoryModel(ContentCatalog catalog) : PageModel
{
    public Article Article { get; private set; } = null!;

    /// <summary>Newest first, as readers of a change log expect.</summary>
    public IEnumerable<ArticleVersion> Versions => Article.Versions.Reverse();

    public IActionResult OnGet(string slug)
    {
        if (catalog.FindArticle(slug) is not { } article)
        {
            return NotFound();
        }

        Article = article;
        return Page();
    }
}
