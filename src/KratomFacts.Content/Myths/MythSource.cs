using KratomFacts.Content.Citations;
using KratomFacts.Content.Diagnostics;
using KratomFacts.Content.Loading;
using KratomFacts.Content.Markdown;

namespace KratomFacts.Content.Myths;

/// <summary>A myth entry as parsed from its file, before validation and rendering.</summary>
public sealed record MythSource(string Slug, ContentFile File, MythFrontMatter FrontMatter, ParsedBody Body);

public sealed record MythFrontMatter(
    string Claim,
    Verdict Verdict,
    string Answer,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Related,
    SourcePosition RelatedAt,
    DateOnly? Reviewed,
    CitationList Citations);
