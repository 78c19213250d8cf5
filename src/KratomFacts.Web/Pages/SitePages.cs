using KratomFacts.Content.Diffs;
using KratomFacts.Web.Presentation.Alkaloids;
using KratomFacts.Web.Presentation.Charts;
using KratomFacts.Web.Routing;

namespace KratomFacts.Web.Pages;

public static class SitePages
{
    public static WebApplicationBuilder AddSitePages(this WebApplicationBuilder builder)
    {
        // The build output keeps the gzip copies of wwwroot/ under obj/ and says where in a manifest that only
        // Development reads by default; without this, the build output run in Production answers browsers' requests
        // for the stylesheet and scripts with empty bodies. Published output has no such manifest, so it is a no-op there.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.Configure<RouteOptions>(o =>
        {
            o.ConstraintMap[SlugRouteConstraint.Name] = typeof(SlugRouteConstraint);
            o.LowercaseUrls = true;
        });
        builder.Services.AddRazorPages(o =>
        {
            // The permanent address of a version is /articles/{slug}/v{n}; the same page shows the current version.
            o.Conventions.AddPageRoute("/Articles/Show", "/articles/{slug:slug}/v{version:int:min(1)}");
        }).AddMvcOptions(o => o.Filters.Add<IndentationTrimmingFilter>());
        builder.Services.AddSingleton<VersionDiffer>();
        builder.Services.AddSingleton<KratomFacts.Web.Presentation.ScholarlyMetadataBuilder>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<BarChartBuilder>();
        builder.Services.AddSingleton<AlkaloidTableBuilder>();
        return builder;
    }

    public static WebApplication MapSitePages(this WebApplication app)
    {
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
