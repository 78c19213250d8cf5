using KratomFacts.TestSupport;
using KratomFacts.Web.ContentHosting;
using KratomFacts.Web.Tests.Support;

namespace KratomFacts.Web.Tests;

public sealed class StartupTests
{
    [Theory]
    [InlineData("unknown-citation", "articles/sample/v1.md:23:52: error: unknown citation '@singh-2014': it is not in this file's citations")]
    [InlineData("version-gap", "articles/sample/v3.md:1:1: error: version 3 follows version 1: version 2 is missing (versions run v1, v2, ... without gaps)")]
    public void Site_refuses_to_start_on_broken_content_and_names_the_error(string fixture, string line)
    {
        using var factory = new BrokenContentFactory(fixture);

        var error = Record.Exception(() => factory.CreateClient());

        var refusal = Assert.IsType<InvalidContentException>(error);
        Assert.Contains(Path.Join(TestPaths.BrokenContent(fixture), line), refusal.Message.Split('\n'));
    }
}
