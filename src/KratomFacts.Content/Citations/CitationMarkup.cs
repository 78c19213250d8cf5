using System.Globalization;
using System.Net;

namespace KratomFacts.Content.Citations;

/// <summary>
/// The HTML of citation superscripts, shared by the markdown renderer and the pages that cite outside markdown
/// (the alkaloid tables), so every citation on the site looks and links the same way: numbers linking to the
/// reference list. They carry no tooltip: the reference is one click away, and repeating even a short form of it
/// at every mark made the alkaloid table heavier than a page may be.
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
        return $"<a href=\"#ref-{number}\" id=\"{WebUtility.HtmlEncode(mark.AnchorId)}\">" +
            $"<span class=\"visually-hidden\">Reference </span>{number}</a>";
    }
}
