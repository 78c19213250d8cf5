using KratomFacts.Content.Citations;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace KratomFacts.Web.TagHelpers;

/// <summary>
/// <c>&lt;citation-marks marks="..." /&gt;</c>: a value's citations as superscript numbers linking to the page's
/// reference list, the same markup the article bodies use.
/// </summary>
[HtmlTargetElement("citation-marks", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CitationMarksTagHelper : TagHelper
{
    public IReadOnlyList<CitationMark> Marks { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        if (Marks.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.Content.SetHtmlContent(CitationMarkup.Superscript(Marks));
    }
}
