using KratomFacts.Web.Hosting;
using KratomFacts.Web.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace KratomFacts.Web.Tests.Hosting;

/// <summary>The site needs no writable disk for its data protection keys, so it runs on a read-only root.</summary>
public sealed class DataProtectionTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public void Protected_data_round_trips_with_keys_held_in_memory()
    {
        var protector = site.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");

        var roundTrip = protector.Unprotect(protector.Protect("a reader's preference"));

        Assert.Equal("a reader's preference", roundTrip);
        Assert.NotEmpty(site.Services.GetRequiredService<InMemoryKeyRepository>().GetAllElements());
    }
}
