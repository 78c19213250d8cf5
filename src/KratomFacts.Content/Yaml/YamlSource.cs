using KratomFacts.Content.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KratomFacts.Content.Yaml;

/// <summary>Where a piece of YAML sits in its file, so YamlDotNet's marks can be turned into file positions.</summary>
public sealed record YamlSource(string DisplayPath, int FirstLine)
{
    public SourcePosition At(Mark mark) => new((int)mark.Line + FirstLine - 1, (int)mark.Column);

    public SourcePosition At(YamlNode node) => At(node.Start);
}
