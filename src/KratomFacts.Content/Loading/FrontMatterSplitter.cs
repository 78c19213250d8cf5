using KratomFacts.Content.Diagnostics;

namespace KratomFacts.Content.Loading;

/// <summary>A file split into its YAML front matter and its markdown body, each with the file line it starts on.</summary>
public sealed record FrontMatterBlock(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);

/// <summary>Stage 2a: splits a markdown file at its <c>---</c> lines.</summary>
public sealed class FrontMatterSplitter
{
    public FrontMatterBlock? Split(ContentFile file, DiagnosticBag diagnostics)
    {
        var lines = file.Text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            diagnostics.Error(file.DisplayPath, SourcePosition.Start, "file must start with front matter: a line '---', YAML fields, then another '---'");
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new FrontMatterBlock(yaml, 2, body, i + 2);
            }
        }

        diagnostics.Error(file.DisplayPath, SourcePosition.Start, "front matter is not closed: no '---' line after the opening one");
        return null;
    }
}
