using System.Net;
using KratomFacts.Content.Citations;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace KratomFacts.Content.Markdown.Citations;

/// <summary>
/// Renders a citation as superscript numbers linking to the reference list (see <see cref="CitationMarkup"/>);
/// a key that did not resolve stays visible as written.
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

        renderer.Write(CitationMarkup.Superscript(obj.References.Select(r =>
            r.Mark is { } mark ? CitationMarkup.Link(mark) : WebUtility.HtmlEncode("[@" + r.Key + "]"))));
    }
}
