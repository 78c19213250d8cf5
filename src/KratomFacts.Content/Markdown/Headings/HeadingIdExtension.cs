using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KratomFacts.Content.Markdown.Headings;

/// <summary>
/// Gives every heading a stable id: a pinned <c>{#id}</c> at the end of the heading wins, otherwise one is
/// made from the heading's words. Pinned ids let links survive rewording. Unlike Markdig's generic
/// attributes, only an id can be set, so content cannot add <c>onclick</c> or classes.
/// </summary>
public sealed partial class HeadingIdExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= AssignIds;
        pipeline.DocumentProcessed += AssignIds;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void AssignIds(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>().Select(h => (Heading: h, Pinned: TakePinnedId(h))).ToList();

        // Pinned ids are reserved before any id is made from words, so an earlier heading's words never take
        // the id another heading pinned.
        var reserved = headings.Where(h => h.Pinned is { Valid: true }).Select(h => h.Pinned!.Value.Id).ToHashSet(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);

        // The next suffix to try for each id, so a file of many same-named headings is numbered in linear time
        // rather than by counting up from 2 for every heading.
        var nextSuffix = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (heading, pinned) in headings)
        {
            var isPinned = pinned is { Valid: true };
            var id = isPinned ? pinned!.Value.Id : HeadingInfo.Slugify(HeadingInfo.PlainText(heading));
            var unique = id;
            var n = nextSuffix.GetValueOrDefault(id, 2);
            for (; used.Contains(unique) || (!isPinned && reserved.Contains(unique)); n++)
            {
                unique = $"{id}-{n}";
            }

            nextSuffix[id] = n;
            used.Add(unique);
            heading.GetAttributes().Id = unique;
            heading.SetData(typeof(HeadingInfo), new HeadingInfo(pinned?.Id, pinned?.Valid ?? false, unique != id));
        }
    }

    private static (string Id, bool Valid)? TakePinnedId(HeadingBlock heading)
    {
        if (heading.Inline?.LastChild is not LiteralInline literal)
        {
            return null;
        }

        var text = literal.Content.ToString();
        var match = PinnedIdPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var remaining = text[..match.Index];
        if (remaining.Length == 0)
        {
            literal.Remove();
        }
        else
        {
            literal.Content = new Markdig.Helpers.StringSlice(remaining);
        }

        var id = match.Groups[1].Value;
        return (id, Loading.Slugs.IsValid(id));
    }

    [GeneratedRegex(@"\s*\{#([^{}\s]*)\}\s*$")]
    private static partial Regex PinnedIdPattern();
}

/// <summary>What the heading-id pass found on a heading: kept on the heading for validation.</summary>
/// <param name="PinnedId">The id written as <c>{#id}</c>, valid or not; null when none was written.</param>
/// <param name="PinnedIdValid">Whether the pinned id is a slug and so was used.</param>
/// <param name="Duplicate">Whether the id had to be made unique with a suffix.</param>
public sealed record HeadingInfo(string? PinnedId, bool PinnedIdValid, bool Duplicate)
{
    public static HeadingInfo? Of(HeadingBlock heading) => heading.GetData(typeof(HeadingInfo)) as HeadingInfo;

    public static string PlainText(HeadingBlock heading)
    {
        var text = new StringBuilder();
        if (heading.Inline is not null)
        {
            PlainTextWriter.WriteInlines(text, heading.Inline);
        }

        return text.ToString().Trim();
    }

    public static string Slugify(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (c is ' ' or '-' or '_' or '/' && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? "section" : result[..Math.Min(result.Length, 80)].TrimEnd('-');
    }
}

public static class HeadingIdPipelineExtensions
{
    public static MarkdownPipelineBuilder UseHeadingIds(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<HeadingIdExtension>();
        return pipeline;
    }
}
