using System.Diagnostics;
using KratomFacts.Cli.Synthetic;
using KratomFacts.Content;

namespace KratomFacts.Cli;

/// <summary>
/// <c>generate-corpus</c>: writes a synthetic content tree of the requested size from the sentences, headings and
/// cited works of a real one, the same for the same seed. Two myths and the real alkaloids.yaml come along, so
/// every kind of page and search document is present.
/// </summary>
public sealed class GenerateCorpusCommand(TextWriter output, TextWriter error)
{
    private const int Myths = 2;

    public int Run(string fromDir, string outputDir, int articles, int versions, int seed)
    {
        var watch = Stopwatch.StartNew();
        if (Directory.Exists(outputDir) && Directory.EnumerateFileSystemEntries(outputDir).Any())
        {
            error.WriteLine($"generate-corpus: {outputDir} is not empty; give a new or empty folder");
            return 1;
        }

        var result = ContentLoader.CreateDefault().Load(fromDir);
        if (result.Catalog is not { } catalog)
        {
            error.WriteLine($"generate-corpus: {fromDir} has content errors; run check on it");
            return 1;
        }

        var prose = new ProseMaker(SourceText.From(catalog), new Random(seed));
        var names = Enumerable.Range(1, articles).Select(i =>
        {
            var title = prose.Pick(prose.Source.Headings);
            return new ArticleName($"{ProseMaker.Slug(title, 6)}-{i}", title);
        }).ToList();

        long words = 0;
        for (var i = 0; i < names.Count; i++)
        {
            var article = new SyntheticArticle(prose, names[i], names[(i + 1 + prose.Between(0, names.Count - 2)) % names.Count], versions);
            var folder = Directory.CreateDirectory(Path.Combine(outputDir, "articles", article.Name.Slug)).FullName;
            for (var v = 1; v <= versions; v++)
            {
                var markdown = article.Markdown(v);
                words += ProseMaker.WordCount(markdown);
                File.WriteAllText(Path.Combine(folder, $"v{v}.md"), markdown);
            }
        }

        var myths = Directory.CreateDirectory(Path.Combine(outputDir, "myths")).FullName;
        foreach (var myth in catalog.Myths.Take(Myths))
        {
            File.WriteAllText(Path.Combine(myths, myth.Slug + ".md"), SyntheticMyth.Markdown(prose, myth, prose.PickDistinct(names, 2)));
        }

        File.Copy(Path.Combine(fromDir, "alkaloids.yaml"), Path.Combine(outputDir, "alkaloids.yaml"));
        output.WriteLine($"generate-corpus: {articles} articles x {versions} versions, {Math.Min(Myths, catalog.Myths.Count)} myths, " +
            $"{words / Math.Max(1, articles * versions)} words per version on average, written to {outputDir} in {watch.ElapsedMilliseconds} ms");
        return 0;
    }
}
