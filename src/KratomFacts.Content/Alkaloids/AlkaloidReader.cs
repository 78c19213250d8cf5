using KratomFacts.Content.Citations;
using KratomFacts.Content.Diagnostics;
using KratomFacts.Content.Loading;
using KratomFacts.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace KratomFacts.Content.Alkaloids;

/// <summary>Reads and checks <c>alkaloids.yaml</c>: every value needs a known property and a listed citation.</summary>
public sealed class AlkaloidReader(SafeYamlLoader yaml, CitationReader citations)
{
    private static readonly HashSet<string> FileFields = ["citations", "compounds"];
    private static readonly HashSet<string> CompoundFields = ["slug", "name", "kind", "aliases", "summary", "properties"];
    private static readonly HashSet<string> ValueFields = ["value", "note", "cite"];

    /// <summary>/alkaloids/compare is the side-by-side page, so no compound may take that address.</summary>
    private const string ReservedSlug = "compare";

    public AlkaloidTable Read(ContentFile file, DiagnosticBag diagnostics)
    {
        var source = new YamlSource(file.DisplayPath, 1);
        var map = yaml.Load(file.Text, source, diagnostics);
        if (map is null)
        {
            return AlkaloidTable.Empty;
        }

        var f = new YamlFields(map, source, diagnostics, "alkaloids.yaml", FileFields);
        var citationList = citations.Read(f.Sequence("citations"), source, diagnostics);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var compounds = new List<Compound>();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in f.Sequence("compounds", required: true) ?? [])
        {
            if (node is not YamlMappingNode compoundMap)
            {
                f.Error(node, "each compound must be a set of fields (slug, name, kind, properties)");
                continue;
            }

            var compound = ReadCompound(new YamlFields(compoundMap, source, diagnostics, "compound", CompoundFields), citationList, used, diagnostics);
            if (compound is null)
            {
                continue;
            }

            if (!slugs.Add(compound.Slug))
            {
                f.Error(compoundMap, $"duplicate compound slug '{compound.Slug}'");
                continue;
            }

            compounds.Add(compound);
        }

        foreach (var (id, at) in citationList.Declared)
        {
            if (!used.Contains(id))
            {
                diagnostics.Warning(file.DisplayPath, at, $"citation '{id}' is listed but no value cites it");
            }
        }

        return new AlkaloidTable(citationList.Items, compounds);
    }

    private static Compound? ReadCompound(YamlFields f, CitationList citations, HashSet<string> used, DiagnosticBag diagnostics)
    {
        var slug = f.Text("slug", required: true);
        var name = f.Text("name", required: true);
        var kindText = f.Text("kind", required: true);
        if (slug is not null && !Slugs.IsValid(slug))
        {
            f.ErrorAt("slug", $"compound slug '{slug}' is not lowercase ASCII words joined by '-'");
            slug = null;
        }
        else if (slug == ReservedSlug)
        {
            f.ErrorAt("slug", $"compound slug '{ReservedSlug}' is taken by the comparison page /alkaloids/{ReservedSlug}; choose another");
            slug = null;
        }

        if (kindText is not null && !CompoundKinds.TryParse(kindText, out _))
        {
            f.ErrorAt("kind", $"unknown compound kind '{kindText}'; use kratom-alkaloid, metabolite or reference-opioid");
        }

        var properties = new List<CompoundProperty>();
        if (f.Node("properties") is YamlMappingNode propertyMap)
        {
            foreach (var (keyNode, valueNode) in propertyMap.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                var definition = PropertyCatalog.Find(key);
                if (definition is null)
                {
                    f.Error(keyNode, $"unknown property '{key}'; known properties: {string.Join(", ", PropertyCatalog.All.Select(p => p.Key))}");
                    continue;
                }

                var values = ReadValues(f, definition, valueNode, citations, used);
                if (values.Count > 0)
                {
                    properties.Add(new CompoundProperty(definition, values));
                }
            }
        }
        else if (f.Node("properties") is { } wrong)
        {
            f.Error(wrong, "'properties' must map property names to values");
        }

        if (slug is null || name is null || !CompoundKinds.TryParse(kindText, out var kind))
        {
            return null;
        }

        // Display order is the catalog's, so every compound's properties line up in the same columns.
        var ordered = properties.OrderBy(p => PropertyCatalog.IndexOf(p.Definition)).ToList();
        return new Compound(slug, name, kind, f.StringList("aliases"), f.Text("summary"), ordered);
    }

    private static List<PropertyValue> ReadValues(YamlFields f, PropertyDefinition definition, YamlNode node, CitationList citations, HashSet<string> used)
    {
        IEnumerable<YamlNode> items = node is YamlSequenceNode sequence ? sequence : [node];
        var values = new List<PropertyValue>();
        foreach (var item in items)
        {
            if (item is not YamlMappingNode valueMap)
            {
                f.Error(item, $"each value of '{definition.Key}' must be {{ value: ..., cite: [ids] }}");
                continue;
            }

            var vf = new YamlFields(valueMap, f.Source, f.Diagnostics, "property value", ValueFields);
            var value = vf.Text("value", required: true);
            var cite = vf.StringList("cite", required: true);
            if (cite.Count == 0 && vf.Node("cite") is not null)
            {
                vf.ErrorAt("cite", "a value must cite at least one work");
            }

            foreach (var id in cite)
            {
                if (citations.IsUnknown(id))
                {
                    vf.ErrorAt("cite", $"unknown citation id '{id}': add it to the citations list at the top of the file");
                }

                used.Add(id);
            }

            if (value is not null && definition.Numeric && NumericValue.TryParse(value) is null)
            {
                vf.ErrorAt("value", $"'{definition.Key}' needs a number or a range like \"3-9\" or \"23 +/- 16\", not '{value}'; put words in 'note'");
            }

            if (value is not null && cite.Count > 0)
            {
                values.Add(new PropertyValue(value, vf.Text("note"), cite));
            }
        }

        return values;
    }
}
