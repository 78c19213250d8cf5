using KratomFacts.Content.Diagnostics;
using KratomFacts.Content.Loading;
using KratomFacts.Content.Validation;

namespace KratomFacts.Content.Markdown;

/// <summary>
/// Stage 2b: parses the markdown body of an article version or a myth, unless its raw text has a shape that
/// would stall or break the parser, which is reported instead (a body that is not parsed leaves its file out).
/// </summary>
public sealed class MarkdownBodyParser(ContentMarkdown markdown, MarkdownComplexityValidator complexity)
{
    public ParsedBody? Parse(ContentFile file, FrontMatterBlock block, DiagnosticBag diagnostics) =>
        complexity.Validate(file.DisplayPath, block.Body, block.BodyFirstLine, diagnostics)
            ? new ParsedBody(markdown.Parse(block.Body), block.BodyFirstLine)
            : null;
}
