using KratomFacts.Web.Presentation.Charts;

namespace KratomFacts.Web.Tests.Presentation;

public sealed class ChartScaleTests
{
    [Fact]
    public void Potency_spread_gets_a_log_scale_from_a_round_value_below_the_smallest_to_one_above_the_largest()
    {
        var scale = ChartScale.For(0.57, 17);

        Assert.True(scale.IsLogarithmic);
        Assert.Equal(0.5, scale.Min);
        Assert.Equal(20, scale.Max);
        Assert.Equal([0.5, 1, 2, 5, 10, 20], scale.Ticks);
    }

    [Fact]
    public void Log_scale_puts_equal_ratios_at_equal_distances()
    {
        var scale = ChartScale.For(0.57, 17);

        Assert.Equal(0, scale.Fraction(0.5), 9);
        Assert.Equal(1, scale.Fraction(20), 9);
        Assert.Equal(scale.Fraction(2) - scale.Fraction(1), scale.Fraction(20) - scale.Fraction(10), 9);
        Assert.Equal(Math.Log10(2) / Math.Log10(40), scale.Fraction(1), 9);
    }

    [Fact]
    public void Smallest_value_on_a_round_number_still_gets_a_bar()
    {
        var scale = LogScale.Covering(1, 50);

        Assert.Equal(0.5, scale.Min);
        Assert.True(scale.Fraction(1) > 0);
        Assert.Equal(50, scale.Max);
    }

    [Fact]
    public void Half_life_spread_beyond_ten_times_is_logarithmic()
    {
        var scale = ChartScale.For(3, 68);

        Assert.True(scale.IsLogarithmic);
        Assert.Equal([2, 5, 10, 20, 50, 100], scale.Ticks);
    }

    [Fact]
    public void Spread_within_ten_times_is_linear_from_zero_with_round_steps()
    {
        var scale = ChartScale.For(3, 9);

        Assert.False(scale.IsLogarithmic);
        Assert.Equal([0, 2, 4, 6, 8, 10], scale.Ticks);
        Assert.Equal(0.3, scale.Fraction(3), 9);
    }

    [Fact]
    public void Many_decades_label_only_powers_of_ten()
    {
        var scale = LogScale.Covering(0.001, 1000);

        Assert.Equal([0.0001, 0.001, 0.01, 0.1, 1, 10, 100, 1000], scale.Ticks);
    }

    [Theory]
    [InlineData(0.1, 0)]
    [InlineData(1000, 1)]
    [InlineData(-5, 0)]
    public void Values_outside_the_axis_are_held_at_its_ends(double value, double expected)
    {
        var scale = ChartScale.For(0.57, 17);

        Assert.Equal(expected, scale.Fraction(value));
    }

    [Fact]
    public void Tick_values_are_free_of_floating_point_noise()
    {
        var scale = LinearScale.Covering(0.9);

        Assert.Equal([0, 0.2, 0.4, 0.6, 0.8, 1], scale.Ticks);
    }
}
