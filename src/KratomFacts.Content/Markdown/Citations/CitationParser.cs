using KratomFacts.Content.Citations;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace KratomFacts.Content.Markdown.Citations;

/// <summary>Parses <c>[@id]</c> and <c>[@a; @b]</c>. Anything else that starts with '[' is left to the link parser.</summary>
public sealed class CitationParser : InlineParser
{
    /// <summary>A citation group longer than this is not one; bounding the scan keeps '[' heavy input linear.</summary>
    private const int MaxLength = 400;

    public CitationParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '@')
        {
            return false;
        }

        var text = slice.Text;
        var start = slice.Start;
        var limit = Math.Min(slice.End, start + MaxLength);
        var close = text.IndexOf(']', start, limit - start + 1);
        if (close < 0)
        {
            return false;
        }

        var references = new List<CitationReference>();
        var position = start + 1;
        while (position < close)
        {
            var end = text.IndexOf(';', position, close - position);
            if (end < 0)
            {
                end = close;
            }

            var part = text.AsSpan(position, end - position);
            var leading = part.Length - part.TrimStart().Length;
            var key = part.Trim();
            if (key.Length < 2 || key[0] != '@' || !CitationReader.CitationKeyPattern().IsMatch(key[1..]))
            {
                return false;
            }

            processor.GetSourcePosition(position + leading, out var line, out var column);
            references.Add(new CitationReference { Key = key[1..].ToString(), Line = line, Column = column });
            position = end + 1;
        }

        if (references.Count == 0)
        {
            return false;
        }

        var startPosition = processor.GetSourcePosition(start, out var inlineLine, out var inlineColumn);
        processor.Inline = new CitationInline
        {
            References = references,
            Span = new SourceSpan(startPosition, processor.GetSourcePosition(close)),
            Line = inlineLine,
            Column = inlineColumn,
        };
        slice.Start = close + 1;
        return true;
    }
}
