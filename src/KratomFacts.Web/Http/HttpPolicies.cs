using System.Text.Encodings.Web;

namespace KratomFacts.Web.Http;

/// <summary>The HTTP behaviour around every endpoint: security headers, hosts, request sizes, methods, rate limits and caching.</summary>
public static class HttpPolicies
{
    public static WebApplicationBuilder AddHttpPolicies(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false; // the server does not announce itself
            kestrel.Limits.MaxRequestBodySize = 0; // nothing is ever uploaded
        });
        builder.Services.AddHsts(hsts =>
        {
            hsts.MaxAge = TimeSpan.FromDays(365);
            hsts.IncludeSubDomains = false;
        });
        // ASP.NET writes JSON with relaxed escaping; escaping <, > and & keeps a query echoed in an answer from ever
        // being markup, whatever a client makes of the content type.
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = JavaScriptEncoder.Default);
        builder.AddSecurityHeaders();
        builder.AddAllowedHostNames();
        builder.AddRequestLimits();
        builder.AddSearchRateLimits();
        builder.AddContentCaching();
        return builder;
    }

    /// <summary>Before the error pages, so oversized requests and bad methods are refused before anything else runs.</summary>
    public static WebApplication UseResponsePolicies(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts(); // sent only over HTTPS, as the standard asks
        }

        app.UseRequestLimits();
        app.UseReadOnlyMethods();
        return app;
    }

    /// <summary>After routing, which these need to see the endpoint's policies.</summary>
    public static WebApplication UseEndpointPolicies(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseContentCaching();
        return app;
    }
}
