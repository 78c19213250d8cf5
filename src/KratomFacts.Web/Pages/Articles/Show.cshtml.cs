using KratomFacts.Content.Articles;
using KratomFacts.Content.Catalog;
using KratomFacts.Content.Citing;
using KratomFacts.Content.Diffs;
using KratomFacts.Content.Myths;
using KratomFacts.Web.Discovery;
using KratomFacts.Web.Http;
using KratomFacts.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KratomFacts.Web.Pages.Articles;

/// <summary>An article: the current version at /articles/{slug}, any version at its permanent /articles/{slug}/v{n}.</summary>
[ContentCache(CacheRule.Revalidate, immutableWhenRouteHas: "version")]
public sealed class ShowModel(ContentCatalog catalog, SiteUrls urls, TimeProvider clock, ScholarlyMetadataBuilder metadata) : PageModel
{
    public Article Article { get; private set; } = null!;

    public ArticleVersion Version { get; private set; } = null!;

    /// <summary>Whether this request is for the permanent version address rather than the canonical one.</summary>
    public bool IsVersionAddress { get; private set; }

    public bool IsCurrent => Article.IsCurrent(Version);

    public ArticleVersion? Successor => Article.SuccessorOf(Version);

    public IReadOnlyList<Myth> Myths { get; private set; } = [];

    public DocumentView Body { get; private set; } = null!;

    public CiteBox Cite { get; private set; } = null!;

    public ScholarlyMetadata Metadata { get; private set; } = null!;

    public string CanonicalUrl => IsCurrent && !IsVersionAddress ? Article.Url : Version.PermanentUrl;

    public IActionResult OnGet(string slug, int? version)
    {
        var article = catalog.FindArticle(slug);
        var shown = version is { } n ? article?.Version(n) : article?.Current;
        if (article is null || shown is null)
        {
            return NotFound();
        }

        Article = article;
        Version = shown;
        IsVersionAddress = version is not null;
        Myths = catalog.MythsAbout(slug);
        Body = new DocumentView(
            shown.Document,
            IsVersionAddress ? shown.PermanentUrl : "",
            IsCurrent ? new Dictionary<string, SectionChange>() : SectionChanges.Find(article, shown),
            later => $"{article.Url}/diff/{shown.Number}/{later}");
        var siteBase = urls.Base(Request);
        Cite = new CiteBox(CitablePage.Of(shown, siteBase, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)), shown.PermanentUrl);
        Metadata = metadata.ForArticle(article, shown, siteBase);
        return Page();
    }
}
