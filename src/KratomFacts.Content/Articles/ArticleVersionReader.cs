using KratomFacts.Content.Citations;
using KratomFacts.Content.Diagnostics;
using KratomFacts.Content.Loading;
using KratomFacts.Content.Markdown;
using KratomFacts.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace KratomFacts.Content.Articles;

/// <summary>Stage 2 for articles: front matter into a typed record, body into a markdown tree.</summary>
public sealed class ArticleVersionReader(FrontMatterSplitter splitter, SafeYamlLoader yaml, CitationReader citations, MarkdownBodyParser bodies)
{
    private static readonly HashSet<string> Fields =
        ["title", "summary", "version", "published", "reviewed", "changes", "tags", "aliases", "citations"];

    public ArticleVersionSource? Read(string slug, NumberedFile numbered, DiagnosticBag diagnostics)
    {
        var file = numbered.File;
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

        var f = new YamlFields(map, source, diagnostics, "article", Fields);
        var title = f.Text("title", required: true);
        var summary = f.Text("summary", required: true);
        var version = f.Number("version", required: true, min: 1, max: 9999);
        var published = f.Date("published", required: true);
        var reviewed = f.Date("reviewed");
        var changes = f.Text("changes");
        if (version is { } v && v != numbered.Number)
        {
            f.ErrorAt("version", $"version is {v} but the file is v{numbered.Number}.md: they must match");
        }

        if (numbered.Number >= 2 && changes is null)
        {
            switch (f.Node("changes"))
            {
                case null:
                    f.Error(map, "missing required article field 'changes': from version 2 on, say what changed and why");
                    break;
                case YamlScalarNode:
                    f.ErrorAt("changes", "article field 'changes' is empty: from version 2 on, say what changed and why");
                    break;
            }
        }

        var citationList = citations.Read(f.Sequence("citations"), source, diagnostics);
        var body = bodies.Parse(file, block, diagnostics);
        if (body is null)
        {
            return null;
        }

        var frontMatter = new ArticleFrontMatter(
            title ?? "", summary ?? "", published ?? default, reviewed, changes,
            f.StringList("tags"), f.StringList("aliases"), citationList, f.PositionOf("published"));
        return new ArticleVersionSource(slug, numbered.Number, file, frontMatter, body);
    }
}
