using System.Text.RegularExpressions;

namespace KratomFacts.Content.Loading;

/// <summary>Slugs are lowercase ASCII words joined by '-': the only shape of name that reaches a lookup or a URL.</summary>
public static partial class Slugs
{
    public const int MaxLength = 100;

    public static bool IsValid(string? value) =>
        value is { Length: > 0 and <= MaxLength } && SlugPattern().IsMatch(value);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
