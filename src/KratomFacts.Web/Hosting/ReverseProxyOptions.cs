namespace KratomFacts.Web.Hosting;

/// <summary>
/// Bound from the <c>ForwardedHeaders</c> configuration section: which reverse proxies may tell the app the client's
/// address and scheme (<c>ForwardedHeaders__KnownProxies=172.18.0.5</c>,
/// <c>ForwardedHeaders__KnownNetworks=172.18.0.0/16</c>; several separated by commas). A proxy on the same host
/// (loopback) is always trusted.
/// </summary>
public sealed class ReverseProxyOptions
{
    public string KnownProxies { get; set; } = "";

    public string KnownNetworks { get; set; } = "";
}
