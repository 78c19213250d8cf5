using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KratomFacts.Content.Citing;

/// <summary>Machine-readable citations of one page version for reference managers: BibTeX, RIS and CSL-JSON.</summary>
public static class CitationExports
{
    public const string BibTexType = "application/x-bibtex";
    public const string RisType = "application/x-research-info-systems";
    public const string CslJsonType = "application/vnd.citationstyles.csl+json";

    public static string BibTex(CitablePage p)
    {
        var fields = new (string Name, string Value)[]
        {
            ("author", "{" + CitablePage.SiteName + "}"),
            ("title", "{" + BibEscape(p.Title) + "}"),
            ("publisher", BibEscape(CitablePage.SiteName)),
            ("version", p.Version.ToString(CultureInfo.InvariantCulture)),
            ("year", p.Published.Year.ToString(CultureInfo.InvariantCulture)),
            ("date", CitablePage.Iso(p.Published)),
            ("url", p.PermanentUrl),
            ("urldate", CitablePage.Iso(p.Accessed)),
            ("note", BibEscape($"Version {p.Version}, published {CitablePage.Iso(p.Published)}; accessed {CitablePage.Iso(p.Accessed)}")),
        };
        var text = new StringBuilder().Append("@online{").Append(p.Key).Append(",\n");
        text.AppendJoin(",\n", fields.Select(f => $"  {f.Name} = {{{f.Value}}}"));
        return text.Append("\n}\n").ToString();
    }

    public static string Ris(CitablePage p)
    {
        var lines = new (string Tag, string Value)[]
        {
            ("TY", "ELEC"),
            ("AU", CitablePage.SiteName),
            ("TI", OneLine(p.Title)),
            ("T2", CitablePage.SiteName),
            ("PB", CitablePage.SiteName),
            ("ET", $"Version {p.Version}"),
            ("PY", p.Published.Year.ToString(CultureInfo.InvariantCulture)),
            ("DA", p.Published.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)),
            ("Y2", p.Accessed.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)),
            ("UR", p.PermanentUrl),
            ("ER", ""),
        };
        return string.Concat(lines.Select(l => $"{l.Tag}  - {l.Value}\r\n"));
    }

    public static string CslJson(CitablePage p)
    {
        var item = new JsonObject
        {
            ["id"] = p.Key,
            ["type"] = "webpage",
            ["title"] = p.Title,
            ["author"] = new JsonArray(new JsonObject { ["literal"] = CitablePage.SiteName }),
            ["container-title"] = CitablePage.SiteName,
            ["publisher"] = CitablePage.SiteName,
            ["version"] = p.Version.ToString(CultureInfo.InvariantCulture),
            ["issued"] = DateParts(p.Published),
            ["accessed"] = DateParts(p.Accessed),
            ["URL"] = p.PermanentUrl,
        };
        return new JsonArray(item).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static JsonObject DateParts(DateOnly date) =>
        new() { ["date-parts"] = new JsonArray(new JsonArray(date.Year, date.Month, date.Day)) };

    /// <summary>
    /// Escapes the characters that BibTeX and LaTeX treat specially, so a title cannot unbalance the entry. BibTeX
    /// counts a brace even after a backslash, so braces become the LaTeX commands that print them.
    /// </summary>
    private static string BibEscape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in OneLine(value))
        {
            text.Append(c switch
            {
                '{' => "\\textbraceleft{}",
                '}' => "\\textbraceright{}",
                '&' or '%' or '$' or '#' or '_' => "\\" + c,
                '\\' => "\\textbackslash{}",
                '^' => "\\^{}",
                '~' => "\\~{}",
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }

    private static string OneLine(string value) => string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
