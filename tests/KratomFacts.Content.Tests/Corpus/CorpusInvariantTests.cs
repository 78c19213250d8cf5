using System.Text.RegularExpressions;
using KratomFacts.Content.Catalog;
using KratomFacts.Content.Diffs;
using KratomFacts.Content.Markdown;
using KratomFacts.TestSupport;

namespace KratomFacts.Content.Tests.Corpus;

/// <summary>What the repository's real content/ promises readers, checked on every build.</summary>
public sealed partial class CorpusInvariantTests : IClassFixture<CorpusInvariantTests.RealContent>
{
    private const string HelplineNumber = "1-800-662-4357";
    private readonly ContentLoadResult _result;
    private readonly ContentCatalog _catalog;

    public CorpusInvariantTests(RealContent content)
    {
        _result = content.Result;
        _catalog = content.Result.Catalog ?? throw new InvalidOperationException(
            "content/ does not load:\n" + string.Join('\n', content.Result.Diagnostics));
    }

    [Fact]
    public void Real_content_loads_without_errors_or_warnings()
    {
        Assert.Empty(_result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Corpus_has_at_least_twelve_articles_three_of_them_revised()
    {
        Assert.True(_catalog.Articles.Count >= 12, $"{_catalog.Articles.Count} articles");
        var revised = _catalog.Articles.Where(a => a.Versions.Count >= 2).Select(a => a.Slug).ToList();
        Assert.True(revised.Count >= 3, $"articles with two or more versions: {string.Join(", ", revised)}");
    }

    [Fact]
    public void Every_article_cites_at_least_four_different_works()
    {
        var thin = _catalog.Articles
            .Select(a => (a.Slug, Works: a.Current.Document.References.Select(r => r.Citation.IdentityKey).Distinct().Count()))
            .Where(a => a.Works < 4)
            .Select(a => $"{a.Slug} ({a.Works})");

        Assert.Empty(thin);
    }

    [Fact]
    public void Every_article_starts_with_its_key_points()
    {
        var others = _catalog.Articles
            .Where(a => a.Current.Document.Sections is not [{ Id: "key-points" }, ..])
            .Select(a => a.Slug);

        Assert.Empty(others);
    }

    [Fact]
    public void Corpus_has_at_least_fifteen_myths_each_cited_and_tied_to_an_existing_article()
    {
        Assert.True(_catalog.Myths.Count >= 15, $"{_catalog.Myths.Count} myths");
        Assert.Empty(_catalog.Myths.Where(m => m.Document.References.Count == 0).Select(m => m.Slug));
        Assert.Empty(_catalog.Myths.Where(m => !m.Related.Any(slug => _catalog.FindArticle(slug) is not null)).Select(m => m.Slug));
    }

    [Fact]
    public void Every_alkaloid_value_cites_a_listed_work()
    {
        var values = _catalog.Alkaloids.Compounds
            .SelectMany(c => c.Properties.SelectMany(p => p.Values.Select(v => (Where: $"{c.Slug}.{p.Definition.Key} = {v.Value}", v.Cite))))
            .ToList();

        Assert.NotEmpty(values);
        Assert.Empty(values.Where(v => v.Cite.Count == 0).Select(v => v.Where));
        Assert.Empty(values.Where(v => v.Cite.Any(id => _catalog.Alkaloids.Citation(id) is null)).Select(v => v.Where));
    }

    [Fact]
    public void Every_revision_diff_keeps_both_versions_text_word_for_word()
    {
        var differ = new VersionDiffer();
        var revisions = _catalog.Articles.SelectMany(a => a.Versions.Zip(a.Versions.Skip(1))).ToList();

        Assert.NotEmpty(revisions);
        foreach (var (older, newer) in revisions)
        {
            var diff = differ.Diff(older, newer);
            Assert.Equal(Flat(older.Document.Paragraphs), Side(diff, ChangeKind.Deleted));
            Assert.Equal(Flat(newer.Document.Paragraphs), Side(diff, ChangeKind.Inserted));
        }

        static IEnumerable<string> Flat(IEnumerable<string> paragraphs) => paragraphs.Select(p => p.Replace('\n', ' '));

        static IEnumerable<string> Side(VersionDiff diff, ChangeKind changed) => diff.Paragraphs
            .Where(p => p.Kind is ChangeKind.Unchanged or ChangeKind.Modified || p.Kind == changed)
            .Select(p => string.Concat(p.Pieces.Where(x => x.Kind == ChangeKind.Unchanged || x.Kind == changed).Select(x => x.Text)));
    }

    /// <summary>
    /// Pages about withdrawal or dependence (so tagged) reach readers who may be struggling: an article ends
    /// with an "If you need help" section giving SAMHSA's helpline, a myth gives it in its text.
    /// </summary>
    [Fact]
    public void Pages_tagged_withdrawal_or_dependence_give_the_samhsa_helpline()
    {
        var articlePages = _catalog.Articles
            .SelectMany(a => a.Versions)
            .Where(v => v.Tags.Any(IsWithdrawalTopic))
            .ToList();
        var mythPages = _catalog.Myths.Where(m => m.Tags.Any(IsWithdrawalTopic)).ToList();

        Assert.NotEmpty(articlePages);
        Assert.NotEmpty(mythPages);
        Assert.Empty(articlePages.Where(v => !GivesHelpline(v.Document.FindSection("if-you-need-help"))).Select(v => v.PermanentUrl));
        Assert.Empty(mythPages.Where(m => !m.Document.Sections.Any(GivesHelpline)).Select(m => m.Url));
    }

    /// <summary>
    /// The same rule for pages whose prose (not only their tags) speaks of withdrawal or dependence. Citation
    /// keys are left out of the text so that a source named like <c>dea-withdrawal-2016</c> (a withdrawn
    /// notice) does not count. Only current versions: published versions are never edited, and older ones
    /// that lacked the section were followed by a version that added it.
    /// </summary>
    [Fact]
    public void Current_pages_whose_text_mentions_withdrawal_or_dependence_give_the_samhsa_helpline()
    {
        var articlePages = _catalog.Articles
            .Select(a => a.Current)
            .Where(v => MentionsWithdrawal(v.Document))
            .Where(v => !GivesHelpline(v.Document.FindSection("if-you-need-help")))
            .Select(v => v.PermanentUrl);
        var mythPages = _catalog.Myths
            .Where(m => MentionsWithdrawal(m.Document) && !m.Document.Sections.Any(GivesHelpline))
            .Select(m => m.Url);

        Assert.Empty(articlePages.Concat(mythPages));
    }

    private static bool IsWithdrawalTopic(string tag) => tag is "withdrawal" or "dependence";

    private static bool MentionsWithdrawal(RenderedDocument document) =>
        document.Paragraphs.Any(p => WithdrawalWords().IsMatch(CitationKeys().Replace(p, "")));

    private static bool GivesHelpline(Section? section) =>
        section is not null && section.ComparableText.Contains("SAMHSA", StringComparison.Ordinal) && section.ComparableText.Contains(HelplineNumber, StringComparison.Ordinal);

    [GeneratedRegex(@"\b(withdrawal|dependence)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WithdrawalWords();

    [GeneratedRegex(@"\[[A-Za-z0-9][A-Za-z0-9_.:\-]*(?:; [A-Za-z0-9][A-Za-z0-9_.:\-]*)*\]")]
    private static partial Regex CitationKeys();

    /// <summary>content/ loaded once for all these tests.</summary>
    public sealed class RealContent
    {
        public ContentLoadResult Result { get; } = ContentLoader.CreateDefault().Load(TestPaths.RealContent);
    }
}
