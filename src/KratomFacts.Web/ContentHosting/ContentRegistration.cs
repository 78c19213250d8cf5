using KratomFacts.Content;
using KratomFacts.Content.Catalog;
using KratomFacts.Content.Diagnostics;

namespace KratomFacts.Web.ContentHosting;

public static class ContentRegistration
{
    /// <summary>
    /// Loads and validates the content once, before the app starts: on any error the diagnostics are printed
    /// as <c>path:line:column: error: message</c> (as <c>check</c> prints them) and the app refuses to start.
    /// </summary>
    public static WebApplicationBuilder AddContent(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Content").Get<ContentOptions>() ?? new ContentOptions();
        var root = ContentRootLocator.Resolve(options.Path, builder.Environment.ContentRootPath);
        var result = ContentLoader.CreateDefault().Load(root);
        foreach (var diagnostic in result.Diagnostics)
        {
            Console.Error.WriteLine(diagnostic);
        }

        if (result.Catalog is null)
        {
            var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
            throw new InvalidContentException($"{errors} content error(s) in {root}; the site will not start until they are fixed:\n" +
                string.Join('\n', result.Diagnostics.Where(d => d.Severity == Severity.Error)));
        }

        builder.Services.AddSingleton(result.Catalog);
        builder.Services.AddSingleton(new LoadedContent(root, result.Catalog));
        return builder;
    }
}

/// <summary>Where the served content came from, for logs and the health endpoint.</summary>
public sealed record LoadedContent(string Root, ContentCatalog Catalog);
