namespace KratomFacts.Content.Loading;

/// <summary>A content file's text (UTF-8 decoded, line endings normalised to \n).</summary>
/// <param name="DisplayPath">The path printed in diagnostics: the content root as given, joined with <paramref name="RelativePath"/>.</param>
/// <param name="RelativePath">Path below the content root with forward slashes, e.g. <c>articles/what-is-kratom/v1.md</c>.</param>
public sealed record ContentFile(string DisplayPath, string RelativePath, string Text);
