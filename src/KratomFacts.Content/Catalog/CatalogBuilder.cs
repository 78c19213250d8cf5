using System.Text.RegularExpressions;
using KratomFacts.Content.Alkaloids;
using KratomFacts.Content.Articles;
using KratomFacts.Content.Citations;
using KratomFacts.Content.Markdown;
using KratomFacts.Content.Myths;

namespace KratomFacts.Content.Catalog;

/// <summary>Stage 5 of the content flow: renders validated sources once and assembles the catalog snapshot.</summary>
public sealed class CatalogBuilder(DocumentRenderer renderer)
{
    public ContentCatalog Build(
        IReadOnlyList<IReadOnlyList<ArticleVersionSource>> articleSources,
        IReadOnlyList<MythSource> mythSources,
        AlkaloidTable alkaloids,
        string fingerprint)
    {
        var articles = articleSources
            .Select(versions => new Article(versions[0].Slug, [.. versions.Select(RenderVersion)]))
            .OrderBy(a => a.Current.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var myths = mythSources
            .Select(RenderMyth)
            .OrderBy(m => m.Topic, StringComparer.Ordinal)
            .ThenBy(m => m.Claim, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new ContentCatalog(articles, myths, alkaloids, CollectReferences(articles, myths, alkaloids), FindMentions(articles, myths, alkaloids), fingerprint);
    }

    private ArticleVersion RenderVersion(ArticleVersionSource source)
    {
        var fm = source.FrontMatter;
        return new ArticleVersion(source.Slug, source.Number, fm.Title, fm.Summary, fm.Published, fm.Reviewed, fm.Changes,
            fm.Tags, fm.Aliases, fm.Citations.Items, renderer.Render(source.Body.Document, fm.Citations));
    }

    private Myth RenderMyth(MythSource source)
    {
        var fm = source.FrontMatter;
        return new Myth(source.Slug, fm.Claim, fm.Verdict, fm.Answer, fm.Tags, fm.Related, fm.Reviewed, fm.Citations.Items,
            renderer.Render(source.Body.Document, fm.Citations));
    }

    private static List<CitedWork> CollectReferences(List<Article> articles, List<Myth> myths, AlkaloidTable alkaloids)
    {
        var uses = new List<(Citation Citation, CitingPage Page)>();
        foreach (var article in articles)
        {
            var byWork = article.Versions
                .SelectMany(v => v.Document.References.Select(r => (r.Citation, Version: new CitingVersion(v.Number, v.PermanentUrl))))
                .GroupBy(x => x.Citation.IdentityKey);
            foreach (var group in byWork)
            {
                var versions = group.Select(x => x.Version).Distinct().OrderBy(v => v.Number).ToList();
                uses.Add((group.Last().Citation, new CitingPage(CitingPageKind.Article, article.Current.Title, article.Url, versions)));
            }
        }

        foreach (var myth in myths)
        {
            uses.AddRange(myth.Document.References.Select(r => (r.Citation, new CitingPage(CitingPageKind.Myth, myth.Claim, myth.Url, []))));
        }

        uses.AddRange(alkaloids.Citations.Select(c => (c, new CitingPage(CitingPageKind.Alkaloids, "Alkaloid comparison", "/alkaloids", []))));

        // In the order the references page shows them: by kind of evidence, then author and year.
        return uses
            .GroupBy(u => u.Citation.IdentityKey)
            .Select(g => new CitedWork(g.First().Citation, "work-" + g.First().Citation.Id, [.. g.Select(u => u.Page).DistinctBy(p => p.Url)]))
            .OrderBy(w => w.Citation.Evidence)
            .ThenBy(w => w.Citation.Authors.Count > 0 ? w.Citation.Authors[0] : "", StringComparer.OrdinalIgnoreCase)
            .ThenBy(w => w.Citation.PublishedYear ?? 0)
            .Select((w, i) => w with { Page = ReferencePaging.PageOf(i) })
            .ToList();
    }

    private static Dictionary<string, CompoundMentions> FindMentions(List<Article> articles, List<Myth> myths, AlkaloidTable alkaloids)
    {
        var mentions = new Dictionary<string, CompoundMentions>(StringComparer.Ordinal);
        foreach (var compound in alkaloids.Compounds)
        {
            var pattern = MentionPattern(compound);
            bool Mentions(RenderedDocument document) => document.Paragraphs.Any(pattern.IsMatch);
            mentions[compound.Slug] = new CompoundMentions(
                [.. articles.Where(a => Mentions(a.Current.Document))],
                [.. myths.Where(m => Mentions(m.Document) || pattern.IsMatch(m.Claim))]);
        }

        return mentions;
    }

    /// <summary>The compound's name in any case, or an alias as written (so "MG" does not match "79 mg").</summary>
    private static Regex MentionPattern(Compound compound)
    {
        var name = $"(?i:{Regex.Escape(compound.Name)})";
        var aliases = compound.Aliases.Select(Regex.Escape);
        return new Regex($@"(?<![\w-])(?:{string.Join('|', aliases.Prepend(name))})(?![\w-])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
