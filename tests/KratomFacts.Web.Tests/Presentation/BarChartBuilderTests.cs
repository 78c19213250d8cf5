using KratomFacts.Web.Presentation.Charts;

namespace KratomFacts.Web.Tests.Presentation;

public sealed class BarChartBuilderTests
{
    private static readonly ChartDatum[] Data =
    [
        new("A: 1 hours", "A: 1 hours.", 1, 1, false),
        new("B: 3-9 hours", "B: 3-9 hours.", 3, 9, false),
        new("C: 68 hours", "C: 68 hours.", 68, 68, true),
    ];

    [Fact]
    public void Bar_ends_at_its_value_on_the_axis()
    {
        var chart = new BarChartBuilder().Build("c", "T", "Intro.", "hours", Data);

        var tenTick = chart.Ticks.Single(t => t.Label == "10");
        var hundredTick = chart.Ticks.Single(t => t.Label == "100");
        Assert.True(chart.Bars[2].X + chart.Bars[2].SolidWidth < hundredTick.X);
        Assert.True(chart.Bars[1].X + chart.Bars[1].SolidWidth + chart.Bars[1].RangeWidth < tenTick.X);
        Assert.Equal(chart.Ticks.Single(t => t.Label == "1").X, chart.Bars[0].X + chart.Bars[0].SolidWidth, 1);
    }

    [Fact]
    public void Range_is_drawn_from_its_low_to_its_high_end()
    {
        var chart = new BarChartBuilder().Build("c", "T", "Intro.", "hours", Data);

        var range = chart.Bars[1];
        Assert.True(range.IsRange);
        Assert.False(chart.Bars[0].IsRange);
        Assert.True(range.RangeWidth > 0);
        Assert.Equal(range.X + range.SolidWidth, range.RangeX);
    }

    [Fact]
    public void Rows_do_not_overlap_and_the_axis_sits_below_the_last_bar()
    {
        var chart = new BarChartBuilder().Build("c", "T", "Intro.", "hours", Data);

        foreach (var (upper, lower) in chart.Bars.Zip(chart.Bars.Skip(1)))
        {
            Assert.True(upper.BarY + upper.BarHeight < lower.LabelY - 12);
        }

        Assert.True(chart.Bars[^1].BarY + chart.Bars[^1].BarHeight <= chart.Frame.AxisY);
        Assert.True(chart.Frame.AxisLabelY < chart.Frame.Height);
    }

    [Fact]
    public void Description_states_every_value_in_words_and_how_to_read_the_scale()
    {
        var chart = new BarChartBuilder().Build("c", "T", "Intro.", "hours", Data);

        Assert.StartsWith("Intro. A: 1 hours. B: 3-9 hours. C: 68 hours.", chart.Description, StringComparison.Ordinal);
        Assert.Contains("logarithmic", chart.Description, StringComparison.Ordinal);
        Assert.Equal("Hours (logarithmic scale)", chart.AxisLabel);
    }
}
