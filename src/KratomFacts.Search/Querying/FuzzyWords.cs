using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KratomFacts.Search.Querying;

/// <summary>
/// The typo-tolerant queries of one search. Lucene builds a word's Levenshtein automata for every fuzzy query it
/// rewrites, which for a long word and two edits costs milliseconds; one search asks for the same word on every
/// field, for the spelling suggestion and for the snippets. Lucene keeps the automata in an attribute of the
/// source it is given, so one source per word lets every query of that word reuse them.
/// </summary>
public sealed class FuzzyWords
{
    private readonly Dictionary<(string Word, int PrefixLength), AttributeSource> _automata = [];

    public FuzzyQuery Query(string field, string word, int edits, int prefixLength = 0)
    {
        if (!_automata.TryGetValue((word, prefixLength), out var shared))
        {
            shared = new AttributeSource();
            _automata.Add((word, prefixLength), shared);
        }

        return new SharedAutomataFuzzyQuery(new Term(field, word), edits, prefixLength, shared);
    }

    /// <summary>
    /// Enumerates terms with the shared source. The source is only read for the automata and for the rewrite's
    /// competitive bar, which nothing sets on it, so every term within the edits is still offered to the rewrite.
    /// </summary>
    private sealed class SharedAutomataFuzzyQuery(Term term, int edits, int prefixLength, AttributeSource shared)
        : FuzzyQuery(term, edits, prefixLength)
    {
        protected override TermsEnum GetTermsEnum(Terms terms, AttributeSource atts) => base.GetTermsEnum(terms, shared);
    }
}
