using KratomFacts.Content.Articles;
using KratomFacts.Content.Catalog;
using KratomFacts.Content.Diffs;
using KratomFacts.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KratomFacts.Web.Pages.Articles;

[ContentCache(CacheRule.Immutable)]
public sealed class DiffModel(ContentCatalog catalog, VersionDiffer differ) : PageModel
{
    public Article Article { get; private set; } = null!;

    public ArticleVersion From { get; private set; } = null!;

    public ArticleVersion To { get; private set; } = null!;

    public VersionDiff Diff { get; private set; } = null!;

    public IActionResult OnGet(string slug, int from, int to)
    {
        var article = catalog.FindArticle(slug);
        if (article?.Version(from) is not { } older || article.Version(to) is not { } newer)
        {
            return NotFound();
        }

        Article = article;
        From = older;
        To = newer;
        Diff = differ.Diff(older, newer);
        return Page();
    }
}
