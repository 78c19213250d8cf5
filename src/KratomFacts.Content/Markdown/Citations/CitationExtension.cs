using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace KratomFacts.Content.Markdown.Citations;

/// <summary>Adds Pandoc-style citations (<c>[@id]</c>) to a Markdig pipeline.</summary>
public sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CitationParser>())
        {
            // Before the link parser, which would otherwise take '[' first.
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlCitationRenderer>())
        {
            html.ObjectRenderers.Add(new HtmlCitationRenderer());
        }
    }
}

public static class CitationPipelineExtensions
{
    public static MarkdownPipelineBuilder UsePandocCitations(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<CitationExtension>();
        return pipeline;
    }
}
