using Lucene.Net.Analysis.TokenAttributes;
using LuceneAnalyzer = Lucene.Net.Analysis.Analyzer;

namespace KratomFacts.Search.Analysis;

/// <summary>Runs text through an analyzer and returns its terms.</summary>
public static class Tokens
{
    public static List<string> Analyze(LuceneAnalyzer analyzer, string field, string text, int max = int.MaxValue)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (terms.Count < max && stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
