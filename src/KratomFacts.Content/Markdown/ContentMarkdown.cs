using KratomFacts.Content.Markdown.Citations;
using KratomFacts.Content.Markdown.Headings;
using KratomFacts.Content.Markdown.Safety;
using Markdig;
using Markdig.Syntax;

namespace KratomFacts.Content.Markdown;

/// <summary>
/// The one Markdig pipeline for all content: CommonMark, pipe tables, citations, heading ids, and the
/// safety policy. A built pipeline is immutable and thread-safe, so one instance serves everything.
/// Only the extensions the content needs are on: each one is more syntax a contributor can misuse.
/// </summary>
public sealed class ContentMarkdown
{
    public MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UsePandocCitations()
        .UseHeadingIds()
        .UseSafeHtml()
        .UsePreciseSourceLocation()
        .Build();

    public MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);
}
