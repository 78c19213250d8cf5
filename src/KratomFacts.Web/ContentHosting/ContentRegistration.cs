using KratomFacts.Content;
using KratomFacts.Content.Catalog;
using KratomFacts.Content.Diagnostics;
using KratomFacts.Web.Hosting;
using Microsoft.Extensions.Options;

namespace KratomFacts.Web.ContentHosting;

public static class ContentRegistration
{
    /// <summary>
    /// Registers the content snapshot. It is loaded once, when the app starts and before it listens: on any
    /// error the diagnostics are printed as <c>path:line:column: error: message</c> (as <c>check</c> prints
    /// them) and the app refuses to start.
    /// </summary>
    public static WebApplicationBuilder AddContent(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ContentOptions>().BindConfiguration("Content");
        builder.Services.AddSingleton(ContentLoader.CreateDefault());
        builder.Services.AddSingleton(LoadContent);
        builder.Services.AddSingleton(sp => sp.GetRequiredService<LoadedContent>().Catalog);
        builder.Services.AddHostedService<EagerSingleton<LoadedContent>>();
        return builder;
    }

    private static LoadedContent LoadContent(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<ContentOptions>>().Value;
        var environment = services.GetRequiredService<IWebHostEnvironment>();
        var root = ContentRootLocator.Resolve(options.Path, environment.ContentRootPath);
        var result = services.GetRequiredService<ContentLoader>().Load(root);
        foreach (var diagnostic in result.Diagnostics)
        {
            Console.Error.WriteLine(diagnostic);
        }

        if (result.Catalog is null)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            throw new InvalidContentException($"{errors.Count} content error(s) in {root}; the site will not start until they are fixed:\n" +
                string.Join('\n', errors));
        }

        services.GetRequiredService<ILogger<LoadedContent>>().LogInformation(
            "Loaded content from {Root}: {Articles} articles, {Myths} myths, {Compounds} compounds, fingerprint {Fingerprint}",
            root, result.Catalog.Articles.Count, result.Catalog.Myths.Count, result.Catalog.Alkaloids.Compounds.Count, result.Catalog.Fingerprint);
        return new LoadedContent(root, result.Catalog);
    }
}

/// <summary>Where the served content came from, for logs and the health endpoint.</summary>
public sealed record LoadedContent(string Root, ContentCatalog Catalog);
