namespace KratomFacts.Cli;

/// <summary><c>build-index</c>: validates the content, then writes the search index and its manifest.</summary>
public sealed class BuildIndexCommand(TextWriter output, TextWriter error)
{
    public int Run(string contentDir, string outputDir)
    {
        var check = new CheckCommand(output, error).Run(contentDir);
        if (check != 0)
        {
            return check;
        }

        error.WriteLine($"build-index: search is not available yet; nothing written to {outputDir}");
        return 1;
    }
}
