using KratomFacts.Content.Markdown.Headings;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace KratomFacts.Content.Validation;

/// <summary>Everything an internal link may point at: each article's versions and heading ids, myths and compounds.</summary>
public sealed class LinkTargets
{
    private readonly Dictionary<string, (int Versions, HashSet<string> CurrentIds)> _articles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _myths = new(StringComparer.Ordinal);
    private readonly HashSet<string> _compounds = new(StringComparer.Ordinal);

    public void AddArticle(string slug, int versions, MarkdownDocument current) =>
        _articles[slug] = (versions, HeadingIds(current));

    public void AddMyth(string slug) => _myths.Add(slug);

    public void AddCompound(string slug) => _compounds.Add(slug);

    public bool HasArticle(string slug) => _articles.ContainsKey(slug);

    public bool HasArticleVersion(string slug, int version) => _articles.TryGetValue(slug, out var a) && version >= 1 && version <= a.Versions;

    public bool HasArticleSection(string slug, string id) => _articles.TryGetValue(slug, out var a) && a.CurrentIds.Contains(id);

    public bool HasMyth(string slug) => _myths.Contains(slug);

    public bool HasCompound(string slug) => _compounds.Contains(slug);

    public static HashSet<string> HeadingIds(MarkdownDocument document) =>
        [.. document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).OfType<string>()];

    public static HashSet<string> PinnedIds(MarkdownDocument document) =>
        [.. document.Descendants<HeadingBlock>().Select(HeadingInfo.Of).Where(i => i is { PinnedIdValid: true }).Select(i => i!.PinnedId!)];
}
