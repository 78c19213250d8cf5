using System.Globalization;
using System.Text.Encodings.Web;
using KratomFacts.Content.Catalog;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace KratomFacts.Web.TagHelpers;

/// <summary>
/// <c>&lt;citing-versions versions="..." /&gt;</c>: "(v1, v2)", each linking to that version's permanent address;
/// nothing for a page without versions. Written here because a Razor loop would put line breaks before the commas.
/// </summary>
[HtmlTargetElement("citing-versions", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CitingVersionsTagHelper : TagHelper
{
    public IReadOnlyList<CitingVersion> Versions { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Versions.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "citing-versions");
        var links = Versions.Select(v =>
            $"<a href=\"{HtmlEncoder.Default.Encode(v.Url)}\">v{v.Number.ToString(CultureInfo.InvariantCulture)}</a>");
        output.Content.SetHtmlContent($"({string.Join(", ", links)})");
    }
}
