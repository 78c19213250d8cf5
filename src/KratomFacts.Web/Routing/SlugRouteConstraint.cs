using KratomFacts.Content.Loading;

namespace KratomFacts.Web.Routing;

/// <summary>Route values named as slugs must be slugs before any lookup happens; anything else is simply not a route (404).</summary>
public sealed class SlugRouteConstraint : IRouteConstraint
{
    public const string Name = "slug";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && Slugs.IsValid(value as string);
}
