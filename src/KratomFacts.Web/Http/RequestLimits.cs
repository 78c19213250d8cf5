using Microsoft.AspNetCore.Http.Features;

namespace KratomFacts.Web.Http;

/// <summary>
/// The largest request line and headers the site reads. Kestrel's own limits sit above these, so an oversized
/// request normally meets the site's answer (414 or 431, with the security headers) rather than Kestrel's bare one;
/// only a request past Kestrel's limits gets that.
/// </summary>
public static class RequestLimits
{
    /// <summary>Path and query: the longest search the site accepts, percent-encoded, fits many times over.</summary>
    public const int MaxTargetLength = 4096;

    /// <summary>All header names and values together: far above what browsers send (cookies included).</summary>
    public const int MaxHeadersLength = 16 * 1024;

    public static WebApplicationBuilder AddRequestLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = 128 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 64 * 1024;
        });
        return builder;
    }

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var status = TargetLength(context) > MaxTargetLength ? StatusCodes.Status414UriTooLong
                : HeadersLength(context.Request.Headers) > MaxHeadersLength ? StatusCodes.Status431RequestHeaderFieldsTooLarge
                : 0;
            if (status == 0)
            {
                return next(context);
            }

            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });

    /// <summary>The request target as sent when the server knows it, else as decoded.</summary>
    private static int TargetLength(HttpContext context) =>
        context.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw
            ? raw.Length
            : context.Request.Path.Value?.Length + context.Request.QueryString.Value?.Length ?? 0;

    private static long HeadersLength(IHeaderDictionary headers) =>
        headers.Sum(header => header.Key.Length + header.Value.Sum(value => (long)(value?.Length ?? 0)));
}
