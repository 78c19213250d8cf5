using KratomFacts.Content.Articles;

namespace KratomFacts.Content.Diffs;

/// <summary>How a section of an older version fared in later versions.</summary>
/// <param name="Version">The first later version in which the section's text differs (or the section is gone).</param>
/// <param name="Removed">Whether that version no longer has a section with this id.</param>
public sealed record SectionChange(int Version, bool Removed);

/// <summary>
/// For a reader following an old citation: which sections of this version read differently later, so
/// unchanged sections can say nothing and changed ones can point to the diff.
/// </summary>
public static class SectionChanges
{
    public static IReadOnlyDictionary<string, SectionChange> Find(Article article, ArticleVersion version)
    {
        var changes = new Dictionary<string, SectionChange>(StringComparer.Ordinal);
        foreach (var section in version.Document.HeadedSections)
        {
            foreach (var later in article.Versions.Skip(version.Number))
            {
                var match = later.Document.FindSection(section.Id!);
                if (match is null || match.ComparableText != section.ComparableText)
                {
                    changes[section.Id!] = new SectionChange(later.Number, match is null);
                    break;
                }
            }
        }

        return changes;
    }
}
