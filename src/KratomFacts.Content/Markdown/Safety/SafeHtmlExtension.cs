using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KratomFacts.Content.Markdown.Safety;

/// <summary>
/// Keeps raw HTML and unsafe URLs from reaching readers. Raw HTML is still parsed (so validation can point
/// at it with a line and column) but rendered as visible, escaped text; every link and image URL goes
/// through <see cref="SafeUrls"/>.
/// </summary>
public sealed class SafeHtmlExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }

        html.LinkRewriter = SafeUrls.Rewrite;
        html.ObjectRenderers.ReplaceOrAdd<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
        html.ObjectRenderers.ReplaceOrAdd<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
    }

    private sealed class EscapedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
        {
            renderer.EnsureLine();
            if (renderer.EnableHtmlForBlock)
            {
                renderer.Write("<p>");
            }

            renderer.WriteLeafRawLines(obj, true, true, true);
            if (renderer.EnableHtmlForBlock)
            {
                renderer.WriteLine("</p>");
            }
        }
    }

    private sealed class EscapedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline obj) => renderer.WriteEscape(obj.Tag);
    }
}

public static class SafeHtmlPipelineExtensions
{
    public static MarkdownPipelineBuilder UseSafeHtml(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<SafeHtmlExtension>();
        return pipeline;
    }
}
