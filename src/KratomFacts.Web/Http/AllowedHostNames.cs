using Microsoft.AspNetCore.HostFiltering;

namespace KratomFacts.Web.Http;

/// <summary>
/// The site answers only to the host names in the <c>AllowedHosts</c> setting (semicolon-separated, from
/// configuration, <c>AllowedHosts=kratomfacts.example;www.kratomfacts.example</c>); a request for any other host
/// gets 400, so a forged Host header cannot put another address into absolute URLs (feeds, sitemap, citations)
/// or into what caches keep. The default, <c>*</c> in appsettings.json, answers any host so the site works
/// out of the box. Loopback names are always allowed: the container's health check and a proxy on the same
/// machine call the site by them.
/// </summary>
public static class AllowedHostNames
{
    private static readonly string[] Loopback = ["localhost", "127.0.0.1", "[::1]"];

    public static WebApplicationBuilder AddAllowedHostNames(this WebApplicationBuilder builder)
    {
        // Runs after the host's own post-configuration, which reads AllowedHosts from configuration.
        builder.Services.PostConfigure<HostFilteringOptions>(options =>
        {
            if (!options.AllowedHosts.Contains("*"))
            {
                options.AllowedHosts = [.. options.AllowedHosts, .. Loopback.Except(options.AllowedHosts, StringComparer.OrdinalIgnoreCase)];
            }
        });
        return builder;
    }
}
