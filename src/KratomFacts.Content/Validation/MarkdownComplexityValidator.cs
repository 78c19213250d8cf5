using KratomFacts.Content.Diagnostics;
using KratomFacts.Content.Loading;

namespace KratomFacts.Content.Validation;

/// <summary>
/// Reads a markdown body's raw text, before it is parsed, for the shapes that make the parser slow or make it
/// throw: lines that open lists and quotes ever deeper, and paragraphs full of unclosed links, HTML or emphasis.
/// One linear pass; every bound is far above what prose needs and far below where the parser struggles (see
/// <see cref="ContentLimits"/>), so a body it passes parses in well under a second.
/// </summary>
public sealed class MarkdownComplexityValidator
{
    /// <returns>False, with the first problem reported at its line and column, when the body must not be parsed.</returns>
    public bool Validate(string path, string body, int firstLine, DiagnosticBag diagnostics)
    {
        var links = new Budget(ContentLimits.MaxLinkOpenersPerParagraph, "'[' and '<' characters", "stray brackets");
        var emphasis = new Budget(ContentLimits.MaxEmphasisMarksPerParagraph, "'*' and '_' characters", "stray emphasis marks");
        var line = 0;
        for (var start = 0; start <= body.Length; line++)
        {
            // Lines end where the parser ends them: at \n, \r or \r\n.
            var end = body.AsSpan(start).IndexOfAny('\n', '\r') is var at and >= 0 ? start + at : body.Length;
            var text = body.AsSpan(start, end - start);
            start = end + (body.AsSpan(end).StartsWith("\r\n") ? 2 : 1);

            // Only a blank line (spaces and tabs at most) ends a paragraph; list items and quotes can continue one.
            if (text.IndexOfAnyExcept(' ', '\t') < 0)
            {
                links.Reset();
                emphasis.Reset();
                continue;
            }

            if (ContainerMarkers.TooDeepAt(text) is { } column)
            {
                return Refuse(path, firstLine + line, column, $"this line nests lists and block quotes more than {ContentLimits.MaxMarkdownNesting} deep", diagnostics);
            }

            // The whole line, markers too: a '*' that cannot start a list item here is emphasis to the parser.
            for (var i = 0; i < text.Length; i++)
            {
                var over = text[i] switch
                {
                    '[' or '<' => links.Spend(),
                    '*' or '_' => emphasis.Spend(),
                    _ => null,
                };
                if (over is not null)
                {
                    return Refuse(path, firstLine + line, i + 1, over, diagnostics);
                }
            }
        }

        return true;
    }

    private static bool Refuse(string path, int line, int column, string problem, DiagnosticBag diagnostics)
    {
        diagnostics.Error(path, new SourcePosition(line, column), $"markdown too complex to parse safely: {problem}");
        return false;
    }

    /// <summary>How many of one kind of character a paragraph may hold.</summary>
    private sealed class Budget(int limit, string what, string remedy)
    {
        private int _spent;

        public void Reset() => _spent = 0;

        /// <returns>The problem when this character is one too many, else null.</returns>
        public string? Spend() => ++_spent > limit ? $"this paragraph has more than {limit:N0} {what}: split it with blank lines or remove {remedy}" : null;
    }

    /// <summary>
    /// The list markers and '&gt;' quote markers a line starts with. Each marker opens one level, and indentation can
    /// continue at most one level per two columns, so markers plus half the other leading whitespace bounds the
    /// depth the parser reaches on the line.
    /// </summary>
    private static class ContainerMarkers
    {
        /// <returns>The column of the marker that goes past the nesting limit, or null.</returns>
        public static int? TooDeepAt(ReadOnlySpan<char> line)
        {
            var markers = 0;
            var whitespace = 0;
            var afterMarker = false;
            var i = 0;
            while (i < line.Length)
            {
                var c = line[i];
                var width = c switch
                {
                    ' ' or '\t' => 0,
                    '>' => 1,
                    '+' when EndsMarker(line, i + 1) => 1,
                    '-' or '*' when EndsMarker(line, i + 1) && !IsThematicBreak(line[i..], c) => 1,
                    >= '0' and <= '9' => OrderedMarkerLength(line[i..]),
                    _ => -1,
                };
                if (width < 0)
                {
                    return null;
                }

                if (width == 0)
                {
                    // The one space after a marker belongs to it; other whitespace is indentation.
                    whitespace += c == '\t' ? 4 : afterMarker ? 0 : 1;
                    afterMarker = false;
                    i++;
                    continue;
                }

                markers++;
                afterMarker = true;
                if (markers + whitespace / 2 > ContentLimits.MaxMarkdownNesting)
                {
                    return i + 1;
                }

                i += width;
            }

            return null;
        }

        private static bool EndsMarker(ReadOnlySpan<char> line, int at) => at >= line.Length || line[at] is ' ' or '\t';

        /// <summary><c>1.</c> or <c>12)</c> followed by whitespace: its length; otherwise -1.</summary>
        private static int OrderedMarkerLength(ReadOnlySpan<char> rest)
        {
            var digits = 0;
            while (digits < rest.Length && digits < 10 && char.IsAsciiDigit(rest[digits]))
            {
                digits++;
            }

            return digits is > 0 and <= 9 && digits < rest.Length && rest[digits] is '.' or ')' && EndsMarker(rest, digits + 1) ? digits + 1 : -1;
        }

        /// <summary><c>- - -</c> or <c>* * *</c>: a rule, not three lists.</summary>
        private static bool IsThematicBreak(ReadOnlySpan<char> rest, char mark)
        {
            var count = 0;
            foreach (var c in rest)
            {
                if (c == mark)
                {
                    count++;
                }
                else if (c is not (' ' or '\t'))
                {
                    return false;
                }
            }

            return count >= 3;
        }
    }
}
