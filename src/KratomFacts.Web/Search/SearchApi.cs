using KratomFacts.Search;
using KratomFacts.Web.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KratomFacts.Web.Search;

/// <summary><c>/api/search</c> and <c>/api/suggest</c>, in the JSON shapes of the site's contract.</summary>
public static class SearchApi
{
    public const int SuggestLimit = 8;

    public static WebApplication MapSearchApi(this WebApplication app)
    {
        var api = app.MapGroup("/api")
            .RequireRateLimiting(SearchRateLimitOptions.Policy)
            .WithMetadata(new ContentCacheAttribute(CacheRule.Revalidate));
        api.MapRead("/search", Search);
        api.MapRead("/suggest", Suggest);
        return app;
    }

    private static Results<Ok<SearchResponse>, ProblemHttpResult> Search(ISearchIndex index, string? q, int? limit, int? page)
    {
        var problem = SearchInput.QueryProblem(q) ?? SearchInput.LimitProblem(limit) ?? SearchInput.PageProblem(page);
        if (problem is not null)
        {
            return TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "That request could not be understood");
        }

        var size = limit ?? SearchInput.DefaultLimit;
        return TypedResults.Ok(index.Search(new SearchRequest(q ?? "", ((page ?? 1) - 1) * size, size)));
    }

    /// <summary>A JSON array of completions; with <c>format=opensearch</c>, the <c>[query, [completions]]</c> shape browsers ask for.</summary>
    private static IResult Suggest(ISearchIndex index, string? q, string? format)
    {
        if (SearchInput.QueryProblem(q, SearchInput.MaxSuggestLength) is { } problem)
        {
            return TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "That request could not be understood");
        }

        var completions = index.Suggest(q ?? "", SuggestLimit);
        return format == "opensearch" ? TypedResults.Json<object[]>([q ?? "", completions]) : TypedResults.Ok(completions);
    }
}
