using KratomFacts.Content.Citations;
using KratomFacts.Content.Markdown;

namespace KratomFacts.Content.Articles;

/// <summary>One published version of an article: its front matter and its body rendered once.</summary>
public sealed record ArticleVersion(
    string Slug,
    int Number,
    string Title,
    string Summary,
    DateOnly Published,
    DateOnly? Reviewed,
    string? Changes,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<Citation> Citations,
    RenderedDocument Document)
{
    public string PermanentUrl => $"/articles/{Slug}/v{Number}";
}

/// <summary>An article and all its versions, oldest first; the last is current.</summary>
public sealed record Article(string Slug, IReadOnlyList<ArticleVersion> Versions)
{
    public ArticleVersion Current => Versions[^1];

    public string Url => $"/articles/{Slug}";

    public ArticleVersion? Version(int number) =>
        number >= 1 && number <= Versions.Count ? Versions[number - 1] : null;

    /// <summary>The version that replaced <paramref name="version"/>, or null for the current one.</summary>
    public ArticleVersion? SuccessorOf(ArticleVersion version) => Version(version.Number + 1);

    public bool IsCurrent(ArticleVersion version) => version.Number == Versions.Count;
}
