using KratomFacts.Content.Alkaloids;
using KratomFacts.Content.Citations;
using KratomFacts.Content.Myths;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace KratomFacts.Web.TagHelpers;

/// <summary><c>&lt;evidence-badge kind="..." /&gt;</c>: what kind of source a reference is, in words.</summary>
[HtmlTargetElement("evidence-badge", TagStructure = TagStructure.WithoutEndTag)]
public sealed class EvidenceBadgeTagHelper : TagHelper
{
    public EvidenceKind Kind { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        Badges.Span(output, "evidence evidence-" + Kind.Slug());
        output.Content.SetContent(Kind.Label());
    }
}

/// <summary><c>&lt;verdict-badge verdict="..." /&gt;</c>: the verdict as a word and a symbol, never colour alone.</summary>
[HtmlTargetElement("verdict-badge", TagStructure = TagStructure.WithoutEndTag)]
public sealed class VerdictBadgeTagHelper : TagHelper
{
    public Verdict Verdict { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        Badges.Span(output, "verdict verdict-" + Verdict.Slug());
        var symbol = Verdict switch
        {
            Verdict.False => "✗",
            Verdict.Misleading => "!",
            Verdict.Unproven => "?",
            _ => "✓",
        };
        output.Content.SetHtmlContent($"<span class=\"verdict-symbol\" aria-hidden=\"true\">{symbol}</span> ");
        output.Content.Append(Verdict.Label());
    }
}

/// <summary>
/// <c>&lt;compound-kind kind="..." /&gt;</c>: what a compound is, in words. Reference opioids say "not in kratom"
/// in the text itself, so setting them apart never depends on colour.
/// </summary>
[HtmlTargetElement("compound-kind", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CompoundKindTagHelper : TagHelper
{
    public CompoundKind Kind { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        Badges.Span(output, "kind-label kind-" + Kind.Slug());
        output.Content.SetContent(Kind.Label());
    }
}

internal static class Badges
{
    /// <summary>Turns the self-closing badge element into a classed span the badge fills with words.</summary>
    public static void Span(TagHelperOutput output, string cssClass)
    {
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", cssClass);
    }
}
