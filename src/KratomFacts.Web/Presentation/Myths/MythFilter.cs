using KratomFacts.Content;
using KratomFacts.Content.Myths;

namespace KratomFacts.Web.Presentation.Myths;

/// <summary>The /myths filters: one verdict, one tag, both, or neither.</summary>
public sealed record MythFilter(Verdict? Verdict, string? Tag)
{
    public const string PageUrl = "/myths";

    /// <summary>Longer than any tag a writer would use; a longer one cannot match and is not worth reading.</summary>
    public const int MaxTagLength = 100;

    public static readonly MythFilter None = new(null, null);

    public bool IsActive => Verdict is not null || Tag is not null;

    /// <summary>
    /// Verdicts are a fixed set, so an unknown one is a malformed request (null, with the reason). Tags are words
    /// writers choose; an unknown one is a valid question with no answers, so it is kept and matches nothing.
    /// </summary>
    public static MythFilter? Parse(string? verdict, string? tag, out string? problem)
    {
        problem = null;
        Verdict? parsed = null;
        if (!string.IsNullOrEmpty(verdict))
        {
            if (!Verdicts.TryParse(verdict, out var v))
            {
                problem = $"There is no verdict \"{DisplayText.Shorten(verdict)}\". Verdicts are: {string.Join(", ", Verdicts.All.Select(x => x.Slug()))}.";
                return null;
            }

            parsed = v;
        }

        var trimmed = tag?.Trim();
        return new MythFilter(parsed, string.IsNullOrEmpty(trimmed) ? null : trimmed);
    }

    public bool Matches(Myth myth) =>
        (Verdict is null || myth.Verdict == Verdict) && (Tag is null || HasTag(myth, Tag));

    public static bool HasTag(Myth myth, string tag) => myth.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase);

    /// <summary>The address of the index with this filter.</summary>
    public string Url
    {
        get
        {
            var query = new List<string>();
            if (Verdict is { } v)
            {
                query.Add("verdict=" + v.Slug());
            }

            if (Tag is { } t)
            {
                query.Add("tag=" + Uri.EscapeDataString(t));
            }

            return query.Count == 0 ? PageUrl : PageUrl + "?" + string.Join('&', query);
        }
    }
}
