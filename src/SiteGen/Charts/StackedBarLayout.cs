namespace SiteGen.Charts;

/// <summary>
/// Horizontal stacked bars, one bar per category (a year), one segment per series (an age group, a mark).
/// Horizontal, so the category labels stay readable at 320 px. Each segment carries its value as a direct
/// label where the label fits; the legend (patterns and words) names every series in any case.
/// </summary>
public static class StackedBarLayout
{
    public sealed record Options
    {
        public double Width { get; init; } = ChartSize.LayoutWidth;
        public double FontSize { get; init; } = ChartSize.FontSize;
        public double BarHeight { get; init; } = 30;
        public double Gap { get; init; } = 12;
        /// <summary>Draw the value axis (ticks and grid) below the bars.</summary>
        public bool Axis { get; init; } = true;
        /// <summary>Write each bar's total after it (counts of actions).</summary>
        public bool Totals { get; init; }
        /// <summary>The values are counts: the axis steps are whole numbers.</summary>
        public bool Integers { get; init; }
    }

    public sealed record Segment(int Series, double X, double Y, double Width, double Height, ChartText? Label, double ChipX, double ChipY, double ChipWidth, double ChipHeight);

    public sealed record Bar(ChartText Label, double Y, IReadOnlyList<Segment> Segments, ChartText? Total);

    public sealed record Geometry(
        double Width, double Height,
        double PlotLeft, double PlotRight, double PlotTop, double PlotBottom,
        IReadOnlyList<Bar> Bars, IReadOnlyList<AxisTick> Ticks, double TickLabelY);

    private const double Pad = 4;
    private const double ChipPadding = 4;

    public static Geometry Compute(IReadOnlyList<ChartSeries> series, IReadOnlyList<ChartCategory> categories, Options? options = null)
    {
        var o = options ?? new Options();
        var fs = o.FontSize;
        var labelWidth = categories.Count == 0 ? 0 : categories.Max(c => TextMetrics.Width(c.Label, fs));
        var plotLeft = Math.Min(labelWidth, o.Width * 0.35) + 2 * Pad;
        var totals = categories.Select(c => c.Points.Sum(p => p is { Value: > 0 } ? p.Value : 0)).ToList();
        var totalTexts = categories.Select((c, i) => Totals(o, totals[i])).ToList();
        var totalWidth = o.Totals && totalTexts.Count > 0 ? totalTexts.Max(t => TextMetrics.Width(t, fs)) + 2 * Pad : 0;
        var plotRight = o.Width - Math.Max(totalWidth, o.Axis ? Pad + TextMetrics.Width("000", fs) / 2 : Pad);
        var plotWidth = Math.Max(1, plotRight - plotLeft);
        var largest = totals.DefaultIfEmpty(0).Max();
        // With an axis the scale ends on a round number; without one the longest bar fills the width.
        var scale = o.Axis || largest <= 0 ? NiceScale.For(largest, 4, o.Integers) : new NiceScale(largest, largest);
        var top = Pad;

        var bars = new List<Bar>();
        for (var i = 0; i < categories.Count; i++)
        {
            var y = top + i * (o.BarHeight + o.Gap);
            var middle = y + o.BarHeight / 2;
            var baseline = middle + fs * 0.35;
            var segments = new List<Segment>();
            double cumulative = 0;
            var points = categories[i].Points;
            for (var s = 0; s < points.Count && s < series.Count; s++)
            {
                if (points[s] is not { Value: > 0 } point) continue;
                var x = plotLeft + cumulative / scale.Max * plotWidth;
                var width = point.Value / scale.Max * plotWidth;
                cumulative += point.Value;
                // A label's chip fits with some of the segment's colour showing around it. A mark's symbol goes first
                // where there is room; where there is not, the number alone (the legend and the pattern name the
                // series), rather than no number at all.
                var text = point.Drawn;
                var chipWidth = ChipWidth(text, fs);
                if (series[s].Symbol is { } symbol && ChipWidth(symbol + " " + text, fs) is var withSymbol && withSymbol <= width - 4)
                    (text, chipWidth) = (symbol + " " + text, withSymbol);
                var chipHeight = fs + 6;
                var fits = chipWidth <= width - 4 && chipHeight <= o.BarHeight - 4;
                segments.Add(new Segment(s, x, y, width, o.BarHeight,
                    fits ? new ChartText(text, x + width / 2, baseline, "middle") : null,
                    x + (width - chipWidth) / 2, middle - chipHeight / 2, chipWidth, chipHeight));
            }
            var total = o.Totals ? new ChartText(totalTexts[i], plotLeft + totals[i] / scale.Max * plotWidth + Pad, baseline) : null;
            bars.Add(new Bar(new ChartText(categories[i].Label, plotLeft - Pad, baseline, "end"), y, segments, total));
        }

        var plotBottom = categories.Count == 0 ? top : top + categories.Count * o.BarHeight + (categories.Count - 1) * o.Gap;
        var ticks = o.Axis ? scale.Ticks.Select(t => new AxisTick(plotLeft + t / scale.Max * plotWidth, scale.Format(t))).ToList() : [];
        var tickLabelY = plotBottom + Pad + fs;
        var height = o.Axis ? tickLabelY + Pad : plotBottom + Pad;
        return new Geometry(o.Width, height, plotLeft, plotRight, top, plotBottom, bars, ticks, tickLabelY);
    }

    private static double ChipWidth(string text, double fs) => TextMetrics.Width(text, fs) + 2 * ChipPadding;

    private static string Totals(Options o, double total) =>
        total.ToString(o.Integers ? "N0" : "N1", System.Globalization.CultureInfo.InvariantCulture);
}
