namespace KratomFacts.Web.Presentation.Charts;

/// <summary>One bar to draw: a value or a range, with the text that labels it on the chart and in the description.</summary>
/// <param name="Label">The bar's visible text: what, how much, and from which source.</param>
/// <param name="Words">The same in a sentence, for the chart's description.</param>
/// <param name="Low">The value, or the low end of a range.</param>
/// <param name="High">Equal to <paramref name="Low"/> for a single value.</param>
/// <param name="IsReference">A reference compound, drawn apart from the others.</param>
public sealed record ChartDatum(string Label, string Words, double Low, double High, bool IsReference);

/// <summary>A horizontal bar chart laid out in SVG user units, ready for a partial to draw without arithmetic.</summary>
/// <param name="Id">Unique on the page; the title and description ids derive from it.</param>
/// <param name="Description">The values in words, for readers who cannot see the chart.</param>
/// <param name="ScaleNote">How to read the axis, in words (shown under the chart).</param>
public sealed record BarChart(
    string Id,
    string Title,
    string Description,
    string AxisLabel,
    string ScaleNote,
    ChartFrame Frame,
    IReadOnlyList<ChartBar> Bars,
    IReadOnlyList<ChartTick> Ticks)
{
    public string TitleId => Id + "-title";

    public string DescriptionId => Id + "-desc";

    public string ViewBox => $"0 0 {Frame.Width} {Frame.Height}";
}

/// <summary>The drawing's size and where its plot area and axis sit.</summary>
public sealed record ChartFrame(double Width, double Height, double PlotLeft, double PlotRight, double PlotTop, double AxisY)
{
    public double TickLabelY => AxisY + 18;

    public double AxisLabelY => AxisY + 40;

    public double AxisLabelX => (PlotLeft + PlotRight) / 2;
}

/// <summary>
/// A bar from the axis start: a solid part up to the value (or a range's low end), and for a range a lighter
/// part from the low end to the high end.
/// </summary>
public sealed record ChartBar(string Label, double LabelY, double BarY, double BarHeight, double X, double SolidWidth, double RangeWidth, bool IsReference)
{
    public double RangeX => X + SolidWidth;

    public bool IsRange => RangeWidth > 0;
}

public sealed record ChartTick(string Label, double X);
