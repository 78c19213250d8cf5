using System.Diagnostics;
using KratomFacts.Content.Tests.Support;
using KratomFacts.TestSupport;

namespace KratomFacts.Content.Tests.Validation;

/// <summary>
/// Each broken tree under tests/fixtures/broken/ is the minimal tree with one defect; loading it must print
/// exactly one line naming the file, line and column, as <c>check</c> and the web app print it.
/// </summary>
public sealed class ContentErrorTests
{
    private const string V1 = "articles/sample/v1.md";
    private const string V2 = "articles/sample/v2.md";

    [Fact]
    public void Minimal_tree_that_broken_cases_copy_loads_cleanly()
    {
        var result = ContentLoader.CreateDefault().Load(TestPaths.MinimalContent);

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Catalog);
    }

    [Theory]
    [InlineData("no-front-matter", V1, "1:1: error: file must start with front matter: a line '---', YAML fields, then another '---'")]
    [InlineData("unclosed-front-matter", V1, "1:1: error: front matter is not closed: no '---' line after the opening one")]
    [InlineData("invalid-yaml", V1, "6:7: error: invalid YAML: this '[' list or '{' mapping is not closed")]
    [InlineData("missing-title", V1, "2:1: error: missing required article field 'title'")]
    [InlineData("bad-date", V1, "5:12: error: the \"published\" field is not a valid date in the form YYYY-MM-DD: '2026-13-10'")]
    [InlineData("version-mismatch", V1, "4:1: error: version is 2 but the file is v1.md: they must match")]
    [InlineData("version-gap", "articles/sample/v3.md", "1:1: error: version 3 follows version 1: version 2 is missing (versions run v1, v2, ... without gaps)")]
    [InlineData("missing-changes", V2, "2:1: error: missing required article field 'changes': from version 2 on, say what changed and why")]
    [InlineData("empty-changes", V2, "6:1: error: article field 'changes' is empty: from version 2 on, say what changed and why")]
    [InlineData("duplicate-citation-id", V1, "18:5: error: duplicate citation id 'kruegel-2016'")]
    [InlineData("unknown-citation", V1, "23:52: error: unknown citation '@singh-2014': it is not in this file's citations")]
    [InlineData("malformed-doi", V1, "16:5: error: malformed DOI 'https://doi.org/10.1021/jacs.6b00360': expected a DOI like 10.1000/xyz123, without 'https://doi.org/' or 'doi:' in front")]
    [InlineData("malformed-pmid", V1, "17:5: error: malformed PMID 'PMID 27144082': expected a PubMed id: digits only")]
    [InlineData("unknown-evidence-kind", V1, "17:5: error: unknown evidence kind 'lab-study'; use one of: systematic-review, rct, clinical-study, observational, survey, case-report, animal, in-vitro, regulatory, review, expert-opinion")]
    [InlineData("broken-internal-link", V1, "23:5: error: broken internal link '/articles/missing': there is no article 'missing'")]
    [InlineData("duplicate-key", V1, "4:1: error: invalid YAML: duplicate key 'title'")]
    [InlineData("unknown-key", V1, "7:1: error: unknown article field 'author'; allowed: title, summary, version, published, reviewed, changes, tags, aliases, citations")]
    [InlineData("yaml-tag", V1, "2:8: error: YAML tags (!tag) are not allowed")]
    [InlineData("yaml-too-deep", V1, "6:14: error: YAML is nested deeper than 8 levels")]
    [InlineData("raw-html", V1, "23:1: error: raw HTML is not allowed in content; use markdown")]
    [InlineData("unsafe-link", V1, "23:1: error: unsafe URL 'javascript:alert(1)': only http, https, mailto and site links are allowed")]
    public void Broken_tree_is_refused_with_one_line_naming_file_line_and_column(string fixture, string file, string diagnostic)
    {
        Assert.Null(LoadExpecting(fixture, file, diagnostic).Catalog);
    }

    [Theory]
    [InlineData("unused-citation", V1, "18:5: warning: citation 'singh-2014' is listed but never cited in the text")]
    [InlineData("dropped-pinned-heading", V2, "1:1: warning: v1 has a section '#key-points' that v2 drops: links to /articles/sample#key-points will no longer reach a section; keep a heading with {#key-points} if the topic is still covered")]
    public void Questionable_tree_loads_with_one_warning(string fixture, string file, string diagnostic)
    {
        Assert.NotNull(LoadExpecting(fixture, file, diagnostic).Catalog);
    }

    [Fact]
    public void Yaml_alias_bomb_is_refused_fast_at_its_first_anchor()
    {
        var clock = Stopwatch.StartNew();
        var result = LoadExpecting("alias-bomb", V1, "7:7: error: YAML anchors like '&lol1' are not allowed: write the value out in full");
        clock.Stop();

        Assert.Null(result.Catalog);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"loading took {clock.Elapsed}");
    }

    [Fact]
    public void File_that_is_not_utf8_is_refused_at_its_first_bad_byte()
    {
        using var tree = TemporaryTree.CopyOf(TestPaths.MinimalContent);
        var file = Path.Combine(tree.Root, "articles", "sample", "v1.md");
        var lines = File.ReadAllLines(file);
        lines[20] = "Kratom is sold in caf\u00e9s and online.";
        File.WriteAllBytes(file, System.Text.Encoding.Latin1.GetBytes(string.Join('\n', lines) + "\n"));

        var result = ContentLoader.CreateDefault().Load(tree.Root);

        Assert.Null(result.Catalog);
        Assert.Equal(
            [$"{Path.Join(tree.Root, V1)}:21:22: error: file is not valid UTF-8 (the first bad byte is here): save it with UTF-8 encoding"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    /// <summary>Loads a broken fixture and checks it gives exactly the one expected line.</summary>
    private static ContentLoadResult LoadExpecting(string fixture, string file, string diagnostic)
    {
        var root = TestPaths.BrokenContent(fixture);
        var result = ContentLoader.CreateDefault().Load(root);
        Assert.Equal([$"{Path.Join(root, file)}:{diagnostic}"], result.Diagnostics.Select(d => d.ToString()));
        return result;
    }
}
