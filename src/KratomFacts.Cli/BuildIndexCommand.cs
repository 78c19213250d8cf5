using System.Diagnostics;
using KratomFacts.Content;
using KratomFacts.Content.Diagnostics;
using KratomFacts.Search.Indexing;

namespace KratomFacts.Cli;

/// <summary><c>build-index</c>: validates the content, then writes the search index and its manifest.</summary>
public sealed class BuildIndexCommand(TextWriter output, TextWriter error)
{
    public int Run(string contentDir, string outputDir)
    {
        var watch = Stopwatch.StartNew();
        var result = ContentLoader.CreateDefault().Load(contentDir);
        foreach (var diagnostic in result.Diagnostics)
        {
            error.WriteLine(diagnostic);
        }

        if (result.Catalog is null)
        {
            error.WriteLine($"build-index: {result.Diagnostics.Count(d => d.Severity == Severity.Error)} content errors; no index written");
            return 1;
        }

        Directory.CreateDirectory(outputDir);
        var manifest = new SearchIndexLoader().BuildToFolder(result.Catalog, outputDir);
        output.WriteLine($"build-index: {manifest.Documents} documents from content {manifest.Fingerprint} written to {outputDir} in {watch.ElapsedMilliseconds} ms");
        return 0;
    }
}
