using KratomFacts.Content.Diffs;
using KratomFacts.Web.Presentation.Alkaloids;
using KratomFacts.Web.Presentation.Charts;
using KratomFacts.Web.Routing;

namespace KratomFacts.Web.Pages;

public static class SitePages
{
    public static WebApplicationBuilder AddSitePages(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<RouteOptions>(o =>
        {
            o.ConstraintMap[SlugRouteConstraint.Name] = typeof(SlugRouteConstraint);
            o.LowercaseUrls = true;
        });
        builder.Services.AddRazorPages(o =>
        {
            // The permanent address of a version is /articles/{slug}/v{n}; the same page shows the current version.
            o.Conventions.AddPageRoute("/Articles/Show", "/articles/{slug:slug}/v{version:int:min(1)}");
        });
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
