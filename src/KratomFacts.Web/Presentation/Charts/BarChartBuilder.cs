using System.Globalization;

namespace KratomFacts.Web.Presentation.Charts;

/// <summary>Lays out a horizontal bar chart: one row per datum (label above its bar), an axis with round ticks below.</summary>
public sealed class BarChartBuilder
{
    private const double Width = 720;
    private const double PlotLeft = 16;
    private const double PlotRight = Width - 24;
    private const double Top = 8;
    private const double RowHeight = 46;
    private const double LabelBaseline = 16;
    private const double BarOffset = 23;
    private const double BarHeight = 16;
    private const double AxisGap = 4;
    private const double BottomSpace = 52;

    /// <param name="unit">The unit the axis and the scale note speak of ("times morphine", "hours").</param>
    public BarChart Build(string id, string title, string introduction, string unit, IReadOnlyList<ChartDatum> data)
    {
        var smallest = data.Count > 0 ? data.Min(d => d.Low) : 1;
        var largest = data.Count > 0 ? data.Max(d => d.High) : 1;
        var scale = ChartScale.For(smallest, largest);
        double X(double value) => Round(PlotLeft + (scale.Fraction(value) * (PlotRight - PlotLeft)));

        var bars = data.Select((d, i) =>
        {
            var rowTop = Top + (i * RowHeight);
            var solidEnd = X(d.Low);
            return new ChartBar(d.Label, rowTop + LabelBaseline, rowTop + BarOffset, BarHeight, PlotLeft,
                Round(solidEnd - PlotLeft), Round(X(d.High) - solidEnd), d.IsReference);
        }).ToList();
        var axisY = Top + (data.Count * RowHeight) + AxisGap;
        var ticks = scale.Ticks.Select(t => new ChartTick(Format(t), X(t))).ToList();
        var scaleNote = scale.IsLogarithmic
            ? "The scale is logarithmic: equal distances along the axis multiply the value by the same amount, so 1 to 10 takes as much room as 10 to 100. Lighter bar ends show the spread of a reported range."
            : "The scale is linear and starts at zero. Lighter bar ends show the spread of a reported range.";
        var description = string.Join(' ', data.Select(d => d.Words).Prepend(introduction)) + " " + scaleNote;
        var axisLabel = $"{char.ToUpperInvariant(unit[0])}{unit[1..]} ({(scale.IsLogarithmic ? "logarithmic" : "linear")} scale)";
        return new BarChart(id, title, description, axisLabel, scaleNote,
            new ChartFrame(Width, axisY + BottomSpace, PlotLeft, PlotRight, Top, axisY), bars, ticks);
    }

    /// <summary>Tick values as people write them: 0.5, 1, 20.</summary>
    public static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static double Round(double value) => Math.Round(value, 1);
}
