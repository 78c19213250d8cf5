using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using KratomFacts.Content.Catalog;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace KratomFacts.Web.TagHelpers;

/// <summary>
/// <c>&lt;citing-pages pages="..." /&gt;</c>: the pages that cite a work, as a list. Articles name the versions that
/// cite it, each linked when there is more than one; a myth's title is marked as a claim. Written as
/// compact markup because the references page lists hundreds of these and must stay light enough for a phone.
/// </summary>
[HtmlTargetElement("citing-pages", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CitingPagesTagHelper : TagHelper
{
    public IReadOnlyList<CitingPage> Pages { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var html = new StringBuilder();
        var encode = HtmlEncoder.Default;
        foreach (var page in Pages)
        {
            html.Append("<li>");
            if (page.Kind.Label() is { } label && page.Kind != CitingPageKind.Article)
            {
                html.Append(encode.Encode(label)).Append(": ");
            }

            html.Append("<a href=\"").Append(encode.Encode(page.Url)).Append("\">").Append(encode.Encode(page.Title)).Append("</a>");
            if (page.Versions.Count > 1)
            {
                html.Append(" <span class=\"citing-versions\">(").AppendJoin(", ", page.Versions.Select(v => Version(v, encode))).Append(")</span>");
            }
            else if (page.Versions.Count == 1)
            {
                html.Append(" (v").Append(page.Versions[0].Number.ToString(CultureInfo.InvariantCulture)).Append(')');
            }

            html.Append("</li>");
        }

        output.TagName = "ul";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "citing-pages");
        output.Content.SetHtmlContent(html.ToString());
    }

    private static string Version(CitingVersion version, HtmlEncoder encode) =>
        $"<a href=\"{encode.Encode(version.Url)}\">v{version.Number.ToString(CultureInfo.InvariantCulture)}</a>";
}
