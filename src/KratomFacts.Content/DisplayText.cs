namespace KratomFacts.Content;

/// <summary>Text that came from outside (a query, a file) quoted back to a reader, cut short so it cannot flood a message.</summary>
public static class DisplayText
{
    public static string Shorten(string text, int max = 40) => text.Length <= max ? text : text[..max] + "…";
}
