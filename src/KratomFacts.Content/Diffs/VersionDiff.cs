namespace KratomFacts.Content.Diffs;

public enum ChangeKind
{
    Unchanged,
    Inserted,
    Deleted,
    Modified,
}

/// <summary>The difference between two versions' text, paragraph by paragraph, word by word within changed paragraphs.</summary>
public sealed record VersionDiff(IReadOnlyList<DiffParagraph> Paragraphs)
{
    public int Insertions => Paragraphs.Sum(p => p.Pieces.Count(x => x.Kind == ChangeKind.Inserted));

    public int Deletions => Paragraphs.Sum(p => p.Pieces.Count(x => x.Kind == ChangeKind.Deleted));

    public bool HasChanges => Paragraphs.Any(p => p.Kind != ChangeKind.Unchanged);
}

/// <summary>One paragraph (or heading, list, table) of the diff, as a run of unchanged, inserted and deleted pieces.</summary>
public sealed record DiffParagraph(ChangeKind Kind, IReadOnlyList<DiffPiece> Pieces);

public sealed record DiffPiece(ChangeKind Kind, string Text);
