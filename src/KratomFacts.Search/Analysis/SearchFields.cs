namespace KratomFacts.Search.Analysis;

/// <summary>
/// The index schema. Every text field is indexed twice: as written (lower-cased, accents folded, stop words
/// kept) and stemmed, so "withdrawal" matches "withdraw" while a half-typed "withdr" still finds the
/// unstemmed word by prefix.
/// </summary>
public static class SearchFields
{
    public const string Title = "title";
    public const string Aliases = "aliases";
    public const string Heading = "heading";
    public const string Context = "context";
    public const string Body = "body";

    public const string Kind = "kind";
    public const string Group = "group";
    public const string Url = "url";
    public const string DisplayTitle = "display_title";
    public const string Section = "section";

    public const string StemSuffix = "_stem";

    /// <summary>Changes when analysis or fields change, so a prebuilt index of an older shape is rebuilt.</summary>
    public const string SchemaVersion = "4";

    /// <summary>Title, aliases, headings and body, weighted in that order; a section's article title counts a little.</summary>
    public static IReadOnlyList<(string Field, float Boost)> Weighted { get; } =
    [
        (Title, 4f),
        (Aliases, 3f),
        (Heading, 2f),
        (Body, 1f),
        (Context, 0.5f),
    ];

    public static string Stemmed(string field) => field + StemSuffix;

    public static bool IsStemmed(string field) => field.EndsWith(StemSuffix, StringComparison.Ordinal);
}
