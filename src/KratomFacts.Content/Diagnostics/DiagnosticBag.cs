namespace KratomFacts.Content.Diagnostics;

/// <summary>Collects the problems found while loading one content tree.</summary>
public sealed class DiagnosticBag
{
    private readonly List<ContentDiagnostic> _items = [];

    public IReadOnlyList<ContentDiagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    public void Error(string path, SourcePosition at, string message) =>
        _items.Add(new ContentDiagnostic(path, at.Line, at.Column, Severity.Error, message));

    public void Warning(string path, SourcePosition at, string message) =>
        _items.Add(new ContentDiagnostic(path, at.Line, at.Column, Severity.Warning, message));

    /// <summary>Problems in file order, then line order, so output reads top to bottom.</summary>
    public IReadOnlyList<ContentDiagnostic> Sorted() =>
        [.. _items.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)];
}
