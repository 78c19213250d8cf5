using KratomFacts.Content;
using KratomFacts.Search.Indexing;
using KratomFacts.TestSupport;

namespace KratomFacts.Search.Tests;

/// <summary>A prebuilt index is used only for the content it was built from.</summary>
public sealed class IndexManifestTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kf-index-").FullName;

    [Fact]
    public void Prebuilt_index_is_loaded_when_its_fingerprint_matches_the_content()
    {
        var catalog = ContentLoader.CreateDefault().Load(TestPaths.FixtureContent).Catalog!;
        var manifest = new SearchIndexLoader().BuildToFolder(catalog, _folder);

        using var loaded = new SearchIndexLoader().Load(catalog, _folder).Index;
        var source = new SearchIndexLoader().Load(catalog, _folder).Source;

        Assert.Equal(catalog.Fingerprint, manifest.Fingerprint);
        Assert.Equal(IndexSource.Prebuilt, source);
        Assert.Equal(manifest.Documents, loaded.DocumentCount);
        Assert.NotEmpty(loaded.Search(new SearchRequest("partial agonist")).Results);
    }

    [Fact]
    public void Stale_index_is_detected_and_rebuilt_in_memory_from_the_served_content()
    {
        var fixture = ContentLoader.CreateDefault().Load(TestPaths.FixtureContent).Catalog!;
        var real = ContentLoader.CreateDefault().Load(TestPaths.RealContent).Catalog!;
        new SearchIndexLoader().BuildToFolder(fixture, _folder);

        var loaded = new SearchIndexLoader().Load(real, _folder);

        Assert.Equal(IndexSource.RebuiltStale, loaded.Source);
        Assert.Contains(fixture.Fingerprint, loaded.Message, StringComparison.Ordinal);
        Assert.Contains(real.Fingerprint, loaded.Message, StringComparison.Ordinal);
        Assert.Contains(loaded.Index.Search(new SearchRequest("kratom withdrawal")).Results, r => r.Url.StartsWith("/articles/kratom-withdrawal", StringComparison.Ordinal));
        loaded.Index.Dispose();
    }

    [Fact]
    public void Without_a_configured_index_one_is_built_in_memory()
    {
        var catalog = ContentLoader.CreateDefault().Load(TestPaths.FixtureContent).Catalog!;

        using var index = new SearchIndexLoader().Load(catalog, null).Index;

        Assert.True(index.DocumentCount > 0);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
