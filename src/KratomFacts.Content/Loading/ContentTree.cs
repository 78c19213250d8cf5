namespace KratomFacts.Content.Loading;

/// <summary>Every file of a content tree, read and decoded, before any parsing.</summary>
public sealed record ContentTree(
    string Root,
    IReadOnlyList<ArticleFolder> Articles,
    IReadOnlyList<ContentFile> Myths,
    ContentFile? Alkaloids,
    string Fingerprint);

/// <summary>The version files of one article folder, keyed by the number in their file names.</summary>
public sealed record ArticleFolder(string Slug, string DisplayPath, IReadOnlyList<NumberedFile> Versions);

public sealed record NumberedFile(int Number, ContentFile File);
