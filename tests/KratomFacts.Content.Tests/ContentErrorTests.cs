using KratomFacts.TestSupport;

namespace KratomFacts.Content.Tests;

/// <summary>Broken fixture trees under tests/fixtures/broken, and the exact line <c>check</c> prints for each problem.</summary>
public sealed class ContentErrorTests
{
    [Theory]
    [InlineData("alkaloids", "alkaloids.yaml:16:33: error: unknown citation id 'trakulsrichai-2015'")]
    [InlineData("alkaloids", "alkaloids.yaml:21:7: error: unknown property 'half_lfe_hours'; known properties: share_of_leaf_alkaloids,")]
    [InlineData("alkaloids", "alkaloids.yaml:22:5: error: missing required compound field 'name'")]
    [InlineData("alkaloids", "alkaloids.yaml:26:5: error: duplicate compound slug 'mitragynine'")]
    [InlineData("alkaloids", "alkaloids.yaml:30:5: error: compound slug 'compare' is taken by the comparison page")]
    [InlineData("myths", "myths/unknown-verdict.md:3:1: error: unknown verdict 'mostly-false'; use one of: false, misleading, unproven, true")]
    [InlineData("myths", "myths/missing-related-article.md:6:1: error: related article 'what-is-kratom' does not exist")]
    [InlineData("myths", "myths/missing-claim-and-answer.md:2:1: error: missing required myth field 'claim'")]
    [InlineData("myths", "myths/missing-claim-and-answer.md:2:1: error: missing required myth field 'answer'")]
    public void Broken_content_is_reported_with_file_line_and_column(string tree, string expected)
    {
        var root = TestPaths.Fixture("broken", tree);

        var result = ContentLoader.CreateDefault().Load(root);

        Assert.True(result.HasErrors);
        var lines = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(lines, line => line.StartsWith($"{root}/{expected}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("alkaloids", 5)]
    [InlineData("myths", 4)]
    public void Each_broken_case_is_reported_once_and_nothing_else_is(string tree, int errors)
    {
        var result = ContentLoader.CreateDefault().Load(TestPaths.Fixture("broken", tree));

        Assert.Equal(errors, result.Diagnostics.Count);
    }
}
