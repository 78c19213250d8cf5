namespace KratomFacts.Content.Tests.Support;

/// <summary>A private copy of a fixture tree, for cases whose defect cannot be committed as text; deleted afterwards.</summary>
public sealed class TemporaryTree : IDisposable
{
    private TemporaryTree(string root) => Root = root;

    public string Root { get; }

    public static TemporaryTree CopyOf(string source)
    {
        var root = Path.Combine(Path.GetTempPath(), "kratomfacts-tests", Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return new TemporaryTree(root);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
