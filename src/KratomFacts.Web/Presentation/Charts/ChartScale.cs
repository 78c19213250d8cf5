namespace KratomFacts.Web.Presentation.Charts;

/// <summary>Places values along a chart axis: a fraction from 0 (axis start) to 1 (axis end), and the values to label.</summary>
public abstract class ChartScale(double min, double max, IReadOnlyList<double> ticks)
{
    /// <summary>Beyond this ratio of largest to smallest value a linear axis squeezes the small bars to slivers.</summary>
    public const double LogarithmicAbove = 10;

    public double Min { get; } = min;

    public double Max { get; } = max;

    public IReadOnlyList<double> Ticks { get; } = ticks;

    public abstract bool IsLogarithmic { get; }

    /// <summary>Where the value sits between <see cref="Min"/> (0) and <see cref="Max"/> (1); values outside are held at the ends.</summary>
    public double Fraction(double value) => Math.Clamp(Unclamped(value), 0, 1);

    /// <summary>A logarithmic scale when the values span more than ten times, else a linear one from zero.</summary>
    public static ChartScale For(double smallest, double largest) =>
        smallest > 0 && largest / smallest > LogarithmicAbove ? LogScale.Covering(smallest, largest) : LinearScale.Covering(largest);

    protected abstract double Unclamped(double value);
}

/// <summary>
/// Equal distances are equal ratios. The ends are round values of the 1-2-5 series (0.5, 1, 2, 5, 10, ...),
/// the start strictly below the smallest value so that its bar still has length; beyond three decades only
/// powers of ten are labelled, to keep the labels apart.
/// </summary>
public sealed class LogScale : ChartScale
{
    private const int MaxDecadesForSteps = 3;

    private LogScale(double min, double max, IReadOnlyList<double> ticks)
        : base(min, max, ticks)
    {
    }

    public override bool IsLogarithmic => true;

    public static LogScale Covering(double smallest, double largest)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(smallest);
        ArgumentOutOfRangeException.ThrowIfLessThan(largest, smallest);
        var decades = Math.Log10(largest) - Math.Log10(smallest);
        IReadOnlyList<double> multipliers = decades > MaxDecadesForSteps ? [1] : [1, 2, 5];
        var candidates = RoundValues(Math.Floor(Math.Log10(smallest)) - 1, Math.Ceiling(Math.Log10(largest)) + 1, multipliers);
        var min = candidates.Last(v => v < smallest * (1 - Nice.Tolerance));
        var max = candidates.First(v => v >= largest * (1 - Nice.Tolerance));
        return new LogScale(min, max, [.. candidates.Where(v => v >= min && v <= max)]);
    }

    protected override double Unclamped(double value) =>
        value <= 0 ? 0 : (Math.Log10(value) - Math.Log10(Min)) / (Math.Log10(Max) - Math.Log10(Min));

    private static List<double> RoundValues(double fromExponent, double toExponent, IReadOnlyList<double> multipliers)
    {
        var values = new List<double>();
        for (var exponent = fromExponent; exponent <= toExponent; exponent++)
        {
            values.AddRange(multipliers.Select(m => Nice.Round(m * Math.Pow(10, exponent))));
        }

        return values;
    }
}

/// <summary>From zero to a round value at or above the largest, with about five round steps between.</summary>
public sealed class LinearScale : ChartScale
{
    private const int TargetSteps = 5;

    private LinearScale(double max, IReadOnlyList<double> ticks)
        : base(0, max, ticks)
    {
    }

    public override bool IsLogarithmic => false;

    public static LinearScale Covering(double largest)
    {
        var step = Nice.StepAtLeast(largest > 0 ? largest / TargetSteps : 1.0 / TargetSteps);
        var steps = Math.Max(1, (int)Math.Ceiling(largest / step * (1 - Nice.Tolerance)));
        return new LinearScale(Nice.Round(steps * step), [.. Enumerable.Range(0, steps + 1).Select(i => Nice.Round(i * step))]);
    }

    protected override double Unclamped(double value) => value / Max;
}

/// <summary>Round numbers for axes.</summary>
internal static class Nice
{
    /// <summary>Relative slack for comparisons, so 0.1 * 3 counts as 0.3.</summary>
    public const double Tolerance = 1e-9;

    private static readonly double[] StepMultipliers = [1, 2, 5, 10];

    /// <summary>The smallest of 1, 2, 5 times a power of ten that is at least the value.</summary>
    public static double StepAtLeast(double value)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        var step = StepMultipliers.First(m => m * power >= value * (1 - Tolerance));
        return Round(step * power);
    }

    /// <summary>Removes floating-point noise such as 0.30000000000000004.</summary>
    public static double Round(double value) => double.Parse(value.ToString("G12", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
}
