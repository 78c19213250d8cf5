using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KratomFacts.Web.Http;

/// <summary>
/// Per-client token buckets for the search page and API (<c>RateLimits</c> section). The defaults let a
/// reader type and search freely (type-ahead asks once per pause in typing) while a script hammering the
/// search gets 429 with Retry-After; reading pages is never limited.
/// </summary>
public sealed class SearchRateLimitOptions
{
    public const string Policy = "search";

    /// <summary>Requests a client may make at once.</summary>
    public int Burst { get; set; } = 60;

    /// <summary>Requests added back to the bucket every second.</summary>
    public int PerSecond { get; set; } = 10;
}

public static class SearchRateLimits
{
    public static WebApplicationBuilder AddSearchRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SearchRateLimitOptions>().BindConfiguration("RateLimits:Search");
        builder.Services.AddRateLimiter(limiter =>
        {
            // The default is 503, which tells clients the server is broken rather than that they should slow down.
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(SearchRateLimitOptions.Policy, context => RateLimitPartition.GetTokenBucketLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => Bucket(context.RequestServices.GetRequiredService<IOptions<SearchRateLimitOptions>>().Value)));
        });
        return builder;
    }

    private static TokenBucketRateLimiterOptions Bucket(SearchRateLimitOptions options) => new()
    {
        TokenLimit = options.Burst,
        TokensPerPeriod = options.PerSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
