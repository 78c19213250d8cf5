using System.Text.Json;
using KratomFacts.Content.Citing;
using KratomFacts.TestSupport;

namespace KratomFacts.Content.Tests.Citing;

public sealed class CitationExportsTests
{
    private static readonly DateOnly Published = new(2026, 3, 15);
    private static readonly DateOnly Accessed = new(2026, 11, 25);

    private static CitablePage Page(string title) =>
        new(title, 2, Published, "https://kratomfacts.example/articles/alpha-article/v2", Accessed, "kratomfacts-alpha-article-v2");

    [Theory]
    [InlineData("Costs {and} 100% of $5 & #1 under_score")]
    [InlineData("An unmatched { brace")]
    [InlineData("An unmatched } brace")]
    [InlineData(@"Back\slash, ^caret and ~tilde")]
    [InlineData("Title over\ntwo lines")]
    public void BibTex_of_a_title_with_special_characters_stays_one_entry_with_balanced_braces(string title)
    {
        var bib = CitationExports.BibTex(Page(title));

        Assert.Equal(1, BibTexText.EntryCount(bib));
        Assert.True(BibTexText.BracesBalance(bib), bib);
        var fields = BibTexText.Fields(bib);
        Assert.Equal(["author", "date", "note", "publisher", "title", "url", "urldate", "version", "year"], fields.Keys.Order());
        Assert.DoesNotMatch(@"(?<!\\)[&%$#_]", fields["title"]);
        Assert.Equal("2", fields["version"]);
        Assert.Equal("2026-03-15", fields["date"]);
        Assert.Equal("2026-11-25", fields["urldate"]);
        Assert.Equal("https://kratomfacts.example/articles/alpha-article/v2", fields["url"]);
    }

    [Fact]
    public void BibTex_escapes_each_special_character_the_way_latex_reads_it()
    {
        var title = BibTexText.Fields(CitationExports.BibTex(Page("{a} & b % c $ d # e _ f")))["title"];

        Assert.Equal(@"{\textbraceleft{}a\textbraceright{} \& b \% c \$ d \# e \_ f}", title);
    }

    [Theory]
    [InlineData("Is kratom an opioid?")]
    [InlineData("Title over\r\ntwo lines")]
    public void Ris_is_one_record_of_tagged_lines_with_title_version_url_and_dates(string title)
    {
        var ris = CitationExports.Ris(Page(title));

        var lines = ris.Split("\r\n");
        Assert.Equal("", lines[^1]);
        Assert.All(lines[..^1], line => Assert.Matches("^[A-Z][A-Z0-9]  - ", line));
        Assert.Equal("TY  - ELEC", lines[0]);
        Assert.Equal("ER  - ", lines[^2]);
        var tags = lines[..^1].ToDictionary(l => l[..2], l => l[6..]);
        Assert.Equal(string.Join(' ', title.Split(["\r\n", "\n"], StringSplitOptions.None)), tags["TI"]);
        Assert.Equal("Version 2", tags["ET"]);
        Assert.Equal("https://kratomfacts.example/articles/alpha-article/v2", tags["UR"]);
        Assert.Equal("2026/03/15", tags["DA"]);
        Assert.Equal("2026/11/25", tags["Y2"]);
    }

    [Fact]
    public void Csl_json_parses_as_one_webpage_item_with_title_version_url_and_dates()
    {
        var title = "Quotes \"inside\" and a \\ backslash";

        using var json = JsonDocument.Parse(CitationExports.CslJson(Page(title)));

        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("webpage", item.GetProperty("type").GetString());
        Assert.Equal(title, item.GetProperty("title").GetString());
        Assert.Equal("2", item.GetProperty("version").GetString());
        Assert.Equal("https://kratomfacts.example/articles/alpha-article/v2", item.GetProperty("URL").GetString());
        Assert.Equal([2026, 3, 15], DateParts(item.GetProperty("issued")));
        Assert.Equal([2026, 11, 25], DateParts(item.GetProperty("accessed")));
        Assert.Equal("KratomFacts", item.GetProperty("author")[0].GetProperty("literal").GetString());
    }

    private static int[] DateParts(JsonElement date) => [.. date.GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32())];
}

public sealed class CitationStylesTests
{
    private static readonly CitablePage Page =
        new("Is kratom an opioid?", 3, new DateOnly(2026, 3, 5), "https://kratomfacts.example/articles/is-kratom-an-opioid/v3", new DateOnly(2026, 11, 25), "k");

    [Fact]
    public void Ama_names_the_version_publication_and_access_dates_and_the_permanent_url()
    {
        Assert.Equal(
            "KratomFacts. Is kratom an opioid? Version 3. KratomFacts. Published March 5, 2026. Accessed November 25, 2026. https://kratomfacts.example/articles/is-kratom-an-opioid/v3",
            CitationStyles.Ama(Page));
    }

    [Fact]
    public void Apa_puts_the_date_after_the_author_and_the_version_after_the_title()
    {
        Assert.Equal(
            "KratomFacts. (2026, March 5). Is kratom an opioid? (Version 3). Retrieved November 25, 2026, from https://kratomfacts.example/articles/is-kratom-an-opioid/v3",
            CitationStyles.Apa(Page));
    }

    [Fact]
    public void Vancouver_gives_the_publication_date_and_the_cited_date_in_nlm_form()
    {
        Assert.Equal(
            "KratomFacts. Is kratom an opioid? [Internet]. Version 3. KratomFacts; 2026 Mar 5 [cited 2026 Nov 25]. Available from: https://kratomfacts.example/articles/is-kratom-an-opioid/v3",
            CitationStyles.Vancouver(Page));
    }
}
