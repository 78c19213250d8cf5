namespace KratomFacts.Web.ContentHosting;

/// <summary>Bound from the <c>Content</c> configuration section (<c>Content__Path</c> in the environment).</summary>
public sealed class ContentOptions
{
    /// <summary>The content tree to serve. Empty means the repository's <c>content/</c>, found by walking up from the app.</summary>
    public string Path { get; set; } = "";
}
