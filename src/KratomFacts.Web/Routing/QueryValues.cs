namespace KratomFacts.Web.Routing;

/// <summary>Reads a query parameter that may be given once at most: <c>?sort=a&amp;sort=b</c> is ambiguous, so it is refused.</summary>
public static class QueryValues
{
    /// <returns>False when the parameter is repeated; otherwise true, with its value or null when absent.</returns>
    public static bool TrySingle(this IQueryCollection query, string name, out string? value)
    {
        var values = query[name];
        value = values.Count == 1 ? values[0] : null;
        return values.Count <= 1;
    }
}
