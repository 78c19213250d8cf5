using KratomFacts.Content.Diffs;
using KratomFacts.Content.Markdown;

namespace KratomFacts.Web.Presentation;

/// <summary>A rendered body as one page shows it.</summary>
/// <param name="AnchorBase">Prefix of "link to this section" anchors: empty on a current page, the version's permanent URL on a version page.</param>
/// <param name="Changes">Sections that read differently in a later version (old versions only).</param>
/// <param name="DiffUrl">Builds the diff link for a change marker from the later version's number.</param>
public sealed record DocumentView(
    RenderedDocument Document,
    string AnchorBase,
    IReadOnlyDictionary<string, SectionChange> Changes,
    Func<int, string>? DiffUrl)
{
    public static DocumentView Plain(RenderedDocument document) => new(document, "", new Dictionary<string, SectionChange>(), null);

    public SectionChange? ChangeOf(Section section) =>
        section.Id is { } id && Changes.TryGetValue(id, out var change) ? change : null;
}

/// <param name="Id">Unique on the page, so several boxes can each have a label.</param>
public sealed record SearchBoxModel(string Id, string? Query = null, bool Prominent = false);
