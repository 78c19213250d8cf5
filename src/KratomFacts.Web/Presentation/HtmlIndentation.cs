using System.Text.RegularExpressions;

namespace KratomFacts.Web.Presentation;

/// <summary>
/// Removes the indentation Razor copies from the .cshtml sources into every line it writes, and blank lines. A line
/// break and the spaces after it render as one space anyway, so nothing a reader sees changes, except inside pre and
/// textarea, which are kept as written.
/// </summary>
public static partial class HtmlIndentation
{
    public static string Trim(string html) => IndentationOrKeptBlock().Replace(html, m => m.Groups["kept"].Success ? m.Value : "\n");

    [GeneratedRegex(@"(?<kept><(?<tag>pre|textarea)\b.*?</\k<tag>\s*>)|\n[ \t\r\n]+", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex IndentationOrKeptBlock();
}
