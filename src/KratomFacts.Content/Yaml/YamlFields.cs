using System.Globalization;
using KratomFacts.Content.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KratomFacts.Content.Yaml;

/// <summary>
/// Reads typed fields out of one YAML mapping, reporting each problem at the field's own line
/// (missing field, wrong type, bad date, unknown key), the way Hugo names the field that failed.
/// </summary>
public sealed class YamlFields
{
    private readonly YamlMappingNode _map;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _what;

    public YamlFields(YamlMappingNode map, YamlSource source, DiagnosticBag diagnostics, string what, IReadOnlySet<string> allowedKeys)
    {
        _map = map;
        Source = source;
        _diagnostics = diagnostics;
        _what = what;
        foreach (var key in map.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || !allowedKeys.Contains(name))
            {
                Error(key, $"unknown {what} field '{(key as YamlScalarNode)?.Value ?? key.ToString()}'; allowed: {string.Join(", ", allowedKeys)}");
            }
        }
    }

    public YamlSource Source { get; }

    public DiagnosticBag Diagnostics => _diagnostics;

    public SourcePosition Position => Source.At(_map);

    public SourcePosition PositionOf(string key) =>
        Find(key) is var (k, _) ? Source.At(k) : Position;

    public YamlNode? Node(string key) => Find(key)?.Value;

    public string? Text(string key, bool required = false)
    {
        switch (Find(key))
        {
            case null:
                if (required)
                {
                    Error(_map, $"missing required {_what} field '{key}'");
                }

                return null;
            case (_, YamlScalarNode { Value: { } value } scalar):
                if (string.IsNullOrWhiteSpace(value))
                {
                    if (required)
                    {
                        Error(scalar, $"{_what} field '{key}' is empty");
                    }

                    return null;
                }

                return value.Trim();
            case var (_, node):
                Error(node, $"{_what} field '{key}' must be a single value, not a list or mapping");
                return null;
        }
    }

    public int? Number(string key, bool required = false, int min = int.MinValue, int max = int.MaxValue)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Error(Find(key)!.Value.Value, $"{_what} field '{key}' must be a whole number from {min} to {max}, not '{text}'");
            return null;
        }

        return value;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Error(Find(key)!.Value.Value, $"the \"{key}\" field is not a valid date in the form YYYY-MM-DD: '{text}'");
            return null;
        }

        return date;
    }

    /// <summary>A list of short strings; a single scalar is accepted as a one-item list.</summary>
    public IReadOnlyList<string> StringList(string key, bool required = false)
    {
        switch (Find(key))
        {
            case null:
                if (required)
                {
                    Error(_map, $"missing required {_what} field '{key}'");
                }

                return [];
            case (_, YamlScalarNode { Value: { } single }):
                return string.IsNullOrWhiteSpace(single) ? [] : [single.Trim()];
            case (_, YamlSequenceNode sequence):
                var items = new List<string>();
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
                    {
                        items.Add(value.Trim());
                    }
                    else
                    {
                        Error(item, $"each item of '{key}' must be a non-empty single value");
                    }
                }

                return items;
            case var (_, node):
                Error(node, $"{_what} field '{key}' must be a list like [a, b]");
                return [];
        }
    }

    public YamlSequenceNode? Sequence(string key, bool required = false)
    {
        switch (Find(key))
        {
            case null:
                if (required)
                {
                    Error(_map, $"missing required {_what} field '{key}'");
                }

                return null;
            case (_, YamlSequenceNode sequence):
                return sequence;
            case (_, YamlScalarNode { Value: null or "" }):
                return null;
            case var (_, node):
                Error(node, $"{_what} field '{key}' must be a list");
                return null;
        }
    }

    public void Error(YamlNode node, string message) => _diagnostics.Error(Source.DisplayPath, Source.At(node), message);

    public void Error(Mark mark, string message) => _diagnostics.Error(Source.DisplayPath, Source.At(mark), message);

    public void ErrorAt(string key, string message) => _diagnostics.Error(Source.DisplayPath, PositionOf(key), message);

    public void WarningAt(string key, string message) => _diagnostics.Warning(Source.DisplayPath, PositionOf(key), message);

    private (YamlNode Key, YamlNode Value)? Find(string key)
    {
        foreach (var (k, v) in _map.Children)
        {
            if (k is YamlScalarNode { Value: var name } && name == key)
            {
                return (k, v);
            }
        }

        return null;
    }
}
