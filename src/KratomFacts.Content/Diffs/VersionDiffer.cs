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
        return new DiffParagraph(ChangeKind.Modified, pieces);
    }

    /// <summary>Appends words, merging neighbours of the same kind so the page has few, readable runs.</summary>
    private static void Add(List<DiffPiece> pieces, ChangeKind kind, IReadOnlyList<string> words, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var text = string.Concat(words.Skip(start).Take(count));
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
