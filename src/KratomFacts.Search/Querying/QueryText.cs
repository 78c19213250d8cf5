using System.Text;

namespace KratomFacts.Search.Querying;

/// <summary>
/// A reader's query split into plain words and quoted phrases. There is no query syntax: only a balanced
/// pair of double quotes means a phrase; operators, wildcards, fields, slashes and brackets are just
/// characters, which the analyzer drops. Control characters are removed and length is bounded.
/// </summary>
/// <param name="Words">Everything outside balanced quotes.</param>
/// <param name="Phrases">The text inside each balanced pair of quotes.</param>
/// <param name="EndsMidWord">The query ends in a letter or digit, so its last word may be unfinished (type-ahead).</param>
public sealed record QueryText(string Words, IReadOnlyList<string> Phrases, bool EndsMidWord)
{
    /// <summary>Longer input is cut here before analysis; the web layer rejects far shorter queries anyway.</summary>
    public const int MaxAnalyzedLength = 1000;

    public static QueryText Parse(string? raw)
    {
        var text = Clean(raw ?? "");
        var words = new StringBuilder();
        var phrases = new List<string>();
        var quotes = text.Count(c => c == '"');
        var pairs = quotes / 2;
        var position = 0;
        for (var i = 0; i < pairs; i++)
        {
            var open = text.IndexOf('"', position);
            var close = text.IndexOf('"', open + 1);
            words.Append(text, position, open - position).Append(' ');
            var phrase = text[(open + 1)..close].Trim();
            if (phrase.Length > 0)
            {
                phrases.Add(phrase);
            }

            position = close + 1;
        }

        // An unpaired quote is not syntax, just a character to ignore.
        words.Append(text.AsSpan(position)).Replace('"', ' ');
        var endsMidWord = text.Length > 0 && char.IsLetterOrDigit(text[^1]);
        return new QueryText(words.ToString().Trim(), phrases, endsMidWord);
    }

    public bool IsEmpty => Words.Length == 0 && Phrases.Count == 0;

    /// <summary>Drops control characters and broken surrogate pairs; keeps every script.</summary>
    private static string Clean(string raw)
    {
        var cleaned = new StringBuilder(Math.Min(raw.Length, MaxAnalyzedLength));
        foreach (var rune in raw.EnumerateRunes())
        {
            if (cleaned.Length >= MaxAnalyzedLength)
            {
                break;
            }

            var keep = !Rune.IsControl(rune) && rune != Rune.ReplacementChar;
            cleaned.Append(keep ? rune.ToString() : " ");
        }

        return cleaned.ToString().Trim();
    }
}
