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

    /// <summary>
    /// Emphasis within links within emphasis...: prose needs three or four. Markdig's renderer refuses to recurse
    /// past 128 levels, blocks and inlines together; blocks take at most 16 of them.
    /// </summary>
    public const int MaxInlineNesting = 32;

    /// <summary>
    /// Per paragraph, before parsing: '[' (links, images, citations) and '&lt;' (HTML, autolinks). Each unclosed one
    /// makes Markdig rescan the rest of its paragraph: one paragraph of 16,000 <c>[a](b</c> took 5 s, and a file of
    /// paragraphs with 1,000 each took 1.5 s; at 300 each the worst file takes under 0.5 s. The corpus's busiest
    /// paragraph has 8; a 300-row table with a citation per row still fits.
    /// </summary>
    public const int MaxLinkOpenersPerParagraph = 300;

    /// <summary>
    /// Per paragraph, before parsing: '*' and '_'. Each unmatched run nests the rest of the paragraph a level deeper
    /// (Markdig throws past 10,240), and matching runs costs time quadratic in their number: a file of paragraphs
    /// with 1,000 each took 2 s, with 250 each 0.7 s. The corpus's busiest paragraph has 24.
    /// </summary>
    public const int MaxEmphasisMarksPerParagraph = 250;
}
