using System.Globalization;
using System.Text;

namespace KratomFacts.Content.Citations;

/// <summary>Formats cited works in the clinical (Vancouver/AMA) style readers of medical references expect.</summary>
public static class CitationFormatter
{
    private const int MaxAuthorsListed = 6;

    /// <summary>Up to six authors, then "et al.", as Vancouver style lists them.</summary>
    public static string Authors(Citation c)
    {
        var named = c.NamedAuthors;
        var etAl = named.Count > MaxAuthorsListed || c.HasUnnamedAuthors;
        var listed = string.Join(", ", named.Take(MaxAuthorsListed));
        return etAl ? listed + ", et al." : listed;
    }

    /// <summary>
    /// "Authors. Title. Container. Year;Volume(Issue):Pages." Identifiers (DOI, PMID, URL) are not included:
    /// pages show them as links beside this text.
    /// </summary>
    public static string Vancouver(Citation c)
    {
        var text = new StringBuilder();
        text.Append(EndWithPeriod(Authors(c))).Append(' ').Append(EndWithPeriod(c.Title));
        if (c.Container is not null)
        {
            text.Append(' ').Append(EndWithPeriod(c.Container));
        }

        var source = new StringBuilder();
        if (c.Date is { } date && c.Volume is null)
        {
            source.Append(date.ToString("yyyy MMM d", CultureInfo.InvariantCulture));
        }
        else if (c.PublishedYear is { } year)
        {
            source.Append(year.ToString(CultureInfo.InvariantCulture));
        }

        if (c.Volume is not null)
        {
            source.Append(';').Append(c.Volume);
        }

        if (c.Issue is not null)
        {
            source.Append('(').Append(c.Issue).Append(')');
        }

        if (c.Pages is not null)
        {
            source.Append(source.Length > 0 ? ":" : "").Append(c.Pages);
        }

        if (source.Length > 0)
        {
            text.Append(' ').Append(source).Append('.');
        }

        if (c.Accessed is { } accessed)
        {
            text.Append(" Accessed ").Append(accessed.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)).Append('.');
        }

        return text.ToString();
    }

    /// <summary>
    /// "Matsumoto et al. 2005": the first author's surname and the year, short enough for a chart label.
    /// Vancouver names end in initials ("Matsumoto K"); an organisation as author is kept whole.
    /// </summary>
    public static string AuthorYear(Citation c)
    {
        var named = c.NamedAuthors;
        var first = named.Count > 0 ? Surname(named[0]) : c.Title;
        var who = c.Authors.Count switch
        {
            <= 1 => first,
            2 when named.Count == 2 => $"{first} and {Surname(named[1])}",
            _ => first + " et al.",
        };
        return c.PublishedYear is { } year ? $"{who} {year.ToString(CultureInfo.InvariantCulture)}" : who;
    }

    private static string Surname(string author)
    {
        var parts = author.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var initials = parts.Length > 1 && parts[^1].Length <= 3 && parts[^1].All(char.IsUpper);
        return initials ? string.Join(' ', parts[..^1]) : author.Trim();
    }

    private static string EndWithPeriod(string text) =>
        text.Length == 0 || text[^1] is '.' or '?' or '!' ? text : text + ".";
}
