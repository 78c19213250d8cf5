using KratomFacts.Content.Diagnostics;
using KratomFacts.Content.Loading;
using KratomFacts.Content.Markdown;
using KratomFacts.Content.Markdown.Headings;
using KratomFacts.Content.Markdown.Safety;
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
                case LinkInline link when !SafeUrls.IsSafe(link.Url):
                    diagnostics.Error(path, body.At(link), $"unsafe URL '{Shorten(link.Url)}': only http, https, mailto and site links are allowed");
                    break;
                case AutolinkInline autolink when !SafeUrls.IsSafe(autolink.Url):
                    diagnostics.Error(path, body.At(autolink), $"unsafe URL '{Shorten(autolink.Url)}': only http, https, mailto and site links are allowed");
                    break;
                case LinkInline { IsImage: true } image:
                    diagnostics.Error(path, body.At(image), "images are not supported in content");
                    break;
                case HeadingBlock heading:
                    CheckHeading(path, body, heading, diagnostics);
                    break;
            }
        }

        CheckNesting(path, body, body.Document, 0, diagnostics);
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

    private static void CheckNesting(string path, ParsedBody body, ContainerBlock container, int depth, DiagnosticBag diagnostics)
    {
        foreach (var child in container)
        {
            if (child is not ContainerBlock nested)
            {
                continue;
            }

            if (depth + 1 > ContentLimits.MaxMarkdownNesting)
            {
                diagnostics.Error(path, body.At(nested), $"blocks are nested more than {ContentLimits.MaxMarkdownNesting} deep");
                return;
            }

            CheckNesting(path, body, nested, depth + 1, diagnostics);
        }
    }

    private static string Shorten(string? url) => url is null ? "" : url.Length <= 60 ? url : url[..60] + "...";
}
