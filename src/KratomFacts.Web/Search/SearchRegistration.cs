using KratomFacts.Content.Catalog;
using KratomFacts.Search;
using KratomFacts.Search.Indexing;
using KratomFacts.Web.Hosting;
using Microsoft.Extensions.Options;

namespace KratomFacts.Web.Search;

public static class SearchRegistration
{
    /// <summary>
    /// Registers the search index: the prebuilt one when it matches the content being served, otherwise one
    /// built in memory, with a log line saying which. It is opened during start-up, before the app listens.
    /// </summary>
    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SearchOptions>().BindConfiguration("Search");
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<SearchOptions>>().Value;
            var loaded = new SearchIndexLoader().Load(services.GetRequiredService<ContentCatalog>(), SearchOptions.Resolve(options.IndexPath));
            var logger = services.GetRequiredService<ILogger<LoadedIndex>>();
            logger.Log(loaded.Source == IndexSource.RebuiltStale ? LogLevel.Warning : LogLevel.Information, "{Message}", loaded.Message);
            return loaded;
        });
        builder.Services.AddSingleton<ISearchIndex>(services => services.GetRequiredService<LoadedIndex>().Index);
        builder.Services.AddHostedService<EagerSingleton<LoadedIndex>>();
        return builder;
    }
}
