using KratomFacts.Content.Diffs;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace KratomFacts.Web.TagHelpers;

/// <summary>
/// <c>&lt;diff-text pieces="..." /&gt;</c>: one paragraph's diff pieces written back to back. Markup written
/// in a Razor loop would put line breaks between the pieces, and the reader would see spaces that neither
/// version has. Screen readers hear "added" and "removed" around each change.
/// </summary>
[HtmlTargetElement("diff-text", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DiffTextTagHelper : TagHelper
{
    public IReadOnlyList<DiffPiece> Pieces { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        foreach (var piece in Pieces)
        {
            switch (piece.Kind)
            {
                case ChangeKind.Inserted:
                    AppendChange(output.Content, "ins", "added", piece.Text);
                    break;
                case ChangeKind.Deleted:
                    AppendChange(output.Content, "del", "removed", piece.Text);
                    break;
                default:
                    output.Content.Append(piece.Text);
                    break;
            }
        }
    }

    private static void AppendChange(TagHelperContent content, string element, string label, string text) =>
        content.AppendHtml($"<{element}><span class=\"visually-hidden\">[{label}: </span>")
            .Append(text)
            .AppendHtml($"<span class=\"visually-hidden\">]</span></{element}>");
}
