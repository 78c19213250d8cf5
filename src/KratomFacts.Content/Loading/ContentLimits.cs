namespace KratomFacts.Content.Loading;

/// <summary>Bounds that keep a hostile or mistaken content file from stalling the site.</summary>
public static class ContentLimits
{
    /// <summary>The longest article in the corpus is under 20 KB; 256 KB leaves room and bounds parse time.</summary>
    public const int MaxFileBytes = 256 * 1024;

    /// <summary>alkaloids.yaml needs seven levels (compounds, compound, properties, values, value, cite list); one spare.</summary>
    public const int MaxYamlDepth = 8;

    /// <summary>Deeper block nesting (quotes in lists in quotes...) is not prose and is where Markdig slows down.</summary>
    public const int MaxMarkdownNesting = 16;
}
