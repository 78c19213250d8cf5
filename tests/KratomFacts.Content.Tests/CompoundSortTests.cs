using KratomFacts.Content.Alkaloids;

namespace KratomFacts.Content.Tests;

public sealed class CompoundSortTests
{
    private static readonly Compound[] Compounds =
    [
        Compound("b-compound", ("half_life_hours", ["24-45"]), ("beta_arrestin", ["not recruited"])),
        Compound("a-compound", ("half_life_hours", ["3-9", "23 +/- 16"])),
        Compound("c-compound", ("beta_arrestin", ["G-protein biased"])),
        Compound("d-compound", ("half_life_hours", ["12"])),
    ];

    [Theory]
    [InlineData("half_life_hours", "asc", "a-compound,d-compound,b-compound,c-compound")]
    [InlineData("half_life_hours", "desc", "b-compound,d-compound,a-compound,c-compound")]
    [InlineData("beta_arrestin", "asc", "c-compound,b-compound,a-compound,d-compound")]
    [InlineData("beta_arrestin", "desc", "b-compound,c-compound,a-compound,d-compound")]
    [InlineData("name", "desc", "d-compound,c-compound,b-compound,a-compound")]
    public void Orders_by_lowest_number_or_first_text_with_missing_values_last(string key, string dir, string expected)
    {
        var sort = CompoundSort.Parse(key, dir, out _);

        Assert.Equal(expected, string.Join(',', sort!.Apply(Compounds).Select(c => c.Slug)));
    }

    [Theory]
    [InlineData("potency", "asc", "cannot be sorted by \"potency\"")]
    [InlineData("name", "down", "sort direction \"down\"")]
    public void Unknown_key_or_direction_is_refused_with_a_reason(string key, string dir, string reason)
    {
        var sort = CompoundSort.Parse(key, dir, out var problem);

        Assert.Null(sort);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    private static Compound Compound(string slug, params (string Key, string[] Values)[] properties) =>
        new(slug, slug, CompoundKind.KratomAlkaloid, [], null,
            [.. properties.Select(p => new CompoundProperty(PropertyCatalog.Find(p.Key)!, [.. p.Values.Select(v => new PropertyValue(v, null, ["x"]))]))]);
}
