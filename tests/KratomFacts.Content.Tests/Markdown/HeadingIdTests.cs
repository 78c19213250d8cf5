using KratomFacts.Content.Loading;
using KratomFacts.Content.Tests.Support;
using KratomFacts.TestSupport;

namespace KratomFacts.Content.Tests.Markdown;

public sealed class HeadingIdTests
{
    [Theory]
    [InlineData("## Key points {#key-points}", "key-points")]
    [InlineData("## Dependence and withdrawal {#dependence}", "dependence")]
    [InlineData("## Dependence and withdrawal", "dependence-and-withdrawal")]
    [InlineData("## What's in 7-OH & why?", "whats-in-7-oh-why")]
    [InlineData("## `Mitragynine` and *7-OH*", "mitragynine-and-7-oh")]
    [InlineData("## Risks\n\n## Risks", "risks risks-2")]
    [InlineData("## Risks\n\n## Risks 2\n\n## Risks\n\n## Risks", "risks risks-2 risks-3 risks-4")]
    [InlineData("## Overview\n\n## Summary {#overview}", "overview-2 overview")]
    [InlineData("## Bad pin {#Not_A_Slug}", "bad-pin")]
    [InlineData("## ¿Qué es el kratom?", "qu-es-el-kratom")]
    [InlineData("## ½ — ?", "section")]
    public void Headings_get_stable_ids_and_a_pinned_id_wins(string markdown, string ids)
    {
        var sections = Render.Document(markdown).HeadedSections.ToList();

        Assert.Equal(ids.Split(' '), sections.Select(s => s.Id));
        Assert.All(sections, s => Assert.True(Slugs.IsValid(s.Id), $"'{s.Id}' is not a slug"));
    }

    [Fact]
    public void Pinned_id_is_not_shown_in_the_heading_text()
    {
        var heading = Render.Document("## Dependence *and* withdrawal {#dependence}").Sections[0].Heading;

        Assert.NotNull(heading);
        Assert.Equal("Dependence <em>and</em> withdrawal", heading.Html);
        Assert.Equal("Dependence and withdrawal", heading.Text);
    }

    [Fact]
    public void Thousands_of_same_named_headings_are_numbered_in_linear_time()
    {
        var markdown = string.Concat(Enumerable.Repeat("## Risks {#risks}\n\n", 20_000));
        List<string> ids = [];

        var spent = CpuTime.OfThread(() => ids = [.. Render.Document(markdown).HeadedSections.Select(s => s.Id!)]);

        // Numbering each heading by counting up from 2 took 14 s for this file.
        Assert.True(spent < TimeSpan.FromSeconds(4), $"took {spent} of CPU time");
        Assert.Equal(20_000, ids.Distinct().Count());
        Assert.Equal("risks-20000", ids[^1]);
    }
}
