using KratomFacts.Content.Citations;
using KratomFacts.Content.Diagnostics;
using KratomFacts.Content.Loading;
using KratomFacts.Content.Markdown;
using KratomFacts.Content.Yaml;

namespace KratomFacts.Content.Myths;

/// <summary>Stage 2 for myths: front matter into a typed record, body into a markdown tree.</summary>
public sealed class MythReader(FrontMatterSplitter splitter, SafeYamlLoader yaml, CitationReader citations, MarkdownBodyParser bodies)
{
    private static readonly HashSet<string> Fields = ["claim", "verdict", "answer", "tags", "related", "reviewed", "citations"];

    public MythSource? Read(ContentFile file, DiagnosticBag diagnostics)
    {
        var block = splitter.Split(file, diagnostics);
        if (block is null)
        {
            return null;
        }

        var source = new YamlSource(file.DisplayPath, block.YamlFirstLine);
        var map = yaml.Load(block.Yaml, source, diagnostics);
        if (map is null)
        {
            return null;
        }

        var f = new YamlFields(map, source, diagnostics, "myth", Fields);
        var claim = f.Text("claim", required: true);
        var answer = f.Text("answer", required: true);
        var verdictText = f.Text("verdict", required: true);
        var verdict = Verdict.Unproven;
        if (verdictText is not null && !Verdicts.TryParse(verdictText, out verdict))
        {
            f.ErrorAt("verdict", $"unknown verdict '{verdictText}'; use one of: {string.Join(", ", Verdicts.All.Select(v => v.Slug()))}");
        }

        var citationList = citations.Read(f.Sequence("citations"), source, diagnostics);
        var body = bodies.Parse(file, block, diagnostics);
        if (body is null)
        {
            return null;
        }

        var frontMatter = new MythFrontMatter(
            claim ?? "", verdict, answer ?? "", f.StringList("tags"), f.StringList("related"), f.PositionOf("related"),
            f.Date("reviewed"), citationList);
        var slug = Path.GetFileNameWithoutExtension(file.RelativePath);
        return new MythSource(slug, file, frontMatter, body);
    }
}
