using KratomFacts.Content.Citations;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace KratomFacts.Content.Markdown.Citations;

/// <summary>
/// Renders a citation as superscript numbers linking to the reference list; the short reference is the
/// link's title so a reader hovering or focusing it sees the source without leaving the paragraph.
/// </summary>
public sealed class HtmlCitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline obj)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.Write('[').Write(string.Join("; ", obj.References.Select(r => r.Key))).Write(']');
            return;
        }

        renderer.Write("<sup class=\"cite\">");
        for (var i = 0; i < obj.References.Count; i++)
        {
            var reference = obj.References[i];
            if (i > 0)
            {
                renderer.Write("<span class=\"cite-sep\">,</span>");
            }

            if (reference.Work is null)
            {
                renderer.WriteEscape("[@" + reference.Key + "]");
                continue;
            }

            renderer.Write("<a href=\"#ref-").Write(reference.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Write("\" id=\"").Write(reference.AnchorId).Write("\" title=\"")
                .WriteEscape(CitationFormatter.ShortReference(reference.Work))
                .Write("\"><span class=\"visually-hidden\">Reference </span>")
                .Write(reference.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Write("</a>");
        }

        renderer.Write("</sup>");
    }
}
