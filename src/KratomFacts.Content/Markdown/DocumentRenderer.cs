using System.Net;
using KratomFacts.Content.Citations;
using KratomFacts.Content.Markdown.Citations;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace KratomFacts.Content.Markdown;

/// <summary>
/// Stage 4 of the content flow: renders a parsed body to HTML once, section by section, with its
/// citations numbered and its reference list built.
/// </summary>
public sealed class DocumentRenderer(ContentMarkdown markdown)
{
    public RenderedDocument Render(MarkdownDocument document, CitationList citations)
    {
        var references = CitationResolver.Resolve(document, citations);
        var sections = new List<Section>();
        SectionHeading? heading = null;
        var html = new StringWriter();
        var renderer = CreateRenderer(html);
        var paragraphs = new List<string>();

        foreach (var block in document)
        {
            if (block is HeadingBlock h)
            {
                AddSection();
                heading = RenderHeading(h);
                continue;
            }

            if (block is Table)
            {
                // Wide tables scroll inside their own box on narrow screens; the box is focusable so
                // keyboard users can scroll it too.
                var label = heading is null ? "Table" : $"{heading.Text} (table)";
                html.Write($"<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{WebUtility.HtmlEncode(label)}\">");
                RenderTable(renderer, html.GetStringBuilder(), block, heading?.Text ?? "Table");
                html.Write("</div>\n");
            }
            else
            {
                renderer.Render(block);
            }

            var text = PlainTextWriter.Of(block);
            if (text.Length > 0)
            {
                paragraphs.Add(text);
            }
        }

        AddSection();
        return new RenderedDocument(sections, references);

        void AddSection()
        {
            renderer.Writer.Flush();
            var content = html.ToString();
            if (heading is not null || content.Length > 0)
            {
                sections.Add(new Section(heading, content, [.. paragraphs]));
            }

            html.GetStringBuilder().Clear();
            paragraphs.Clear();
        }
    }

    /// <summary>
    /// Renders a table with a caption, which markdown has no syntax for: screen readers announce a table by its
    /// caption, so it is named after its section. Sighted readers have that heading just above, so the caption is
    /// not shown.
    /// </summary>
    private static void RenderTable(HtmlRenderer renderer, System.Text.StringBuilder html, Block table, string name)
    {
        renderer.Writer.Flush();
        var start = html.Length;
        renderer.Render(table);
        renderer.Writer.Flush();
        var afterTableTag = html.ToString(start, html.Length - start).IndexOf('>', StringComparison.Ordinal) + 1;
        html.Insert(start + afterTableTag, $"\n<caption class=\"visually-hidden\">{WebUtility.HtmlEncode(name)}</caption>");
    }

    private SectionHeading RenderHeading(HeadingBlock heading)
    {
        var html = new StringWriter();
        var renderer = CreateRenderer(html);
        renderer.WriteLeafInline(heading);
        renderer.Writer.Flush();
        return new SectionHeading(heading.GetAttributes().Id!, heading.Level, html.ToString(), Headings.HeadingInfo.PlainText(heading));
    }

    private HtmlRenderer CreateRenderer(TextWriter writer)
    {
        var renderer = new HtmlRenderer(writer);
        markdown.Pipeline.Setup(renderer);
        return renderer;
    }
}
