using KratomFacts.Content.Catalog;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace KratomFacts.Web.Http;

/// <summary>How long clients and CDNs may keep a response.</summary>
public enum CacheRule
{
    /// <summary>A permanent version or a diff between two versions: its text never changes.</summary>
    Immutable,

    /// <summary>Current pages, lists and search: short, then revalidate (answered cheaply with 304).</summary>
    Revalidate,

    /// <summary>Responses that name today's date (citation downloads): an hour.</summary>
    Hourly,
}

/// <summary>
/// Marks an endpoint as a function of the content alone, so it gets a strong ETag, 304 answers and a
/// Cache-Control header, and is kept in the output cache.
/// </summary>
/// <param name="immutableWhenRouteHas">A route value that, when present, makes the response permanent (a version number).</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class ContentCacheAttribute(CacheRule rule, string? immutableWhenRouteHas = null) : Attribute
{
    public CacheRule RuleFor(HttpContext context) =>
        immutableWhenRouteHas is not null && context.Request.RouteValues.ContainsKey(immutableWhenRouteHas) ? CacheRule.Immutable : rule;

    public static string CacheControl(CacheRule rule) => rule switch
    {
        CacheRule.Immutable => "public, max-age=31536000, immutable",
        CacheRule.Hourly => "public, max-age=3600",
        _ => "public, max-age=300, must-revalidate",
    };
}

/// <summary>
/// Every content response is a function of the loaded content and the running build, so one strong ETag
/// (content fingerprint + build id) validates them all. A matching If-None-Match is answered 304 before
/// anything is rendered; a rendered page is kept in the output cache, compressed, so nothing is rendered
/// twice that could be rendered once.
/// </summary>
public static class ContentCaching
{
    public static WebApplicationBuilder AddContentCaching(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(services => new ContentETag(services.GetRequiredService<ContentCatalog>().Fingerprint));
        builder.Services.AddOutputCache(options =>
        {
            options.SizeLimit = 256L * 1024 * 1024;
            options.AddBasePolicy(policy => policy
                .With(context => context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<ContentCacheAttribute>() is not null)
                .SetVaryByHeader(HeaderNames.AcceptEncoding)
                // Keyed by the raw query, in order, instead of the default rule: that one sorts repeated values
                // (in the request itself, too), but ?ids=a&ids=b and ?ids=b&ids=a are different comparisons.
                .SetVaryByQuery([])
                .SetCacheKeyPrefix(context => context.Request.QueryString.Value ?? "")
                .Expire(TimeSpan.FromHours(1)));
        });
        builder.Services.AddResponseCompression(options =>
        {
            // Pages hold no secrets or per-user data, so compressing over HTTPS gives BREACH nothing to find.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json", "application/atom+xml", "image/svg+xml"]);
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        return builder;
    }

    /// <summary>ETag, 304 and Cache-Control; then the output cache, which stores compressed bodies per encoding.</summary>
    public static IApplicationBuilder UseContentCaching(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            var rule = context.GetEndpoint()?.Metadata.GetMetadata<ContentCacheAttribute>();
            if (rule is null || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
            {
                return next(context);
            }

            var etag = context.RequestServices.GetRequiredService<ContentETag>().Value;
            var cacheControl = ContentCacheAttribute.CacheControl(rule.RuleFor(context));
            if (context.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Tag == etag || tag.Equals(EntityTagHeaderValue.Any)))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.Headers.ETag = etag;
                context.Response.Headers.CacheControl = cacheControl;
                return Task.CompletedTask;
            }

            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode == StatusCodes.Status200OK)
                {
                    context.Response.Headers.ETag = etag;
                    context.Response.Headers.CacheControl = cacheControl;
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseOutputCache();
        app.UseResponseCompression();
        return app;
    }
}

/// <summary>The strong ETag of every content response: changes when the content or the build changes.</summary>
public sealed class ContentETag(string contentFingerprint)
{
    public string Value { get; } = $"\"{contentFingerprint[..16]}-{typeof(ContentETag).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8]}\"";
}
