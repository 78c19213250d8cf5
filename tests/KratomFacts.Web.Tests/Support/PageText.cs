using AngleSharp.Dom;

namespace KratomFacts.Web.Tests.Support;

public static class PageText
{
    /// <summary>The text a sighted reader sees: without the words kept for screen readers only.</summary>
    public static string Visible(IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var hidden in copy.QuerySelectorAll(".visually-hidden"))
        {
            hidden.Remove();
        }

        return copy.TextContent.Trim();
    }
}
