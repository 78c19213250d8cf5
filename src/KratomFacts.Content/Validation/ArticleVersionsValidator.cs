using KratomFacts.Content.Articles;
using KratomFacts.Content.Diagnostics;

namespace KratomFacts.Content.Validation;

/// <summary>
/// An article's versions must run v1, v2, ... without gaps, in date order; a later version that drops a
/// pinned heading id breaks links into the older version's sections, so that is a warning.
/// </summary>
public sealed class ArticleVersionsValidator
{
    public void Validate(IReadOnlyList<ArticleVersionSource> versions, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < versions.Count; i++)
        {
            var version = versions[i];
            var expected = i + 1;
            if (version.Number != expected)
            {
                diagnostics.Error(version.File.DisplayPath, SourcePosition.Start,
                    $"version {version.Number} follows version {expected - 1}: version {expected} is missing (versions run v1, v2, ... without gaps)");
                return;
            }

            if (i == 0)
            {
                continue;
            }

            var previous = versions[i - 1];
            if (version.FrontMatter.Published < previous.FrontMatter.Published)
            {
                diagnostics.Error(version.File.DisplayPath, version.FrontMatter.PublishedAt,
                    $"published {version.FrontMatter.Published:yyyy-MM-dd} is before v{previous.Number}'s {previous.FrontMatter.Published:yyyy-MM-dd}");
            }

            var kept = LinkTargets.HeadingIds(version.Body.Document);
            foreach (var dropped in LinkTargets.PinnedIds(previous.Body.Document).Where(id => !kept.Contains(id)).Order(StringComparer.Ordinal))
            {
                diagnostics.Warning(version.File.DisplayPath, SourcePosition.Start,
                    $"v{previous.Number} has a section '#{dropped}' that v{version.Number} drops: links to /articles/{version.Slug}#{dropped} will no longer reach a section; keep a heading with {{#{dropped}}} if the topic is still covered");
            }
        }
    }
}
