using Microsoft.AspNetCore.Diagnostics;

namespace KratomFacts.Web.Errors;

/// <summary>
/// Unknown things answer 404 with a helpful page (search box, links); failures answer a plain page with no
/// internal detail. The API answers the same statuses as <c>application/problem+json</c>.
/// </summary>
public static class ErrorPages
{
    public static WebApplication UseSiteErrorPages(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler(handler => handler.Run(WriteProblem));
            api.UseStatusCodePages(context => WriteProblem(context.HttpContext));
        });
        app.UseWhen(context => !IsApi(context), html =>
        {
            html.UseExceptionHandler("/error/500");
            html.UseStatusCodePagesWithReExecute("/error/{0}");
        });

        // Routing must run after the error pages so a re-executed request is routed again to the error page.
        app.UseRouting();
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    private static Task WriteProblem(HttpContext context)
    {
        var status = context.Features.Get<IExceptionHandlerFeature>() is null ? context.Response.StatusCode : StatusCodes.Status500InternalServerError;
        return Results.Problem(statusCode: status, title: StatusTitles.For(status)).ExecuteAsync(context);
    }
}

/// <summary>Plain-language titles for the statuses readers can meet.</summary>
public static class StatusTitles
{
    public static string For(int status) => status switch
    {
        400 => "That request could not be understood",
        404 => "Page not found",
        405 => "That method is not allowed here",
        429 => "Too many requests",
        _ => "Something went wrong",
    };
}
