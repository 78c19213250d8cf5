using KratomFacts.Content.Articles;
using KratomFacts.Content.Diagnostics;
using KratomFacts.Content.Myths;

namespace KratomFacts.Content.Validation;

/// <summary>Stage 3 of the content flow: runs every check that needs more than one file to decide.</summary>
public sealed class ContentValidator(
    CitationUseValidator citations,
    MarkdownSafetyValidator safety,
    InternalLinkValidator links,
    ArticleVersionsValidator versions)
{
    public void Validate(
        IReadOnlyList<IReadOnlyList<ArticleVersionSource>> articles,
        IReadOnlyList<MythSource> myths,
        LinkTargets targets,
        DiagnosticBag diagnostics)
    {
        foreach (var article in articles)
        {
            versions.Validate(article, diagnostics);
            foreach (var version in article)
            {
                var path = version.File.DisplayPath;
                citations.Validate(path, version.Body, version.FrontMatter.Citations, diagnostics);
                safety.Validate(path, version.Body, diagnostics);
                links.Validate(path, version.Body, targets, diagnostics);
            }
        }

        foreach (var myth in myths)
        {
            var path = myth.File.DisplayPath;
            citations.Validate(path, myth.Body, myth.FrontMatter.Citations, diagnostics);
            safety.Validate(path, myth.Body, diagnostics);
            links.Validate(path, myth.Body, targets, diagnostics);
            foreach (var related in myth.FrontMatter.Related.Where(r => !targets.HasArticle(r)))
            {
                diagnostics.Error(path, myth.FrontMatter.RelatedAt, $"related article '{related}' does not exist");
            }
        }
    }
}
