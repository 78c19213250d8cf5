namespace KratomFacts.Content.Diagnostics;

/// <summary>A 1-based line and column in a content file.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public static readonly SourcePosition Start = new(1, 1);
}
