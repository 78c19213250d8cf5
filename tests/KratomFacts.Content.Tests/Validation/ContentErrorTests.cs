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
    [InlineData("duplicate-citation-field", V1, "17:5: error: invalid YAML: duplicate key 'doi'")]
    [InlineData("unknown-citation-field", V1, "18:5: error: unknown citation field 'publisher'; allowed: id, authors, title, container, year, date, volume, issue, pages, doi, pmid, pmcid, url, accessed, evidence")]
    [InlineData("yaml-alias", V1, "6:7: error: YAML anchors like '&t' are not allowed: write the value out in full")]
    [InlineData("yaml-verbatim-tag", V1, "2:8: error: YAML tags (!tag) are not allowed")]
    [InlineData("file-too-large", V1, "1:1: error: file is 262,236 bytes; the limit is 262,144")]
    public void Broken_tree_is_refused_with_one_line_naming_file_line_and_column(string fixture, string file, string diagnostic)
    {
        Assert.Null(LoadExpecting(fixture, file, diagnostic).Catalog);
    }

    [Theory]
    [InlineData(9, "javascript:alert(1)")]
    [InlineData(11, "JaVaScRiPt:alert(1)")]
    [InlineData(13, "javascript:alert(1)")] // &#106;avascript&#58;
    [InlineData(15, "javascript:alert(1)")] // &#x6A;avascript&#x3A;
    [InlineData(17, "java\\u0009script:alert(1)")] // java&#9;script:
    [InlineData(19, "java\\u0009script:alert(1)")] // a raw tab, in <...>
    [InlineData(21, " javascript:alert(1)")]
    [InlineData(23, "%6Aavascript:alert(1)")]
    [InlineData(25, "vbscript:msgbox(1)")]
    [InlineData(27, "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData(29, "javascript:alert(1)")] // <javascript:...> as a link destination
    [InlineData(31, "javascript:alert(1)")] // an image
    [InlineData(33, "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+")] // an image
    [InlineData(35, "javascript:alert(1)")] // an autolink
    [InlineData(37, "JaVaScRiPt:alert(1)")] // an autolink
    [InlineData(39, "vbscript:msgbox(1)")] // an autolink
    [InlineData(41, "data:text/html;base64,PHNjcmlwdD4=")] // an autolink
    [InlineData(45, "javascript:alert(1)")] // a reference definition, reported once for both links that use it
    [InlineData(47, "javascript:alert(1)")] // an unused reference definition with entities and a title
    [InlineData(49, "vbscript:msgbox(1)")] // with a title
    public void Script_capable_url_in_any_spelling_is_refused_at_its_line(int line, string url)
    {
        Assert.Contains($"{V1}:{line}:1: error: unsafe URL '{url}': only http, https, mailto and site links are allowed", Reported("unsafe-urls"));
    }

    [Theory]
    [InlineData(9)] // <script>
    [InlineData(11)] // <img onerror>
    [InlineData(13)] // <svg onload>
    [InlineData(15)] // <iframe>
    [InlineData(17)] // <!-- -->
    [InlineData(19)] // <?php ?>
    [InlineData(21)] // <!DOCTYPE>
    [InlineData(23)] // <![CDATA[ ]]>
    [InlineData(25, 8)] // inline <b onmouseover>
    [InlineData(25, 38)] // and its </b>
    [InlineData(27, 8)] // inline <a href="javascript:">
    [InlineData(27, 42)] // and its </a>
    [InlineData(29, 19)] // an inline comment
    public void Raw_html_in_any_form_is_refused_at_its_line_and_column(int line, int column = 1)
    {
        Assert.Contains($"{V1}:{line}:{column}: error: raw HTML is not allowed in content; use markdown", Reported("raw-html-forms"));
    }

    [Theory]
    [InlineData("deep-quotes", "9:33: error: markdown too complex to parse safely: this line nests lists and block quotes more than 16 deep")]
    [InlineData("deep-list-markers", "9:33: error: markdown too complex to parse safely: this line nests lists and block quotes more than 16 deep")]
    [InlineData("deep-ordered-markers", "9:49: error: markdown too complex to parse safely: this line nests lists and block quotes more than 16 deep")]
    [InlineData("deep-lists", "17:17: error: blocks are nested more than 16 deep")]
    [InlineData("deep-emphasis", "9:65: error: emphasis and links are nested more than 32 deep")]
    [InlineData("many-brackets", "9:1801: error: markdown too complex to parse safely: this paragraph has more than 300 '[' and '<' characters: split it with blank lines or remove stray brackets")]
    [InlineData("many-html-openers", "9:602: error: markdown too complex to parse safely: this paragraph has more than 300 '[' and '<' characters: split it with blank lines or remove stray brackets")]
    [InlineData("many-emphasis-marks", "9:751: error: markdown too complex to parse safely: this paragraph has more than 250 '*' and '_' characters: split it with blank lines or remove stray emphasis marks")]
    [InlineData("lazy-list-lines", "260:1: error: markdown too complex to parse safely: this paragraph has more than 250 '*' and '_' characters: split it with blank lines or remove stray emphasis marks")]
    public void Markdown_past_a_nesting_or_complexity_limit_is_refused_at_its_line_and_column(string article, string diagnostic)
    {
        Assert.Contains($"articles/{article}/v1.md:{diagnostic}", Reported("markdown-limits"));
    }

    [Fact]
    public void Myth_bodies_meet_the_same_complexity_limits()
    {
        Assert.Contains(
            "myths/too-many-brackets.md:7:638: error: markdown too complex to parse safely: this paragraph has more than 300 '[' and '<' characters: split it with blank lines or remove stray brackets",
            Reported("markdown-limits"));
    }

    /// <summary>Each attack tree reports its cases and nothing else: a long rule and 300 links in a paragraph are fine.</summary>
    [Theory]
    [InlineData("unsafe-urls", 20)]
    [InlineData("raw-html-forms", 13)]
    [InlineData("markdown-limits", 10)]
    public void Attack_tree_reports_only_its_cases(string fixture, int cases)
    {
        var result = ContentLoader.CreateDefault().Load(TestPaths.BrokenContent(fixture));

        Assert.Null(result.Catalog);
        Assert.Equal(cases, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Equal(Diagnostics.Severity.Error, d.Severity));
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
        ContentLoadResult? result = null;
        var spent = CpuTime.OfThread(() => result = LoadExpecting("alias-bomb", V1, "7:7: error: YAML anchors like '&lol1' are not allowed: write the value out in full"));

        Assert.Null(result!.Catalog);
        Assert.True(spent < TimeSpan.FromSeconds(1), $"loading took {spent} of CPU time");
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

    /// <summary>Every line loading a broken fixture prints, with the fixture's root taken off the front.</summary>
    private static List<string> Reported(string fixture)
    {
        var root = TestPaths.BrokenContent(fixture);
        return [.. ContentLoader.CreateDefault().Load(root).Diagnostics.Select(d => Path.GetRelativePath(root, d.Path).Replace('\\', '/') + d.ToString()[d.Path.Length..])];
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
