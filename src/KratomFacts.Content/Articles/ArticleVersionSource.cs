using KratomFacts.Content.Citations;
using KratomFacts.Content.Diagnostics;
using KratomFacts.Content.Loading;
using KratomFacts.Content.Markdown;

namespace KratomFacts.Content.Articles;

/// <summary>An article version as parsed from its file, before validation and rendering.</summary>
public sealed record ArticleVersionSource(string Slug, int Number, ContentFile File, ArticleFrontMatter FrontMatter, ParsedBody Body);

public sealed record ArticleFrontMatter(
    string Title,
    string Summary,
    DateOnly Published,
    DateOnly? Reviewed,
    string? Changes,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Aliases,
    CitationList Citations,
    SourcePosition PublishedAt);
