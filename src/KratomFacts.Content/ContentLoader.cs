using KratomFacts.Content.Alkaloids;
using KratomFacts.Content.Articles;
using KratomFacts.Content.Catalog;
using KratomFacts.Content.Citations;
using KratomFacts.Content.Diagnostics;
using KratomFacts.Content.Loading;
using KratomFacts.Content.Markdown;
using KratomFacts.Content.Myths;
using KratomFacts.Content.Validation;
using KratomFacts.Content.Yaml;

namespace KratomFacts.Content;

/// <summary>What loading a content tree gave: the catalog when there were no errors, and every diagnostic.</summary>
public sealed record ContentLoadResult(ContentCatalog? Catalog, IReadOnlyList<ContentDiagnostic> Diagnostics)
{
    public bool HasErrors => Catalog is null;
}

/// <summary>
/// Runs the content flow in order: read files, parse front matter and markdown, validate, render, build the
/// catalog. The same flow serves <c>check</c>, <c>build-index</c> and the web app's start-up.
/// </summary>
public sealed class ContentLoader(
    ContentTreeReader reader,
    ArticleVersionReader articleReader,
    MythReader mythReader,
    AlkaloidReader alkaloidReader,
    ContentValidator validator,
    CatalogBuilder builder)
{
    /// <summary>The loader with its standard stages, for callers without a DI container.</summary>
    public static ContentLoader CreateDefault()
    {
        var markdown = new ContentMarkdown();
        var bodies = new MarkdownBodyParser(markdown, new MarkdownComplexityValidator());
        var splitter = new FrontMatterSplitter();
        var yaml = new SafeYamlLoader();
        var citations = new CitationReader();
        return new ContentLoader(
            new ContentTreeReader(),
            new ArticleVersionReader(splitter, yaml, citations, bodies),
            new MythReader(splitter, yaml, citations, bodies),
            new AlkaloidReader(yaml, citations),
            new ContentValidator(new CitationUseValidator(), new MarkdownSafetyValidator(), new InternalLinkValidator(), new ArticleVersionsValidator()),
            new CatalogBuilder(new DocumentRenderer(markdown)));
    }

    public ContentLoadResult Load(string root)
    {
        var diagnostics = new DiagnosticBag();
        var tree = reader.Read(root, diagnostics);

        var articles = tree.Articles
            .Select(folder => (IReadOnlyList<ArticleVersionSource>)[.. folder.Versions.Select(v => articleReader.Read(folder.Slug, v, diagnostics)).OfType<ArticleVersionSource>()])
            .Where(versions => versions.Count > 0)
            .ToList();
        var myths = tree.Myths.Select(file => mythReader.Read(file, diagnostics)).OfType<MythSource>().ToList();
        var alkaloids = tree.Alkaloids is null ? AlkaloidTable.Empty : alkaloidReader.Read(tree.Alkaloids, diagnostics);

        var targets = new LinkTargets();
        foreach (var versions in articles)
        {
            targets.AddArticle(versions[0].Slug, versions.Count, versions[^1].Body.Document);
        }

        myths.ForEach(m => targets.AddMyth(m.Slug));
        foreach (var compound in alkaloids.Compounds)
        {
            targets.AddCompound(compound.Slug);
        }

        validator.Validate(articles, myths, targets, diagnostics);
        var catalog = diagnostics.HasErrors ? null : builder.Build(articles, myths, alkaloids, tree.Fingerprint);
        return new ContentLoadResult(catalog, diagnostics.Sorted());
    }
}
