using KratomFacts.TestSupport;

namespace KratomFacts.Content.Tests;

public sealed class ContentLoaderTests
{
    [Fact]
    public void Fixture_content_loads_without_diagnostics()
    {
        var result = ContentLoader.CreateDefault().Load(TestPaths.FixtureContent);

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Catalog);
        Assert.Equal(2, result.Catalog.FindArticle("alpha-article")?.Versions.Count);
    }
}
