using System.Text.RegularExpressions;
using KratomFacts.Content.Diagnostics;
using KratomFacts.Content.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KratomFacts.Content.Validation;

/// <summary>Every link to <c>/articles/...</c>, <c>/myths/...</c> or <c>/alkaloids/...</c> must point at something that exists.</summary>
public sealed partial class InternalLinkValidator
{
    private static readonly HashSet<string> ListingPages = ["/", "/articles", "/myths", "/alkaloids", "/alkaloids/compare", "/references", "/search"];

    public void Validate(string path, ParsedBody body, LinkTargets targets, DiagnosticBag diagnostics)
    {
        var ownIds = LinkTargets.HeadingIds(body.Document);
        foreach (var link in body.Document.Descendants<LinkInline>())
        {
            var problem = Check(link.Url ?? "", targets, ownIds);
            if (problem is not null)
            {
                diagnostics.Error(path, body.At(link), $"broken internal link '{link.Url}': {problem}");
            }
        }
    }

    private static string? Check(string url, LinkTargets targets, HashSet<string> ownIds)
    {
        if (url.StartsWith('#'))
        {
            return ownIds.Contains(url[1..]) ? null : "no heading in this file has that id";
        }

        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal))
        {
            return null; // external links are checked by the URL policy, not here
        }

        var fragmentAt = url.IndexOf('#', StringComparison.Ordinal);
        var fragment = fragmentAt >= 0 ? url[(fragmentAt + 1)..] : null;
        var pathAndQuery = fragmentAt >= 0 ? url[..fragmentAt] : url;
        var pathOnly = pathAndQuery.Split('?')[0];
        if (ListingPages.Contains(pathOnly.TrimEnd('/') is "" ? "/" : pathOnly.TrimEnd('/')))
        {
            return null;
        }

        var match = InternalPath().Match(pathOnly);
        if (!match.Success)
        {
            return "no page of the site has that address";
        }

        var slug = match.Groups["slug"].Value;
        return match.Groups["area"].Value switch
        {
            "articles" when !targets.HasArticle(slug) => $"there is no article '{slug}'",
            "articles" when match.Groups["version"].Success && !targets.HasArticleVersion(slug, int.Parse(match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture)) => $"article '{slug}' has no version {match.Groups["version"].Value}",
            "articles" when fragment is not null && !match.Groups["version"].Success && !targets.HasArticleSection(slug, fragment) => $"the current version of '{slug}' has no heading with id '{fragment}'",
            "myths" when !targets.HasMyth(slug) => $"there is no myth '{slug}'",
            "alkaloids" when !targets.HasCompound(slug) => $"there is no compound '{slug}' in alkaloids.yaml",
            _ => null,
        };
    }

    [GeneratedRegex(@"^/(?<area>articles|myths|alkaloids)/(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)(?:/v(?<version>[0-9]{1,4})|/history)?/?$")]
    private static partial Regex InternalPath();
}
