using KratomFacts.Content.Alkaloids;
using KratomFacts.Web.Presentation.Alkaloids;

namespace KratomFacts.Web.Tests.Presentation;

public sealed class CompareSelectionTests
{
    [Theory]
    [InlineData(new[] { "a,b" }, new[] { "a", "b" })]
    [InlineData(new[] { "a", "b", "c" }, new[] { "a", "b", "c" })]
    [InlineData(new[] { "a, b", "", "c" }, new[] { "a", "b", "c" })]
    public void Links_and_form_checkboxes_give_the_same_choice(string[] query, string[] expected)
    {
        var selection = CompareSelection.Parse(query);

        Assert.True(selection.IsValid);
        Assert.Equal(expected, selection.Requested);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("a,b,c,d,e,f")]
    [InlineData("a,a")]
    [InlineData("a,B")]
    [InlineData("a,-b")]
    [InlineData("a,b c")]
    public void Malformed_choice_is_refused(string ids)
    {
        var selection = CompareSelection.Parse([ids]);

        Assert.Equal(SelectionProblem.Malformed, selection.Problem);
        Assert.NotNull(selection.Message);
    }

    [Fact]
    public void Rows_differ_only_when_the_reported_values_differ()
    {
        var property = PropertyCatalog.Find("beta_arrestin")!;
        PropertyCell Cell(params string[] values) => new(property, [.. values.Select(v => new CitedValue(v, null, []))]);

        Assert.False(new ComparisonRow(property, [Cell("not recruited"), Cell("not recruited")]).Differs);
        Assert.False(new ComparisonRow(property, [Cell("x", "y"), Cell("y", "x")]).Differs);
        Assert.True(new ComparisonRow(property, [Cell("not recruited"), Cell("G-protein biased")]).Differs);
        Assert.True(new ComparisonRow(property, [Cell("not recruited"), Cell()]).Differs);
    }
}
