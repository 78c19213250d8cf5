namespace KratomFacts.Content.Markdown.Safety;

/// <summary>
/// The URL policy for everything content links to: relative URLs and http, https and mailto only.
/// Markdig decodes entities before this sees a URL, so <c>&amp;#106;avascript:</c> arrives as <c>javascript:</c>.
/// </summary>
public static class SafeUrls
{
    public const string Replacement = "#unsafe-link-removed";

    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Browsers ignore tabs, newlines and leading control characters and spaces in a scheme ("java\tscript:").
        var cleaned = new string([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true;
        }

        var firstDelimiter = cleaned.IndexOfAny(['/', '?', '#']);
        if (firstDelimiter >= 0 && firstDelimiter < colon)
        {
            return true; // the colon is in a path, query or fragment, so there is no scheme
        }

        var scheme = cleaned[..colon];
        return AllowedSchemes.Any(s => s.Equals(scheme, StringComparison.OrdinalIgnoreCase));
    }

    public static string Rewrite(string url) => IsSafe(url) ? url : Replacement;
}
