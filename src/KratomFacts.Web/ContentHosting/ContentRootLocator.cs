namespace KratomFacts.Web.ContentHosting;

/// <summary>
/// Finds the content when no path is configured: the <c>content/</c> shipped beside a published app, else the
/// repository's <c>content/</c> above the project, so <c>dotnet run --project src/KratomFacts.Web</c> serves
/// the repository's content from any working directory.
/// </summary>
public static class ContentRootLocator
{
    public static string Resolve(string configured, string appRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var shipped = System.IO.Path.Combine(AppContext.BaseDirectory, "content");
        if (Directory.Exists(System.IO.Path.Combine(shipped, "articles")))
        {
            return shipped;
        }

        for (var dir = new DirectoryInfo(appRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "content");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "articles")))
            {
                return candidate;
            }
        }

        return System.IO.Path.Combine(appRoot, "content");
    }
}
