using System.Globalization;

namespace SiteGen.Charts;

/// <summary>One value of a chart: the number that sets the geometry and the text a reader hears for it ("10.5%", "1,150 cases").</summary>
/// <param name="Label">
/// What is drawn on the chart, where it differs from <paramref name="Text"/>: a table's number as its cell writes it ("10.5"),
/// the unit being in the caption above both. Shorter, it fits the segments a label with its unit did not (24.3 beside 25.7%).
/// </param>
public sealed record ChartPoint(double Value, string Text, string? Label = null)
{
    /// <summary>The text drawn on the chart.</summary>
    public string Drawn => Label ?? Text;
}

/// <summary>A category of a chart (a year): its label and one point per series (null where the source has no value).</summary>
public sealed record ChartCategory(string Label, IReadOnlyList<ChartPoint?> Points);

/// <summary>A series (an age group, an evaluation mark): its name and the short text shown on its segments (a mark's symbol).</summary>
public sealed record ChartSeries(string Label, string? Symbol = null);

/// <summary>A tick on a value axis.</summary>
public sealed record AxisTick(double Position, string Text);

/// <summary>A line of text at a position; <see cref="Anchor"/> is start, middle or end.</summary>
public sealed record ChartText(string Text, double X, double Y, string Anchor = "start", bool Strong = false);

/// <summary>
/// A readable value axis: 0 to a round maximum in steps of 1, 2, 2.5 or 5 × 10ⁿ (0–100 in 25s for shares,
/// 0–30 in 10s for a count of actions).
/// </summary>
public sealed record NiceScale(double Max, double Step)
{
    public static NiceScale For(double max, int targetSteps = 4, bool integers = false)
    {
        if (max <= 0 || double.IsNaN(max) || double.IsInfinity(max)) return new NiceScale(1, integers ? 1 : 0.25);
        var rough = max / targetSteps;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(s => s >= rough - 1e-9);
        if (integers) step = Math.Max(1, Math.Ceiling(step));
        var top = Math.Ceiling(max / step - 1e-9) * step;
        return new NiceScale(top, step);
    }

    public int Decimals => Step >= 1 && Math.Abs(Step - Math.Round(Step)) < 1e-9 ? 0 : Step * 10 % 1 < 1e-9 ? 1 : 2;

    public IEnumerable<double> Ticks
    {
        get
        {
            var count = (int)Math.Round(Max / Step);
            for (var i = 0; i <= count; i++) yield return i * Step;
        }
    }

    public string Format(double value) => value.ToString("N" + Decimals, CultureInfo.InvariantCulture);
}
