using KratomFacts.Content;
using KratomFacts.Content.Myths;

namespace KratomFacts.Web.Presentation.Myths;

/// <summary>The myth index as filtered: groups by topic, the filter links, and what is shown in words.</summary>
/// <param name="Showing">The current filter and how many entries it leaves, in words.</param>
/// <param name="EmptyMessage">Why nothing is listed, when nothing is.</param>
public sealed record MythIndexView(
    MythFilter Filter,
    IReadOnlyList<MythGroup> Groups,
    IReadOnlyList<FilterLink> VerdictLinks,
    IReadOnlyList<FilterLink> TagLinks,
    string Showing,
    string? EmptyMessage)
{
    public static MythIndexView Build(IReadOnlyList<Myth> myths, MythFilter filter)
    {
        var shown = myths.Where(filter.Matches).ToList();
        var groups = shown
            .GroupBy(m => m.Topic, StringComparer.OrdinalIgnoreCase)
            .Select(g => new MythGroup("topic-" + Anchor(g.Key), Capitalize(g.Key), [.. g]))
            .ToList();

        // Each filter's counts are within the other filter, so a count says what following the link will show.
        var withTag = myths.Where(m => filter.Tag is null || MythFilter.HasTag(m, filter.Tag)).ToList();
        var withVerdict = myths.Where(m => filter.Verdict is null || m.Verdict == filter.Verdict).ToList();
        var verdictLinks = Verdicts.All
            .Select(v => new FilterLink(v.Label(), (filter with { Verdict = v }).Url, withTag.Count(m => m.Verdict == v), filter.Verdict == v))
            .Prepend(new FilterLink("Any verdict", (filter with { Verdict = null }).Url, withTag.Count, filter.Verdict is null))
            .ToList();
        var tagLinks = myths
            .SelectMany(m => m.Tags)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)
            .Select(t => new FilterLink(t, (filter with { Tag = t }).Url, withVerdict.Count(m => MythFilter.HasTag(m, t)),
                string.Equals(filter.Tag, t, StringComparison.OrdinalIgnoreCase)))
            .Prepend(new FilterLink("Any tag", (filter with { Tag = null }).Url, withVerdict.Count, filter.Tag is null))
            .ToList();
        return new MythIndexView(filter, groups, verdictLinks, tagLinks, Describe(filter, shown.Count, myths.Count), Empty(filter, shown.Count, tagLinks));
    }

    private static string Describe(MythFilter filter, int shown, int total)
    {
        var parts = new List<string>();
        if (filter.Verdict is { } v)
        {
            parts.Add($"verdict “{v.Label()}”");
        }

        if (filter.Tag is { } t)
        {
            parts.Add($"tag “{DisplayText.Shorten(t)}”");
        }

        return parts.Count == 0
            ? $"Showing all {total} entries."
            : $"Showing {shown} of {total} entries with {string.Join(" and ", parts)}.";
    }

    private static string? Empty(MythFilter filter, int shown, IReadOnlyList<FilterLink> tagLinks)
    {
        if (shown > 0)
        {
            return null;
        }

        var unknownTag = filter.Tag is { } tag && !tagLinks.Skip(1).Any(l => l.IsCurrent);
        return unknownTag
            ? $"No entry has the tag “{DisplayText.Shorten(filter.Tag!)}”. Choose one of the tags listed, or clear the filters."
            : "No entry matches both filters. Choose another verdict or tag, or clear the filters.";
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Anchor(string text) =>
        string.Join('-', new string([.. text.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>One topic heading of the index and the entries under it.</summary>
public sealed record MythGroup(string Id, string Heading, IReadOnlyList<Myth> Myths);
