using KratomFacts.Content.Tests.Support;

namespace KratomFacts.Content.Tests.Markdown;

public sealed class CitationRenderingTests
{
    [Theory]
    [InlineData(
        "Kratom acts on opioid receptors [@doe-2020].",
        """<p>Kratom acts on opioid receptors <sup class="cite"><a href="#ref-1" id="cite-1-1"><span class="visually-hidden">Reference </span>1</a></sup>.</p>""")]
    [InlineData(
        "Two sources agree [@roe-2021; @doe-2020].",
        """<p>Two sources agree <sup class="cite"><a href="#ref-1" id="cite-1-1"><span class="visually-hidden">Reference </span>1</a><span class="cite-sep">,</span><a href="#ref-2" id="cite-2-1"><span class="visually-hidden">Reference </span>2</a></sup>.</p>""")]
    [InlineData(
        "First [@doe-2020], second [@roe-2021], first again [@doe-2020].",
        """<p>First <sup class="cite"><a href="#ref-1" id="cite-1-1"><span class="visually-hidden">Reference </span>1</a></sup>, second <sup class="cite"><a href="#ref-2" id="cite-2-1"><span class="visually-hidden">Reference </span>2</a></sup>, first again <sup class="cite"><a href="#ref-1" id="cite-1-2"><span class="visually-hidden">Reference </span>1</a></sup>.</p>""")]
    [InlineData(
        "Not listed [@nobody-1999].",
        """<p>Not listed <sup class="cite">[@nobody-1999]</sup>.</p>""")]
    [InlineData(
        "Half listed [@nobody-1999; @doe-2020].",
        """<p>Half listed <sup class="cite">[@nobody-1999]<span class="cite-sep">,</span><a href="#ref-1" id="cite-1-1"><span class="visually-hidden">Reference </span>1</a></sup>.</p>""")]
    [InlineData(
        "Pandoc's in-text form [see @doe-2020] is not supported and stays text.",
        """<p>Pandoc's in-text form [see @doe-2020] is not supported and stays text.</p>""")]
    [InlineData(
        "An address like someone@doe-2020 is not a citation.",
        """<p>An address like someone@doe-2020 is not a citation.</p>""")]
    public void Citation_renders_as_numbered_superscript_link_to_its_reference(string markdown, string html)
    {
        Assert.Equal(html, Render.Html(markdown));
    }

    [Fact]
    public void Reference_list_is_numbered_by_first_use_and_links_back_to_every_citing_place()
    {
        var document = Render.Document("Unknown [@nobody-1999] first. Then [@roe-2021].\n\nLater [@doe-2020; @roe-2021].");

        Assert.Collection(
            document.References,
            first =>
            {
                Assert.Equal((1, "roe-2021"), (first.Number, first.Citation.Id));
                Assert.Equal(["cite-1-1", "cite-1-2"], first.CitedAt);
            },
            second =>
            {
                Assert.Equal((2, "doe-2020"), (second.Number, second.Citation.Id));
                Assert.Equal(["cite-2-1"], second.CitedAt);
            });
    }
}
