using System.Globalization;
using System.Text;
using KratomFacts.Content.Citations;

namespace KratomFacts.Cli.Synthetic;

/// <summary>Writes YAML front matter values the way the content format spells them, every string double-quoted.</summary>
public static class FrontMatterText
{
    public static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Quote)) + "]";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A <c>citations:</c> block with one entry per work, all of its fields.</summary>
    public static void AppendCitations(StringBuilder yaml, IEnumerable<Citation> works)
    {
        yaml.Append("citations:\n");
        foreach (var c in works)
        {
            yaml.Append("  - id: ").Append(c.Id).Append('\n');
            yaml.Append("    authors: ").Append(List(c.Authors)).Append('\n');
            yaml.Append("    title: ").Append(Quote(c.Title)).Append('\n');
            Field(yaml, "container", c.Container);
            Field(yaml, "year", c.Year?.ToString(CultureInfo.InvariantCulture), quoted: false);
            Field(yaml, "date", c.Date is { } d ? Date(d) : null, quoted: false);
            Field(yaml, "volume", c.Volume);
            Field(yaml, "issue", c.Issue);
            Field(yaml, "pages", c.Pages);
            Field(yaml, "doi", c.Doi);
            Field(yaml, "pmid", c.Pmid);
            Field(yaml, "pmcid", c.Pmcid);
            Field(yaml, "url", c.Url);
            Field(yaml, "accessed", c.Accessed is { } a ? Date(a) : null, quoted: false);
            yaml.Append("    evidence: ").Append(c.Evidence.Slug()).Append('\n');
        }
    }

    private static void Field(StringBuilder yaml, string name, string? value, bool quoted = true)
    {
        if (value is not null)
        {
            yaml.Append("    ").Append(name).Append(": ").Append(quoted ? Quote(value) : value).Append('\n');
        }
    }
}
