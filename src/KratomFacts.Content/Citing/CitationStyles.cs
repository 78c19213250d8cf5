using System.Globalization;

namespace KratomFacts.Content.Citing;

/// <summary>Ready-to-copy citations of one page version in the styles clinicians and researchers use.</summary>
public static class CitationStyles
{
    /// <summary>AMA Manual of Style (11th ed.), web page with the site as author.</summary>
    public static string Ama(CitablePage p) =>
        $"{CitablePage.SiteName}. {EndSentence(p.Title)} Version {p.Version}. {CitablePage.SiteName}. Published {CitablePage.Long(p.Published)}. " +
        $"Accessed {CitablePage.Long(p.Accessed)}. {p.PermanentUrl}";

    /// <summary>APA (7th ed.), web page whose author is the site; version in parentheses after the title.</summary>
    public static string Apa(CitablePage p) =>
        $"{CitablePage.SiteName}. ({p.Published.Year.ToString(CultureInfo.InvariantCulture)}, {p.Published.ToString("MMMM d", CultureInfo.InvariantCulture)}). " +
        $"{p.Title} (Version {p.Version}). Retrieved {CitablePage.Long(p.Accessed)}, from {p.PermanentUrl}";

    /// <summary>Vancouver (NLM Citing Medicine), homepage part with version, publication and citation dates.</summary>
    public static string Vancouver(CitablePage p) =>
        $"{CitablePage.SiteName}. {p.Title} [Internet]. Version {p.Version}. {CitablePage.SiteName}; " +
        $"{Nlm(p.Published)} [cited {Nlm(p.Accessed)}]. Available from: {p.PermanentUrl}";

    private static string Nlm(DateOnly date) => date.ToString("yyyy MMM d", CultureInfo.InvariantCulture);

    private static string EndSentence(string title) => title.Length > 0 && title[^1] is '.' or '?' or '!' ? title : title + ".";
}
