using KratomFacts.Content.Articles;
using KratomFacts.Content.Catalog;
using KratomFacts.Content.Myths;
using KratomFacts.Web.Discovery;
using KratomFacts.Web.Http;
using KratomFacts.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KratomFacts.Web.Pages.Myths;

/// <summary>One myth entry: claim, verdict, answer, the explanation with its references, and the related articles.</summary>
[ContentCache(CacheRule.Revalidate)]
public sealed class ShowModel(ContentCatalog catalog, SiteUrls urls, ScholarlyMetadataBuilder metadata) : PageModel
{
    public Myth Myth { get; private set; } = null!;

    public DocumentView Body { get; private set; } = null!;

    /// <summary>Validation guarantees every related slug names an article.</summary>
    public IReadOnlyList<Article> Related { get; private set; } = [];

    public ScholarlyMetadata Metadata { get; private set; } = null!;

    public IActionResult OnGet(string slug)
    {
        if (catalog.FindMyth(slug) is not { } myth)
        {
            return NotFound();
        }

        Myth = myth;
        Body = DocumentView.Plain(myth.Document);
        Related = [.. myth.Related.Select(catalog.FindArticle).OfType<Article>()];
        Metadata = metadata.ForMyth(myth, urls.Base(Request));
        return Page();
    }
}
