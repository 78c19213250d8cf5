using System.Text.Json;
using System.Text.Json.Serialization;

namespace KratomFacts.Search.Indexing;

/// <summary>
/// Written beside a prebuilt index: which content it was built from, when, and how many documents, so the
/// app can tell a stale index from a current one.
/// </summary>
public sealed record IndexManifest(
    [property: JsonPropertyName("fingerprint")] string Fingerprint,
    [property: JsonPropertyName("schema")] string Schema,
    [property: JsonPropertyName("builtAt")] DateTimeOffset BuiltAt,
    [property: JsonPropertyName("documents")] int Documents)
{
    public const string FileName = "manifest.json";

    /// <summary>The Lucene files live in this folder below the output folder.</summary>
    public const string LuceneFolder = "lucene";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public void Write(string folder) =>
        File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Json) + "\n");

    /// <summary>Reads the manifest in <paramref name="folder"/>, or null when there is none or it cannot be read.</summary>
    public static IndexManifest? TryRead(string folder)
    {
        try
        {
            var path = Path.Combine(folder, FileName);
            return File.Exists(path) ? JsonSerializer.Deserialize<IndexManifest>(File.ReadAllText(path)) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
