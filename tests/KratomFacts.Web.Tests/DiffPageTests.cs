using AngleSharp.Dom;
using KratomFacts.Web.Tests.Support;

namespace KratomFacts.Web.Tests;

public sealed class DiffPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Changed_paragraph_reads_as_each_version_without_added_spaces()
    {
        var (_, page) = await site.GetPageAsync("/articles/alpha-article/diff/1/2");
        var paragraph = page.QuerySelector(".diff-modified");
        Assert.NotNull(paragraph);

        Assert.Equal("The old wording of this sentence was plain.", TextWithout(paragraph, "ins"));
        Assert.Equal("The new wording of this sentence is clearer [singh-2014].", TextWithout(paragraph, "del"));
    }

    [Fact]
    public async Task Changes_are_announced_in_words_not_only_shown()
    {
        var (_, page) = await site.GetPageAsync("/articles/alpha-article/diff/1/2");

        Assert.All(page.QuerySelectorAll(".diff ins"), ins => Assert.StartsWith("[added: ", ins.TextContent, StringComparison.Ordinal));
        Assert.All(page.QuerySelectorAll(".diff del"), del => Assert.StartsWith("[removed: ", del.TextContent, StringComparison.Ordinal));
        Assert.NotEmpty(page.QuerySelectorAll(".diff ins"));
    }

    /// <summary>What a sighted reader sees of one version: the paragraph minus the other version's pieces and the spoken labels.</summary>
    private static string TextWithout(IElement paragraph, string otherVersion)
    {
        var copy = (IElement)paragraph.Clone(deep: true);
        foreach (var hidden in copy.QuerySelectorAll($"{otherVersion}, .visually-hidden").ToList())
        {
            hidden.Remove();
        }

        return copy.TextContent;
    }
}
