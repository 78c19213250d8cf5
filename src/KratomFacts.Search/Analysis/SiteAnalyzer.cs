using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using LuceneAnalyzer = Lucene.Net.Analysis.Analyzer;

namespace KratomFacts.Search.Analysis;

/// <summary>
/// Standard tokenizing, lower-casing and accent folding for every field; Porter stemming on the
/// <c>_stem</c> fields. No stop-word filter: "is kratom an opioid" keeps every word and BM25 already gives
/// common words little weight.
/// </summary>
public sealed class SiteAnalyzer : LuceneAnalyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Per-field reuse: the default would reuse one field's chain (stemmed or not) for every field.</summary>
    public SiteAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        if (SearchFields.IsStemmed(fieldName))
        {
            stream = new PorterStemFilter(stream);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }
}
