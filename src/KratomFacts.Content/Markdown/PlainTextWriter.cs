using System.Text;
using KratomFacts.Content.Markdown.Citations;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KratomFacts.Content.Markdown;

/// <summary>
/// The words of a markdown block without markup: what diffs compare, what search indexes and what
/// snippets quote. Citations become their keys (<c>[kruegel-2016]</c>) so renumbering is not a change.
/// </summary>
public static class PlainTextWriter
{
    public static string Of(Block block)
    {
        var text = new StringBuilder();
        WriteBlock(text, block);
        return text.ToString().Trim();
    }

    public static void WriteInlines(StringBuilder text, ContainerInline container)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case CitationInline citation:
                    text.Append('[').AppendJoin("; ", citation.References.Select(r => r.Key)).Append(']');
                    break;
                case HtmlInline html:
                    text.Append(html.Tag);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case ContainerInline nested:
                    WriteInlines(text, nested);
                    break;
            }
        }
    }

    private static void WriteBlock(StringBuilder text, Block block)
    {
        switch (block)
        {
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                {
                    text.AppendJoin(" | ", row.OfType<TableCell>().Select(Of)).Append('\n');
                }

                break;
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    text.Append("- ");
                    foreach (var child in item)
                    {
                        WriteBlock(text, child);
                        text.Append(' ');
                    }

                    text.Append('\n');
                }

                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    WriteBlock(text, child);
                    text.Append('\n');
                }

                break;
            case LeafBlock { Inline: { } inline }:
                WriteInlines(text, inline);
                break;
            case LeafBlock leaf:
                text.Append(leaf.Lines.ToString());
                break;
        }
    }
}
