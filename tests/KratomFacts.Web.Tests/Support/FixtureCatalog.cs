using KratomFacts.Content;
using KratomFacts.Content.Catalog;
using KratomFacts.TestSupport;

namespace KratomFacts.Web.Tests.Support;

/// <summary>The fixture content as read from its files, for comparing what the site emits with the front matter.</summary>
public static class FixtureCatalog
{
    public static ContentCatalog Catalog { get; } =
        ContentLoader.CreateDefault().Load(TestPaths.FixtureContent).Catalog ?? throw new InvalidOperationException("the fixture content has errors");

    /// <summary>Every article version of the fixture, by its permanent address.</summary>
    public static TheoryData<string> VersionUrls() =>
        new(Catalog.Articles.SelectMany(a => a.Versions).Select(v => v.PermanentUrl));
}
