using System.Reflection;

namespace KratomFacts.TestSupport;

/// <summary>Where the repository and the test fixtures are, as recorded at build time.</summary>
public static class TestPaths
{
    public static string Fixtures { get; } = Metadata("FixturesDir");

    public static string RepositoryRoot { get; } = Path.GetFullPath(Metadata("RepositoryRoot"));

    /// <summary>The repository's real content/, for tests of corpus invariants.</summary>
    public static string RealContent => Path.Combine(RepositoryRoot, "content");

    /// <summary>The small, valid fixture content tree used by page tests.</summary>
    public static string FixtureContent => Path.Combine(Fixtures, "content");

    /// <summary>The smallest valid content tree: one article, one citation. Each broken fixture is a copy with one defect.</summary>
    public static string MinimalContent => Path.Combine(Fixtures, "minimal");

    /// <summary>A content tree under tests/fixtures/broken/ with exactly one defect, named for it.</summary>
    public static string BrokenContent(string name) => Path.Combine(Fixtures, "broken", name);

    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"assembly metadata {key} missing");
}
