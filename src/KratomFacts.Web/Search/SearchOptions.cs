namespace KratomFacts.Web.Search;

/// <summary>Bound from the <c>Search</c> configuration section (<c>Search__IndexPath</c> in the environment).</summary>
public sealed class SearchOptions
{
    /// <summary>
    /// A folder written by <c>build-index</c>. Empty means the <c>index/</c> folder beside the app when the
    /// publish output has one, else an index built in memory at start-up.
    /// </summary>
    public string IndexPath { get; set; } = "";

    public static string? Resolve(string configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var shipped = Path.Combine(AppContext.BaseDirectory, "index");
        return File.Exists(Path.Combine(shipped, KratomFacts.Search.Indexing.IndexManifest.FileName)) ? shipped : null;
    }
}
