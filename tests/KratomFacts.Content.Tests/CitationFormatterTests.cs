using KratomFacts.Content.Citations;

namespace KratomFacts.Content.Tests;

public sealed class CitationFormatterTests
{
    [Theory]
    [InlineData(new[] { "Matsumoto K", "et al." }, 2005, "Matsumoto et al. 2005")]
    [InlineData(new[] { "Kruegel AC", "Grundmann O" }, 2018, "Kruegel and Grundmann 2018")]
    [InlineData(new[] { "Kikura-Hanajiri R", "Kawamura M", "Maruyama T" }, 2009, "Kikura-Hanajiri et al. 2009")]
    [InlineData(new[] { "Drug Enforcement Administration" }, 2016, "Drug Enforcement Administration 2016")]
    [InlineData(new[] { "Van der Berg JH" }, 2020, "Van der Berg 2020")]
    public void Author_year_names_the_first_surname_as_a_chart_label_would(string[] authors, int year, string expected)
    {
        var citation = new Citation("id", authors, "Title", null, year, null, null, null, null, null, null, null, null, null, EvidenceKind.Review);

        Assert.Equal(expected, CitationFormatter.AuthorYear(citation));
    }
}
