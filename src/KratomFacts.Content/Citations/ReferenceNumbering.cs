using KratomFacts.Content.Markdown;

namespace KratomFacts.Content.Citations;

/// <summary>One place on a page that cites a work: its number in the page's reference list and the place's own id.</summary>
/// <param name="AnchorId">Id of this place (<c>cite-3-2</c>: the second place citing reference 3), for the list to link back to.</param>
public sealed record CitationMark(int Number, string AnchorId, Citation Work);

/// <summary>
/// Numbers the works a page cites in order of first appearance and gives each citing place an id, so that the
/// page's reference list and its superscripts agree. One instance serves one page (or one rendered document).
/// </summary>
public sealed class ReferenceNumbering
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<(Citation Work, List<string> Places)> _entries = [];

    /// <summary>Cites the work at a new place on the page: its number, and an id for the place.</summary>
    public CitationMark Cite(Citation work)
    {
        var number = Number(work);
        var places = _entries[number - 1].Places;
        var mark = new CitationMark(number, $"cite-{number}-{places.Count + 1}", work);
        places.Add(mark.AnchorId);
        return mark;
    }

    /// <summary>The work's number on the page, numbering it if it is new, without adding a place that cites it.</summary>
    public int Number(Citation work)
    {
        if (!_numbers.TryGetValue(work.Id, out var number))
        {
            _entries.Add((work, []));
            number = _entries.Count;
            _numbers[work.Id] = number;
        }

        return number;
    }

    public IReadOnlyList<ReferenceEntry> Entries() =>
        [.. _entries.Select((e, i) => new ReferenceEntry(i + 1, e.Work, [.. e.Places]))];
}
