using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace KratomFacts.Web.TagHelpers;

/// <summary><c>&lt;heading level="3"&gt;</c> renders <c>&lt;h3&gt;</c>: section headings keep the level the author gave them.</summary>
[HtmlTargetElement("heading")]
public sealed class HeadingTagHelper : TagHelper
{
    public int Level { get; set; } = 2;

    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        output.TagName = "h" + Math.Clamp(Level, 2, 6).ToString(CultureInfo.InvariantCulture);
}
