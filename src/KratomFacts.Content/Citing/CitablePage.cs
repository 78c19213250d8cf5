using System.Globalization;
using KratomFacts.Content.Articles;

namespace KratomFacts.Content.Citing;

/// <summary>One exact version of a page, as a clinician cites it: the site is the author and publisher.</summary>
/// <param name="PermanentUrl">The absolute URL of this version, which never changes.</param>
/// <param name="Accessed">The day the reader accessed it, which most citation styles ask for.</param>
public sealed record CitablePage(string Title, int Version, DateOnly Published, string PermanentUrl, DateOnly Accessed, string Key)
{
    public const string SiteName = "KratomFacts";

    public static CitablePage Of(ArticleVersion version, string siteBase, DateOnly accessed) =>
        new(version.Title, version.Number, version.Published, siteBase + version.PermanentUrl, accessed, $"kratomfacts-{version.Slug}-v{version.Number}");

    public string FileName(string extension) => $"{Key}.{extension}";

    internal static string Long(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
