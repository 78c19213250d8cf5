using System.Globalization;
using System.Net;

namespace KratomFacts.Content.Citations;

/// <summary>
/// The HTML of citation superscripts, shared by the markdown renderer and the pages that cite outside markdown
/// (the alkaloid tables), so every citation on the site looks and links the same way: numbers linking to the
/// reference list, with the first author and year as the link's title. (Only that: the full reference is one
/// click away, and repeating it at every mark made a table of sourced values heavier than the rest of its page.)
/// </summary>
public static class CitationMarkup
{
    /// <summary>Wraps already-rendered items (links, or the text of an unresolved key) in one superscript.</summary>
    public static string Superscript(IEnumerable<string> itemsHtml) =>
        "<sup class=\"cite\">" + string.Join("<span class=\"cite-sep\">,</span>", itemsHtml) + "</sup>";

    public static string Superscript(IEnumerable<CitationMark> marks) => Superscript(marks.Select(Link));

    public static string Link(CitationMark mark)
    {
        var number = mark.Number.ToString(CultureInfo.InvariantCulture);
        return $"<a href=\"#ref-{number}\" id=\"{WebUtility.HtmlEncode(mark.AnchorId)}\" title=\"{WebUtility.HtmlEncode(CitationFormatter.AuthorYear(mark.Work))}\">" +
            $"<span class=\"visually-hidden\">Reference </span>{number}</a>";
    }
}
