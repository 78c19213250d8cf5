using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace KratomFacts.Web.Hosting;

/// <summary>
/// The site keeps no state of its own: every replica serves the same snapshot, and nothing is written to disk, so
/// the container's root filesystem can be read-only and any number of replicas can stand behind one load balancer.
/// </summary>
public static class StatelessHosting
{
    public static WebApplicationBuilder AddStatelessHosting(this WebApplicationBuilder builder)
    {
        // Keys that never leave the process need no encryption at rest.
        builder.Services.AddDataProtection();
        builder.Services.AddSingleton<InMemoryKeyRepository>();
        builder.Services.AddOptions<KeyManagementOptions>().Configure<InMemoryKeyRepository>((options, keys) =>
        {
            options.XmlRepository = keys;
            options.XmlEncryptor = new NullXmlEncryptor();
        });
        builder.AddReverseProxySupport();
        return builder;
    }

    public static WebApplication UseStatelessHosting(this WebApplication app)
    {
        app.UseReverseProxySupport();
        return app;
    }
}
