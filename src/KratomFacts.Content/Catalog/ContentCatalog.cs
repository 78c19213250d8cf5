using System.Collections.Frozen;
using KratomFacts.Content.Alkaloids;
using KratomFacts.Content.Articles;
using KratomFacts.Content.Myths;

namespace KratomFacts.Content.Catalog;

/// <summary>
/// The loaded content: one immutable snapshot built at start-up, read by every page, the search index and
/// the feeds. Pages never read files.
/// </summary>
public sealed class ContentCatalog
{
    private readonly FrozenDictionary<string, Article> _articles;
    private readonly FrozenDictionary<string, Myth> _myths;
    private readonly FrozenDictionary<string, IReadOnlyList<Myth>> _mythsByArticle;
    private readonly FrozenDictionary<string, CompoundMentions> _mentions;

    public ContentCatalog(
        IReadOnlyList<Article> articles,
        IReadOnlyList<Myth> myths,
        AlkaloidTable alkaloids,
        IReadOnlyList<CitedWork> references,
        IReadOnlyDictionary<string, CompoundMentions> mentions,
        string fingerprint)
    {
        Articles = articles;
        Myths = myths;
        Alkaloids = alkaloids;
        References = references;
        Fingerprint = fingerprint;
        _articles = articles.ToFrozenDictionary(a => a.Slug, StringComparer.Ordinal);
        _myths = myths.ToFrozenDictionary(m => m.Slug, StringComparer.Ordinal);
        _mythsByArticle = myths
            .SelectMany(m => m.Related.Select(slug => (slug, m)))
            .GroupBy(x => x.slug, x => x.m)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<Myth>)[.. g], StringComparer.Ordinal);
        _mentions = mentions.ToFrozenDictionary(StringComparer.Ordinal);
        LastUpdated = articles.Select(a => a.Current.Published).Concat(myths.Select(m => m.Reviewed ?? default)).DefaultIfEmpty().Max();
    }

    /// <summary>Articles in title order.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>Myths grouped by topic, then in claim order.</summary>
    public IReadOnlyList<Myth> Myths { get; }

    public AlkaloidTable Alkaloids { get; }

    /// <summary>Every cited work, deduplicated by DOI, PMID or id, in author order.</summary>
    public IReadOnlyList<CitedWork> References { get; }

    /// <summary>A hash of every content file: changes whenever any content changes.</summary>
    public string Fingerprint { get; }

    /// <summary>The newest publication or review date in the content.</summary>
    public DateOnly LastUpdated { get; }

    public Article? FindArticle(string slug) => _articles.GetValueOrDefault(slug);

    public Myth? FindMyth(string slug) => _myths.GetValueOrDefault(slug);

    public Compound? FindCompound(string slug) => Alkaloids.Find(slug);

    public IReadOnlyList<Myth> MythsAbout(string articleSlug) => _mythsByArticle.GetValueOrDefault(articleSlug) ?? [];

    public CompoundMentions MentionsOf(string compoundSlug) => _mentions.GetValueOrDefault(compoundSlug) ?? CompoundMentions.None;
}

/// <summary>The articles (current versions) and myths that mention a compound by name or link to it.</summary>
public sealed record CompoundMentions(IReadOnlyList<Article> Articles, IReadOnlyList<Myth> Myths)
{
    public static readonly CompoundMentions None = new([], []);
}
