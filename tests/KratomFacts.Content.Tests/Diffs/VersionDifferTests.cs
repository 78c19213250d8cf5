using KratomFacts.Content.Diffs;

namespace KratomFacts.Content.Tests.Diffs;

public sealed class VersionDifferTests
{
    private readonly VersionDiffer _differ = new();

    [Fact]
    public void Added_paragraph_is_one_insertion_between_unchanged_ones()
    {
        var diff = _differ.Diff(["Kratom is a tree.", "It grows in Asia."], ["Kratom is a tree.", "Its leaves contain alkaloids.", "It grows in Asia."]);

        Assert.Equal(
            [(ChangeKind.Unchanged, "Kratom is a tree."), (ChangeKind.Inserted, "Its leaves contain alkaloids."), (ChangeKind.Unchanged, "It grows in Asia.")],
            Outline(diff));
        Assert.Equal((1, 0), (diff.Insertions, diff.Deletions));
    }

    [Fact]
    public void Removed_paragraph_is_one_deletion()
    {
        var diff = _differ.Diff(["Kratom is a tree.", "An outdated claim.", "It grows in Asia."], ["Kratom is a tree.", "It grows in Asia."]);

        Assert.Equal(
            [(ChangeKind.Unchanged, "Kratom is a tree."), (ChangeKind.Deleted, "An outdated claim."), (ChangeKind.Unchanged, "It grows in Asia.")],
            Outline(diff));
        Assert.Equal((0, 1), (diff.Insertions, diff.Deletions));
    }

    [Fact]
    public void Reworded_paragraph_marks_only_the_changed_words()
    {
        var diff = _differ.Diff(["Most users report mild withdrawal [singh-2014]."], ["Many users report severe withdrawal [singh-2019]."]);

        var paragraph = Assert.Single(diff.Paragraphs);
        Assert.Equal(ChangeKind.Modified, paragraph.Kind);
        Assert.Equal(
            [
                (ChangeKind.Deleted, "Most"), (ChangeKind.Inserted, "Many"), (ChangeKind.Unchanged, " users report "),
                (ChangeKind.Deleted, "mild"), (ChangeKind.Inserted, "severe"), (ChangeKind.Unchanged, " withdrawal "),
                (ChangeKind.Deleted, "[singh-2014]"), (ChangeKind.Inserted, "[singh-2019]"), (ChangeKind.Unchanged, "."),
            ],
            paragraph.Pieces.Select(p => (p.Kind, p.Text)));
    }

    [Fact]
    public void Reworded_phrase_reads_as_one_deletion_then_one_insertion()
    {
        var diff = _differ.Diff(["The old wording of this sentence was plain."], ["The new wording of this sentence is clearer [singh-2014]."]);

        Assert.Equal(
            [
                (ChangeKind.Unchanged, "The "), (ChangeKind.Deleted, "old"), (ChangeKind.Inserted, "new"),
                (ChangeKind.Unchanged, " wording of this sentence "), (ChangeKind.Deleted, "was plain"),
                (ChangeKind.Inserted, "is clearer [singh-2014]"), (ChangeKind.Unchanged, "."),
            ],
            Assert.Single(diff.Paragraphs).Pieces.Select(p => (p.Kind, p.Text)));
    }

    [Fact]
    public void Same_text_has_no_changes()
    {
        var diff = _differ.Diff(["Kratom is a tree."], ["Kratom is a tree."]);

        Assert.False(diff.HasChanges);
    }

    /// <summary>Each paragraph's kind and whole text.</summary>
    private static IEnumerable<(ChangeKind, string)> Outline(VersionDiff diff) =>
        diff.Paragraphs.Select(p => (p.Kind, string.Concat(p.Pieces.Select(x => x.Text))));
}
