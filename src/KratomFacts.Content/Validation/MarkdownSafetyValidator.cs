using KratomFacts.Content.Diagnostics;
using KratomFacts.Content.Loading;
using KratomFacts.Content.Markdown;
using KratomFacts.Content.Markdown.Headings;
using KratomFacts.Content.Markdown.Safety;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KratomFacts.Content.Validation;

/// <summary>
/// What a contributor's markdown may not do: raw HTML, script-capable URLs, broken heading ids, a second
/// page title, or nesting deep enough to be an attack rather than prose. The renderer neutralises the
/// first two anyway; reporting them makes the author fix the source.
/// </summary>
public sealed class MarkdownSafetyValidator
{
    public void Validate(string path, ParsedBody body, DiagnosticBag diagnostics)
    {
        foreach (var node in body.Document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock or HtmlInline:
                    diagnostics.Error(path, body.At(node), "raw HTML is not allowed in content; use markdown");
                    break;
                // A link that uses a reference definition is reported once, at the definition.
                case LinkInline { Reference: null } link when !SafeUrls.IsSafe(link.Url):
                    UnsafeUrl(path, body.At(link), link.Url, diagnostics);
                    break;
                // A definition keeps its URL as written; links that use it get it with entities decoded.
                case LinkReferenceDefinition definition when HtmlHelper.Unescape(definition.Url) is var url && !SafeUrls.IsSafe(url):
                    UnsafeUrl(path, body.At(definition), url, diagnostics);
                    break;
                case AutolinkInline autolink when !SafeUrls.IsSafe(autolink.Url):
                    UnsafeUrl(path, body.At(autolink), autolink.Url, diagnostics);
                    break;
                case LinkInline { IsImage: true } image:
                    diagnostics.Error(path, body.At(image), "images are not supported in content");
                    break;
                case HeadingBlock heading:
                    CheckHeading(path, body, heading, diagnostics);
                    break;
            }
        }

        CheckNesting(path, body, diagnostics);
    }

    private static void CheckHeading(string path, ParsedBody body, HeadingBlock heading, DiagnosticBag diagnostics)
    {
        var info = HeadingInfo.Of(heading);
        if (heading.Level == 1)
        {
            diagnostics.Error(path, body.At(heading), "use '##' for sections: the title is the page's only top-level heading");
        }

        if (info is { PinnedId: { } id, PinnedIdValid: false })
        {
            diagnostics.Error(path, body.At(heading), $"pinned heading id '{{#{id}}}' must be lowercase ASCII words joined by '-'");
        }
        else if (info is { PinnedId: { } pinned, Duplicate: true })
        {
            diagnostics.Error(path, body.At(heading), $"heading id '{pinned}' is used twice in this file");
        }
    }

    /// <summary>
    /// Reports the first block and the first inline (emphasis, link) nested past its limit. The walk keeps its own
    /// stack, so a deep tree cannot exhaust the thread's; the limits keep rendering, which recurses, well inside
    /// Markdig's own depth limit.
    /// </summary>
    private static void CheckNesting(string path, ParsedBody body, DiagnosticBag diagnostics)
    {
        var pending = new Stack<(MarkdownObject Node, int Blocks, int Inlines)>();
        pending.Push((body.Document, 0, 0));
        bool blocksReported = false, inlinesReported = false;
        while (pending.TryPop(out var item))
        {
            IEnumerable<MarkdownObject> children = item.Node switch
            {
                ContainerBlock container => container,
                LeafBlock { Inline: { } inline } => [inline],
                ContainerInline inline => inline,
                _ => [],
            };

            // Pushed last to first, so problems are found in reading order.
            foreach (var child in children.Reverse())
            {
                var blocks = item.Blocks + (child is ContainerBlock ? 1 : 0);
                var inlines = item.Inlines + (child is ContainerInline && item.Node is not LeafBlock ? 1 : 0);
                if (blocks > ContentLimits.MaxMarkdownNesting)
                {
                    blocksReported = Report(blocksReported, child, $"blocks are nested more than {ContentLimits.MaxMarkdownNesting} deep");
                }
                else if (inlines > ContentLimits.MaxInlineNesting)
                {
                    inlinesReported = Report(inlinesReported, child, $"emphasis and links are nested more than {ContentLimits.MaxInlineNesting} deep");
                }
                else
                {
                    pending.Push((child, blocks, inlines));
                }
            }
        }

        bool Report(bool already, MarkdownObject node, string message)
        {
            if (!already)
            {
                diagnostics.Error(path, body.At(node), message);
            }

            return true;
        }
    }

    private static void UnsafeUrl(string path, SourcePosition at, string? url, DiagnosticBag diagnostics) =>
        diagnostics.Error(path, at, $"unsafe URL '{Shorten(url)}': only http, https, mailto and site links are allowed");

    /// <summary>The URL as printed in a diagnostic: cut short, with control characters made visible.</summary>
    private static string Shorten(string? url)
    {
        var text = url is null ? "" : url.Length <= 60 ? url : url[..60] + "...";
        return string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
    }
}
