using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.Model;
using KratomFacts.Content.Articles;

namespace KratomFacts.Content.Diffs;

/// <summary>
/// Compares two versions' plain text with DiffPlex: first paragraph by paragraph, then, where a paragraph
/// was replaced by another, word by word, so a reader sees exactly which words changed.
/// </summary>
public sealed class VersionDiffer
{
    public VersionDiff Diff(ArticleVersion from, ArticleVersion to) =>
        Diff([.. from.Document.Paragraphs], [.. to.Document.Paragraphs]);

    public VersionDiff Diff(IReadOnlyList<string> oldParagraphs, IReadOnlyList<string> newParagraphs)
    {
        // Each paragraph is one "line" for the paragraph-level pass.
        var oldText = string.Join('\n', oldParagraphs.Select(Flatten));
        var newText = string.Join('\n', newParagraphs.Select(Flatten));
        var result = Differ.Instance.CreateDiffs(oldText, newText, false, false, LineChunker.Instance);
        var paragraphs = new List<DiffParagraph>();
        var oldAt = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; oldAt < block.DeleteStartA; oldAt++)
            {
                paragraphs.Add(Whole(ChangeKind.Unchanged, result.PiecesOld[oldAt]));
            }

            var paired = Math.Min(block.DeleteCountA, block.InsertCountB);
            for (var i = 0; i < paired; i++)
            {
                paragraphs.Add(Words(result.PiecesOld[block.DeleteStartA + i], result.PiecesNew[block.InsertStartB + i]));
            }

            for (var i = paired; i < block.DeleteCountA; i++)
            {
                paragraphs.Add(Whole(ChangeKind.Deleted, result.PiecesOld[block.DeleteStartA + i]));
            }

            for (var i = paired; i < block.InsertCountB; i++)
            {
                paragraphs.Add(Whole(ChangeKind.Inserted, result.PiecesNew[block.InsertStartB + i]));
            }

            oldAt = block.DeleteStartA + block.DeleteCountA;
        }

        for (; oldAt < result.PiecesOld.Count; oldAt++)
        {
            paragraphs.Add(Whole(ChangeKind.Unchanged, result.PiecesOld[oldAt]));
        }

        return new VersionDiff(paragraphs);
    }

    private static DiffParagraph Whole(ChangeKind kind, string text) => new(kind, [new DiffPiece(kind, text)]);

    private static DiffParagraph Words(string oldText, string newText)
    {
        var result = Differ.Instance.CreateDiffs(oldText, newText, false, false, WordChunker.Instance);
        var pieces = new List<DiffPiece>();
        var oldAt = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(pieces, ChangeKind.Unchanged, result.PiecesOld, oldAt, block.DeleteStartA - oldAt);
            Add(pieces, ChangeKind.Deleted, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(pieces, ChangeKind.Inserted, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            oldAt = block.DeleteStartA + block.DeleteCountA;
        }

        Add(pieces, ChangeKind.Unchanged, result.PiecesOld, oldAt, result.PiecesOld.Count - oldAt);
        return new DiffParagraph(ChangeKind.Modified, JoinChangedRuns(pieces));
    }

    /// <summary>
    /// Changes separated only by spaces read as one change: "sentence <del>was plain</del> <ins>is clearer</ins>",
    /// not "sentence <ins>is</ins> <del>was</del> <ins>clearer</ins> <del>plain</del>", which is what matching
    /// the spaces between words gives.
    /// </summary>
    private static List<DiffPiece> JoinChangedRuns(List<DiffPiece> pieces)
    {
        var joined = new List<DiffPiece>();
        for (var i = 0; i < pieces.Count;)
        {
            if (pieces[i].Kind == ChangeKind.Unchanged)
            {
                Add(joined, ChangeKind.Unchanged, pieces[i++].Text);
                continue;
            }

            var oldText = new StringBuilder();
            var newText = new StringBuilder();
            for (; i < pieces.Count && (pieces[i].Kind != ChangeKind.Unchanged || IsSpaceBetweenChanges(pieces, i)); i++)
            {
                var piece = pieces[i];
                if (piece.Kind != ChangeKind.Inserted)
                {
                    oldText.Append(piece.Text);
                }

                if (piece.Kind != ChangeKind.Deleted)
                {
                    newText.Append(piece.Text);
                }
            }

            var (oldRun, newRun) = (oldText.ToString(), newText.ToString());
            var lead = CommonLength(oldRun, newRun, fromEnd: false);
            var trail = CommonLength(oldRun[lead..], newRun[lead..], fromEnd: true);
            Add(joined, ChangeKind.Unchanged, oldRun[..lead]);
            Add(joined, ChangeKind.Deleted, oldRun[lead..^trail]);
            Add(joined, ChangeKind.Inserted, newRun[lead..^trail]);
            Add(joined, ChangeKind.Unchanged, oldRun[^trail..]);
        }

        return joined;
    }

    private static bool IsSpaceBetweenChanges(List<DiffPiece> pieces, int i) =>
        string.IsNullOrWhiteSpace(pieces[i].Text) && i + 1 < pieces.Count && pieces[i + 1].Kind != ChangeKind.Unchanged;

    /// <summary>How many whitespace characters both texts share at their start (or end).</summary>
    private static int CommonLength(string a, string b, bool fromEnd)
    {
        var n = 0;
        while (n < a.Length && n < b.Length)
        {
            var (x, y) = fromEnd ? (a[^(n + 1)], b[^(n + 1)]) : (a[n], b[n]);
            if (x != y || !char.IsWhiteSpace(x))
            {
                break;
            }

            n++;
        }

        return n;
    }

    private static void Add(List<DiffPiece> pieces, ChangeKind kind, IReadOnlyList<string> words, int start, int count) =>
        Add(pieces, kind, string.Concat(words.Skip(start).Take(count)));

    /// <summary>Appends text, merging neighbours of the same kind so the page has few, readable runs.</summary>
    private static void Add(List<DiffPiece> pieces, ChangeKind kind, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (pieces.Count > 0 && pieces[^1].Kind == kind)
        {
            pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
        }
        else
        {
            pieces.Add(new DiffPiece(kind, text));
        }
    }

    private static string Flatten(string paragraph) => paragraph.Replace('\n', ' ');
}
