namespace KratomFacts.Search.Documents;

/// <summary>
/// One searchable unit: an article's page (title, aliases, summary), one section of an article, a myth,
/// a compound or a cited work. Results are grouped by <see cref="Group"/> so no page floods them.
/// </summary>
/// <param name="Title">What the result list shows as the title.</param>
/// <param name="Section">The section heading, for section documents.</param>
/// <param name="Heading">Text weighted as a heading (the section heading, a myth's answer).</param>
/// <param name="Context">Words that place a section (its article's title), weighted low.</param>
public sealed record SearchDocument(
    string Kind,
    string Group,
    string Url,
    string Title,
    string? Section,
    string Aliases,
    string Heading,
    string Context,
    string Body);
