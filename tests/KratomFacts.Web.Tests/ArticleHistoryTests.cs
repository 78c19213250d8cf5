using System.Net;
using KratomFacts.Web.Tests.Support;

namespace KratomFacts.Web.Tests;

public sealed class ArticleHistoryTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task History_lists_every_version_with_date_change_note_and_links()
    {
        var (response, page) = await site.GetPageAsync("/articles/alpha-article/history");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("table.history tbody tr").Select(row => new
        {
            Version = row.QuerySelector("th a")?.GetAttribute("href"),
            Date = row.QuerySelector("time")?.GetAttribute("datetime"),
            ShownDate = row.QuerySelector("time")?.TextContent,
            Note = row.QuerySelectorAll("td")[1].TextContent.Trim(),
            Diff = row.QuerySelector("td a")?.GetAttribute("href"),
        });
        Assert.Equal(
            [
                new
                {
                    Version = (string?)"/articles/alpha-article/v2", Date = (string?)"2026-03-15", ShownDate = (string?)"March 15, 2026",
                    Note = "Reworded the changing section and added a note on dependence.", Diff = (string?)"/articles/alpha-article/diff/1/2",
                },
                new
                {
                    Version = (string?)"/articles/alpha-article/v1", Date = (string?)"2026-01-10", ShownDate = (string?)"January 10, 2026",
                    Note = "First published.", Diff = (string?)null,
                },
            ],
            rows);
    }

    [Fact]
    public async Task Diff_shows_inserted_and_deleted_words_of_the_change()
    {
        var (response, page) = await site.GetPageAsync("/articles/alpha-article/diff/1/2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reworded = Assert.Single(page.QuerySelectorAll(".diff p.diff-modified"));
        Assert.Equal(["old", "was plain"], reworded.QuerySelectorAll("del").Select(PageText.Visible));
        Assert.Equal(["new", "is clearer [singh-2014]"], reworded.QuerySelectorAll("ins").Select(PageText.Visible));
        Assert.Equal(
            "A paragraph added in version two.",
            PageText.Visible(Assert.Single(page.QuerySelectorAll(".diff p.diff-inserted"))));
        Assert.Contains(
            page.QuerySelectorAll(".diff p.diff-unchanged"),
            p => p.TextContent.Contains("This paragraph stays the same in every version", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll(".diff p.diff-unchanged ins, .diff p.diff-unchanged del"));
    }
}
