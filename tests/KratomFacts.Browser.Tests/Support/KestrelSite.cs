using System.Net;
using KratomFacts.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KratomFacts.Browser.Tests.Support;

/// <summary>
/// The real app, in Production mode over the repository's content/, served by Kestrel on a free port of 127.0.0.1
/// so a real browser can reach it. WebApplicationFactory keeps it in this process (no separate build or log to read
/// for the port) while serving over real sockets instead of the in-memory test server.
/// </summary>
public sealed class KestrelSite : WebApplicationFactory<Program>
{
    public KestrelSite()
    {
        // The literal loopback address, not "localhost": every request a page makes can then be checked against it.
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Starts the server and answers where it listens.</summary>
    public Uri Start()
    {
        StartServer();
        return ClientOptions.BaseAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Content:Path", TestPaths.RealContent);
    }
}
