using KratomFacts.TestSupport;
using KratomFacts.Web.Health;
using KratomFacts.Web.Tests.Support;

namespace KratomFacts.Web.Tests.Hosting;

/// <summary>The container's HEALTHCHECK: <c>dotnet KratomFacts.Web.dll --healthcheck</c> against a real listening site.</summary>
public sealed class HealthProbeTests(ListeningSiteFactory site) : IClassFixture<ListeningSiteFactory>
{
    [Fact]
    public async Task Probe_of_a_serving_site_exits_0()
    {
        site.StartServer();
        var error = new StringWriter();

        var exit = await HealthProbe.RunAsync([HealthProbe.Flag, site.ClientOptions.BaseAddress.ToString()], _ => null, error);

        Assert.Equal(0, exit);
        Assert.Empty(error.ToString());
    }

    [Fact]
    public async Task Probe_where_nothing_listens_exits_1_and_says_why()
    {
        var error = new StringWriter();

        var exit = await HealthProbe.RunAsync([HealthProbe.Flag], name => name == "ASPNETCORE_HTTP_PORTS" ? "1" : null, error);

        Assert.Equal(1, exit);
        Assert.StartsWith("healthcheck: http://127.0.0.1:1/healthz did not answer", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "8080", "http://127.0.0.1:8080/healthz")]
    [InlineData(null, "8080;8081", "http://127.0.0.1:8080/healthz")]
    [InlineData(null, null, "http://127.0.0.1:5000/healthz")]
    [InlineData("http://+:9000", "8080", "http://127.0.0.1:9000/healthz")]
    [InlineData("http://*:9000", null, "http://127.0.0.1:9000/healthz")]
    [InlineData("http://0.0.0.0:9000", null, "http://127.0.0.1:9000/healthz")]
    [InlineData("http://[::]:9000", null, "http://127.0.0.1:9000/healthz")]
    [InlineData("https://example.org;http://localhost:7000", null, "http://localhost:7000/healthz")]
    public void Probe_asks_where_the_site_listens(string? urls, string? httpPorts, string expected)
    {
        var target = HealthProbeTarget.FromEnvironment(name => name switch
        {
            "ASPNETCORE_URLS" => urls,
            "ASPNETCORE_HTTP_PORTS" => httpPorts,
            _ => null,
        });

        Assert.Equal(new Uri(expected), target);
    }
}

/// <summary>The fixture site on a real Kestrel socket on a free port, for clients that are not the test server's.</summary>
public sealed class ListeningSiteFactory : ContentSiteFactory
{
    public ListeningSiteFactory()
        : base(TestPaths.FixtureContent) => UseKestrel(0);
}
