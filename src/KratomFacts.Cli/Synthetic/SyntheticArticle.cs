using System.Text;
using KratomFacts.Content.Citations;

namespace KratomFacts.Cli.Synthetic;

/// <summary>A generated article's address and title, known for all articles before any is written so they can link to each other.</summary>
public sealed record ArticleName(string Slug, string Title);

/// <summary>
/// One synthetic article in the shape the writing guide asks for: key points first (citing every listed work),
/// then sections with pinned ids. Each later version adds a section and rewrites a paragraph, so every version
/// keeps the ids of the one before and states what changed.
/// </summary>
public sealed class SyntheticArticle
{
    private readonly ArticleName _name;
    private readonly string _summary;
    private readonly List<string> _tags;
    private readonly List<string> _aliases;
    private readonly List<Citation> _works;
    private readonly List<Draft> _sections = [];
    private readonly List<Edit> _edits = [];
    private readonly List<DateOnly> _published = [];
    private readonly int _versions;

    public SyntheticArticle(ProseMaker prose, ArticleName name, ArticleName linked, int versions)
    {
        _name = name;
        _versions = versions;
        _summary = prose.Sentences(2);
        _tags = prose.PickDistinct(prose.Source.Tags, prose.Between(1, 3));
        _aliases = prose.PickDistinct(prose.Source.Aliases, prose.Between(0, 3));
        _works = prose.PickDistinct(prose.Source.Works, prose.Between(4, 8));

        // Sections of the newest version; the oldest has one fewer per later version.
        var sectionCount = Math.Max(prose.Between(6, 10), versions + 1);
        // Key points cite every listed work between them, so no version leaves a listed work uncited.
        var points = prose.Between(3, 6);
        var spread = Math.Min(points, _works.Count);
        var keyPoints = Enumerable.Range(0, points).Select(i => $"- {prose.Sentences(1)} {ProseMaker.Cite(_works.Where((_, w) => w % spread == i % spread))}").ToList();
        _sections.Add(new Draft("Key points", "key-points", keyPoints, IsList: true));
        var ids = new HashSet<string>(StringComparer.Ordinal) { "key-points" };
        var wordsPerSection = (prose.Between(600, 1200) - 150) / (sectionCount - 1);
        foreach (var heading in prose.PickDistinct(prose.Source.Headings, sectionCount - 1))
        {
            var id = ProseMaker.Slug(heading, 5);
            for (var n = 2; !ids.Add(id); n++)
            {
                id = $"{ProseMaker.Slug(heading, 5)}-{n}";
            }

            var paragraphs = new List<string>();
            for (var words = 0; words < wordsPerSection;)
            {
                var paragraph = prose.Paragraph(Math.Min(prose.Between(50, 110), Math.Max(30, wordsPerSection - words)), _works);
                paragraphs.Add(paragraph);
                words += ProseMaker.WordCount(paragraph);
            }

            _sections.Add(new Draft(heading, id, paragraphs, IsList: false));
        }

        var seeAlso = _sections[prose.Between(1, _sections.Count - versions)];
        seeAlso.Paragraphs.Add($"For the wider picture, see [{linked.Title}](/articles/{linked.Slug}#key-points).");

        var date = new DateOnly(2023, 1, 2).AddDays(prose.Between(0, 700));
        for (var v = 1; v <= versions; v++)
        {
            _published.Add(date);
            date = date.AddDays(prose.Between(20, 300));
            if (v > 1)
            {
                var visible = SectionsIn(v - 1);
                var edited = prose.Between(1, visible - 1);
                var paragraph = prose.Between(0, _sections[edited].Paragraphs.Count - 1);
                _edits.Add(new Edit(v, edited, paragraph, prose.Paragraph(prose.Between(50, 110), _works)));
            }
        }
    }

    public ArticleName Name => _name;

    public string Markdown(int version)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(FrontMatterText.Quote(_name.Title)).Append('\n');
        text.Append("summary: ").Append(FrontMatterText.Quote(_summary)).Append('\n');
        text.Append("version: ").Append(version).Append('\n');
        text.Append("published: ").Append(FrontMatterText.Date(_published[version - 1])).Append('\n');
        if (version > 1)
        {
            var added = _sections[SectionsIn(version) - 1].Heading;
            var edit = _edits.Single(e => e.Version == version);
            text.Append("changes: ").Append(FrontMatterText.Quote($"Added a section on \"{added}\" and rewrote a paragraph of \"{_sections[edit.Section].Heading}\" in the light of newer work.")).Append('\n');
        }

        text.Append("tags: ").Append(FrontMatterText.List(_tags)).Append('\n');
        text.Append("aliases: ").Append(FrontMatterText.List(_aliases)).Append('\n');
        FrontMatterText.AppendCitations(text, _works);
        text.Append("---\n");
        for (var s = 0; s < SectionsIn(version); s++)
        {
            var section = _sections[s];
            text.Append("## ").Append(section.Heading).Append(" {#").Append(section.Id).Append("}\n\n");
            for (var p = 0; p < section.Paragraphs.Count; p++)
            {
                var edit = _edits.LastOrDefault(e => e.Version <= version && e.Section == s && e.Paragraph == p);
                text.Append(edit?.Text ?? section.Paragraphs[p]).Append(section.IsList ? "\n" : "\n\n");
            }

            if (section.IsList)
            {
                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private int SectionsIn(int version) => _sections.Count - (_versions - version);

    private sealed record Draft(string Heading, string Id, List<string> Paragraphs, bool IsList);

    private sealed record Edit(int Version, int Section, int Paragraph, string Text);
}
