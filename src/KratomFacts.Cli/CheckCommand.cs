using KratomFacts.Content;
using KratomFacts.Content.Diagnostics;

namespace KratomFacts.Cli;

/// <summary><c>check</c>: validates a content tree exactly as the web app does at start-up.</summary>
public sealed class CheckCommand(TextWriter output, TextWriter error)
{
    public int Run(string contentDir)
    {
        var result = ContentLoader.CreateDefault().Load(contentDir);
        foreach (var diagnostic in result.Diagnostics)
        {
            error.WriteLine(diagnostic);
        }

        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = result.Diagnostics.Count - errors;
        if (result.Catalog is { } catalog)
        {
            output.WriteLine($"check: {catalog.Articles.Count} articles ({catalog.Articles.Sum(a => a.Versions.Count)} versions), " +
                $"{catalog.Myths.Count} myths, {catalog.Alkaloids.Compounds.Count} compounds, {catalog.References.Count} cited works; " +
                $"{Count(errors, "error")}, {Count(warnings, "warning")}");
        }
        else
        {
            output.WriteLine($"check: {Count(errors, "error")}, {Count(warnings, "warning")}");
        }

        return errors > 0 ? 1 : 0;
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
