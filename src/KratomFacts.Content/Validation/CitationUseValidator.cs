using KratomFacts.Content.Citations;
using KratomFacts.Content.Diagnostics;
using KratomFacts.Content.Markdown;
using KratomFacts.Content.Markdown.Citations;
using Markdig.Syntax;

namespace KratomFacts.Content.Validation;

/// <summary>Every <c>[@id]</c> must be in the front matter's citations; a listed citation nobody cites is a warning.</summary>
public sealed class CitationUseValidator
{
    public void Validate(string path, ParsedBody body, CitationList citations, DiagnosticBag diagnostics)
    {
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var inline in body.Document.Descendants<CitationInline>())
        {
            foreach (var reference in inline.References)
            {
                cited.Add(reference.Key);
                if (citations.IsUnknown(reference.Key))
                {
                    diagnostics.Error(path, body.At(reference.Line, reference.Column), $"unknown citation '@{reference.Key}': it is not in this file's citations");
                }
            }
        }

        foreach (var (id, at) in citations.Declared)
        {
            if (!cited.Contains(id))
            {
                diagnostics.Warning(path, at, $"citation '{id}' is listed but never cited in the text");
            }
        }
    }
}
