namespace KratomFacts.Web.Discovery;

/// <summary>
/// Absolute URLs for feeds, sitemaps, OpenSearch and citations: the configured public address
/// (<c>Site__PublicUrl</c>) when there is one, else the request's scheme and host (hosts are limited by
/// <c>AllowedHosts</c>).
/// </summary>
public sealed class SiteUrls(IConfiguration configuration)
{
    public string Base(HttpRequest request)
    {
        var configured = configuration["Site:PublicUrl"];
        return string.IsNullOrWhiteSpace(configured) ? $"{request.Scheme}://{request.Host}" : configured.TrimEnd('/');
    }

    public string Absolute(HttpRequest request, string path) => Base(request) + path;
}
