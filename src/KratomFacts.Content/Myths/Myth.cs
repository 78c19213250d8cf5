using KratomFacts.Content.Citations;
using KratomFacts.Content.Markdown;

namespace KratomFacts.Content.Myths;

/// <summary>One claim people make about kratom, with the verdict of the evidence and its explanation.</summary>
public sealed record Myth(
    string Slug,
    string Claim,
    Verdict Verdict,
    string Answer,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Related,
    DateOnly? Reviewed,
    IReadOnlyList<Citation> Citations,
    RenderedDocument Document)
{
    public string Url => $"/myths/{Slug}";

    /// <summary>The topic the myth index groups by: the first tag.</summary>
    public string Topic => Tags.Count > 0 ? Tags[0] : "general";
}
