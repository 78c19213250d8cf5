namespace KratomFacts.Web.Http;

/// <summary>The HTTP behaviour around every endpoint: security headers, methods, rate limits and caching.</summary>
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
        builder.AddSearchRateLimits();
        builder.AddContentCaching();
        return builder;
    }

    /// <summary>Before the error pages, so their responses carry the headers and refuse bad methods too.</summary>
    public static WebApplication UseResponsePolicies(this WebApplication app)
    {
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts(); // sent only over HTTPS, as the standard asks
        }

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
