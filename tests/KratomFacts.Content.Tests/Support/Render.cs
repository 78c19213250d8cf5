using KratomFacts.Content.Citations;
using KratomFacts.Content.Diagnostics;
using KratomFacts.Content.Markdown;

namespace KratomFacts.Content.Tests.Support;

/// <summary>Renders markdown through the content pipeline against a small fixed list of cited works.</summary>
public static class Render
{
    /// <summary>Short reference: "Doe J. Alpha study. J Test 2020".</summary>
    public static readonly Citation Doe = Work("doe-2020", ["Doe J"], "Alpha study", "J Test", 2020);

    /// <summary>Short reference: "Roe A et al. Kratom &amp; "opioids". Clin Test 2021" (a title that needs escaping).</summary>
    public static readonly Citation Roe = Work("roe-2021", ["Roe A", "Poe B"], "Kratom & \"opioids\"", "Clin Test", 2021);

    /// <summary>The works a test body may cite: <see cref="Doe"/> and <see cref="Roe"/>.</summary>
    public static CitationList Works => new([Doe, Roe], new Dictionary<string, SourcePosition>());

    public static RenderedDocument Document(string markdown)
    {
        var pipeline = new ContentMarkdown();
        return new DocumentRenderer(pipeline).Render(pipeline.Parse(markdown), Works);
    }

    /// <summary>The body's HTML as a page shows it under its headings, without the final newline.</summary>
    public static string Html(string markdown) =>
        string.Concat(Document(markdown).Sections.Select(s => s.Html)).TrimEnd('\n');

    private static Citation Work(string id, IReadOnlyList<string> authors, string title, string container, int year) =>
        new(id, authors, title, container, year, null, null, null, null, null, null, null, null, null, EvidenceKind.Observational);
}
