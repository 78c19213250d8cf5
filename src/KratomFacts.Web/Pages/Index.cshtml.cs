using KratomFacts.Content.Articles;
using KratomFacts.Content.Catalog;
using KratomFacts.Content.Myths;
using KratomFacts.Web.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KratomFacts.Web.Pages;

[ContentCache(CacheRule.Revalidate)]
public sealed class IndexModel(ContentCatalog catalog) : PageModel
{
    /// <summary>The questions most readers arrive with, in the order a newcomer would read them.</summary>
    private static readonly string[] KeySlugs = ["what-is-kratom", "is-kratom-an-opioid", "kratom-risks-and-safety", "kratom-withdrawal", "7-oh-and-concentrated-extracts", "kratom-legal-status"];

    public IReadOnlyList<Article> KeyArticles { get; private set; } = [];

    public IReadOnlyList<Article> RecentlyUpdated { get; private set; } = [];

    public IReadOnlyList<Myth> Myths { get; private set; } = [];

    public int ArticleCount => catalog.Articles.Count;

    public int MythCount => catalog.Myths.Count;

    public int ReferenceCount => catalog.References.Count;

    public void OnGet()
    {
        var key = KeySlugs.Select(catalog.FindArticle).OfType<Article>().ToList();
        KeyArticles = key.Count > 0 ? key : [.. catalog.Articles.Take(6)];
        RecentlyUpdated = [.. catalog.Articles.OrderByDescending(a => a.Current.Published).Take(5)];
        Myths = [.. catalog.Myths.Take(6)];
    }
}
