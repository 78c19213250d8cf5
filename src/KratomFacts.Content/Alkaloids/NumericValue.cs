using System.Globalization;
using System.Text.RegularExpressions;

namespace KratomFacts.Content.Alkaloids;

/// <summary>Reads the numbers in a numeric property value: "17", "0.57", "3-9", "23 +/- 16" (the mean).</summary>
public static partial class NumericValue
{
    public static (double Low, double High)? TryParse(string value)
    {
        var match = Pattern().Match(value);
        if (!match.Success)
        {
            return null;
        }

        var low = double.Parse(match.Groups["low"].Value, CultureInfo.InvariantCulture);
        var high = match.Groups["high"].Success ? double.Parse(match.Groups["high"].Value, CultureInfo.InvariantCulture) : low;
        return high >= low && low > 0 ? (low, high) : null;
    }

    [GeneratedRegex(@"^\s*(?<low>\d+(?:\.\d+)?)\s*(?:(?:-|–)\s*(?<high>\d+(?:\.\d+)?)|\+/-\s*\d+(?:\.\d+)?)?\s*$")]
    private static partial Regex Pattern();
}
