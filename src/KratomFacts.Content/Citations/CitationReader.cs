using System.Collections.Frozen;
using System.Text.RegularExpressions;
using KratomFacts.Content.Diagnostics;
using KratomFacts.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace KratomFacts.Content.Citations;

/// <summary>A citation list as read from YAML, with where each id was declared (for unused-citation warnings).</summary>
public sealed record CitationList(IReadOnlyList<Citation> Items, IReadOnlyDictionary<string, SourcePosition> Declared)
{
    public static readonly CitationList Empty = new([], new Dictionary<string, SourcePosition>());

    /// <summary>Ids of listed citations that had errors of their own: citing one of them is not a second error.</summary>
    public IReadOnlySet<string> Rejected { get; init; } = FrozenSet<string>.Empty;

    public Citation? Find(string id) => Items.FirstOrDefault(c => c.Id == id);

    /// <summary>Whether a cited id is simply not listed (an error to report), rather than listed with errors already reported.</summary>
    public bool IsUnknown(string id) => Find(id) is null && !Rejected.Contains(id);
}

/// <summary>Reads a <c>citations:</c> YAML list into <see cref="Citation"/> records, checking every identifier's shape.</summary>
public sealed partial class CitationReader
{
    private static readonly HashSet<string> Fields =
        ["id", "authors", "title", "container", "year", "date", "volume", "issue", "pages", "doi", "pmid", "pmcid", "url", "accessed", "evidence"];

    public CitationList Read(YamlSequenceNode? sequence, YamlSource source, DiagnosticBag diagnostics)
    {
        if (sequence is null)
        {
            return CitationList.Empty;
        }

        var items = new List<Citation>();
        var declared = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var rejected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in sequence)
        {
            if (node is not YamlMappingNode map)
            {
                diagnostics.Error(source.DisplayPath, source.At(node), "each citation must be a set of fields (id, authors, title, ...)");
                continue;
            }

            var fields = new YamlFields(map, source, diagnostics, "citation", Fields);
            var citation = ReadOne(fields);
            if (citation is null)
            {
                if (fields.Node("id") is YamlScalarNode { Value: { } rejectedId })
                {
                    rejected.Add(rejectedId.Trim());
                }

                continue;
            }

            if (!declared.TryAdd(citation.Id, source.At(map)))
            {
                diagnostics.Error(source.DisplayPath, source.At(map), $"duplicate citation id '{citation.Id}'");
                continue;
            }

            items.Add(citation);
        }

        return new CitationList(items, declared) { Rejected = rejected.ToFrozenSet(StringComparer.Ordinal) };
    }

    private static Citation? ReadOne(YamlFields f)
    {
        var id = f.Text("id", required: true);
        var authors = f.StringList("authors", required: true);
        var title = f.Text("title", required: true);
        var evidenceText = f.Text("evidence", required: true);
        var year = f.Number("year", min: 1800, max: 2100);
        var date = f.Date("date");
        var accessed = f.Date("accessed");
        var doi = Checked(f, "doi", DoiPattern(), "a DOI like 10.1000/xyz123, without 'https://doi.org/' or 'doi:' in front");
        var pmid = Checked(f, "pmid", PmidPattern(), "a PubMed id: digits only");
        var pmcid = Checked(f, "pmcid", PmcidPattern(), "a PubMed Central id like PMC1234567");
        var url = Checked(f, "url", UrlPattern(), "an absolute http(s) URL");
        if (id is not null && !CitationKeyPattern().IsMatch(id))
        {
            f.ErrorAt("id", $"citation id '{id}' may hold only letters, digits and - _ . :");
            id = null;
        }

        if (evidenceText is not null && !EvidenceKinds.TryParse(evidenceText, out _))
        {
            f.ErrorAt("evidence", $"unknown evidence kind '{evidenceText}'; use one of: {string.Join(", ", EvidenceKinds.Slugs)}");
        }

        if (authors.Count == 0 && f.Node("authors") is not null)
        {
            f.ErrorAt("authors", "citation field 'authors' is empty: name the authors, or the organisation as author");
        }

        if (id is null || title is null || authors.Count == 0 || !EvidenceKinds.TryParse(evidenceText, out var evidence))
        {
            return null;
        }

        return new Citation(id, authors, title, f.Text("container"), year, date, f.Text("volume"), f.Text("issue"),
            f.Text("pages"), doi, pmid, pmcid, url, accessed, evidence);
    }

    private static string? Checked(YamlFields f, string key, Regex pattern, string expected)
    {
        var value = f.Text(key);
        if (value is not null && !pattern.IsMatch(value))
        {
            f.ErrorAt(key, $"malformed {key.ToUpperInvariant()} '{value}': expected {expected}");
            return null;
        }

        return value;
    }

    /// <summary>Pandoc's citation key shape, limited to what a URL fragment carries safely.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.:\-]*$")]
    public static partial Regex CitationKeyPattern();

    [GeneratedRegex(@"^10\.\d{4,9}/[^\s""<>]+$")]
    private static partial Regex DoiPattern();

    [GeneratedRegex(@"^[1-9][0-9]{0,8}$")]
    private static partial Regex PmidPattern();

    [GeneratedRegex(@"^PMC[0-9]{1,9}$")]
    private static partial Regex PmcidPattern();

    [GeneratedRegex(@"^https?://[^\s""<>]+$", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();
}
