using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace KratomFacts.Web.Hosting;

/// <summary>
/// Behind nginx, Caddy or a load balancer that ends TLS, takes the client address and the original scheme from
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>, but only from the proxies the configuration names, so a
/// client cannot claim another address by sending the headers itself.
/// </summary>
public static class ReverseProxySupport
{
    private static readonly char[] Separators = [',', ';', ' '];

    public static WebApplicationBuilder AddReverseProxySupport(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReverseProxyOptions>().BindConfiguration("ForwardedHeaders");
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxyOptions>>((forwarded, proxies) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var address in Split(proxies.Value.KnownProxies))
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in Split(proxies.Value.KnownNetworks))
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return builder;
    }

    public static WebApplication UseReverseProxySupport(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }

    private static string[] Split(string value) => value.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
}
