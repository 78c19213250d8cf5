using KratomFacts.Content.Citing;

namespace KratomFacts.Web.Presentation;

/// <summary>"Cite this page": the version's citation in three styles, and its downloads.</summary>
public sealed record CiteBox(CitablePage Page, string DownloadBase)
{
    public string Ama => CitationStyles.Ama(Page);

    public string Apa => CitationStyles.Apa(Page);

    public string Vancouver => CitationStyles.Vancouver(Page);

    public string Download(string extension) => $"{DownloadBase}/cite.{extension}";
}
