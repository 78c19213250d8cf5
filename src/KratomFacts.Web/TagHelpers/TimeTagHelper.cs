using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace KratomFacts.Web.TagHelpers;

/// <summary><c>&lt;date-time value="@d" /&gt;</c> renders a machine-readable <c>&lt;time&gt;</c> with the date in words.</summary>
[HtmlTargetElement("date-time", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TimeTagHelper : TagHelper
{
    public DateOnly Value { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "time";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("datetime", Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        output.Content.SetContent(DisplayDates.InWords(Value));
    }
}

public static class DisplayDates
{
    public static string InWords(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
}
