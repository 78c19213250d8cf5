namespace KratomFacts.Web.Http;

public static class ReadEndpoints
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>Maps a read-only endpoint for GET and HEAD alike (MapGet alone would answer HEAD with 405).</summary>
    public static RouteHandlerBuilder MapRead(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) =>
        endpoints.MapMethods(pattern, GetAndHead, handler);
}
