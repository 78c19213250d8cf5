using System.Text.RegularExpressions;
using KratomFacts.Content.Diagnostics;
using KratomFacts.Content.Loading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace KratomFacts.Content.Yaml;

/// <summary>
/// Stage 2b: loads front matter or a data file as a YAML mapping, refusing what plain content never needs
/// and what makes YAML dangerous: anchors and aliases (alias bombs), tags, and deep nesting.
/// Duplicate keys are errors (YamlDotNet's loader reports them; its deserializer would keep the last silently).
/// </summary>
public sealed partial class SafeYamlLoader
{
    public YamlMappingNode? Load(string yaml, YamlSource source, DiagnosticBag diagnostics)
    {
        try
        {
            if (!Prescan(yaml, source, diagnostics))
            {
                return null;
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0)
            {
                diagnostics.Error(source.DisplayPath, new SourcePosition(source.FirstLine, 1), "front matter is empty");
                return null;
            }

            if (stream.Documents.Count > 1)
            {
                diagnostics.Error(source.DisplayPath, source.At(stream.Documents[1].RootNode), "only one YAML document is allowed");
                return null;
            }

            if (stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                diagnostics.Error(source.DisplayPath, source.At(stream.Documents[0].RootNode), "expected YAML fields (key: value), not a single value or list");
                return null;
            }

            return root;
        }
        catch (YamlException e)
        {
            diagnostics.Error(source.DisplayPath, source.At(e.Start), "invalid YAML: " + CleanMessage(e));
            return null;
        }
    }

    /// <summary>Walks the event stream once, before any node is built, so an alias bomb costs nothing.</summary>
    private static bool Prescan(string yaml, YamlSource source, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(yaml));
        var open = new Stack<ParsingEvent>();
        ParsingEvent? last = null;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                string? problem = current switch
                {
                    AnchorAlias alias => $"YAML aliases like '*{alias.Value}' are not allowed: write the value out in full",
                    NodeEvent { Anchor.IsEmpty: false } node => $"YAML anchors like '&{node.Anchor}' are not allowed: write the value out in full",
                    NodeEvent { Tag.IsEmpty: false, Tag.IsNonSpecific: false } => "YAML tags (!tag) are not allowed",
                    _ => null,
                };
                if (current is MappingStart or SequenceStart)
                {
                    open.Push(current);
                    if (open.Count > ContentLimits.MaxYamlDepth)
                    {
                        problem = $"YAML is nested deeper than {ContentLimits.MaxYamlDepth} levels";
                    }
                }
                else if (current is MappingEnd or SequenceEnd)
                {
                    open.TryPop(out _);
                }

                if (problem is not null)
                {
                    diagnostics.Error(source.DisplayPath, source.At(current.Start), problem);
                    return false;
                }

                last = current;
            }
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way, without a position, on some unclosed flow lists and mappings
            // ("tags: [a, b" followed by more fields), so point at the list left open or where reading stopped.
            var (at, problem) = open.FirstOrDefault(IsFlow) is { } flow
                ? (flow.Start, "this '[' list or '{' mapping is not closed")
                : (last?.End ?? Mark.Empty, "cannot read past this point; check for a '[', '{' or quote that is not closed");
            diagnostics.Error(source.DisplayPath, source.At(at), "invalid YAML: " + problem);
            return false;
        }

        return true;
    }

    private static bool IsFlow(ParsingEvent collection) =>
        collection is SequenceStart { Style: SequenceStyle.Flow } or MappingStart { Style: MappingStyle.Flow };

    private static string CleanMessage(YamlException e)
    {
        var message = LocationPrefix().Replace(e.Message, "").Trim();
        return message.StartsWith("Duplicate key", StringComparison.Ordinal)
            ? "duplicate key" + message["Duplicate key".Length..].Trim() switch { "" => "", var key => $" '{key}'" }
            : message;
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex LocationPrefix();
}
