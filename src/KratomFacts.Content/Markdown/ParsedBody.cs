using KratomFacts.Content.Diagnostics;
using Markdig.Syntax;

namespace KratomFacts.Content.Markdown;

/// <summary>A parsed markdown body and the file line it starts on, so any node can be located in the file.</summary>
public sealed record ParsedBody(MarkdownDocument Document, int FirstLine)
{
    public SourcePosition At(MarkdownObject node) => At(node.Line, node.Column);

    /// <summary>Markdig counts lines and columns from 0 within the body.</summary>
    public SourcePosition At(int line, int column) => new(FirstLine + line, column + 1);
}
