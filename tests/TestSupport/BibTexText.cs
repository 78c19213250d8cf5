using System.Text.RegularExpressions;

namespace KratomFacts.TestSupport;

/// <summary>Reads BibTeX as the site writes it (one field a line), checking what BibTeX itself would refuse.</summary>
public static class BibTexText
{
    /// <summary>BibTeX counts every brace, escaped or not, and refuses an entry whose braces do not balance.</summary>
    public static bool BracesBalance(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            depth += c switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }

    /// <summary>The entries' starts: <c>@type{key,</c> at the beginning of a line.</summary>
    public static int EntryCount(string bib) => Regex.Count(bib, @"^@\w+\{[^,\s]+,$", RegexOptions.Multiline);

    /// <summary>The fields written one per line as <c>name = {value},</c>, with the outer braces removed.</summary>
    public static Dictionary<string, string> Fields(string bib) =>
        Regex.Matches(bib, @"^\s+(\w+) = \{(.*)\},?$", RegexOptions.Multiline).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
}
