using System.Text;

namespace SiteGen.Charts;

/// <summary>
/// Lines over categories (years), one per series. Series differ by dash pattern and marker shape, and
/// each line is named by a direct label at its end (moved apart where two lines end close together).
/// </summary>
public static class LineLayout
{
    public sealed record Options
    {
        public double Width { get; init; } = ChartSize.LayoutWidth;
        public double PlotHeight { get; init; } = 160;
        public double FontSize { get; init; } = ChartSize.FontSize;
        public double MarkerSize { get; init; } = 4.5;
    }

    public sealed record Point(double X, double Y, string Text, string Marker);

    public sealed record Line(int Series, string Path, IReadOnlyList<Point> Points, ChartText? Label);

    public sealed record Geometry(
        double Width, double Height,
        double PlotLeft, double PlotRight, double PlotTop, double PlotBottom,
        IReadOnlyList<AxisTick> ValueTicks, IReadOnlyList<ChartText> CategoryLabels, IReadOnlyList<Line> Lines);

    private const double Pad = 4;

    public static Geometry Compute(IReadOnlyList<ChartSeries> series, IReadOnlyList<ChartCategory> categories, Options? options = null)
    {
        var o = options ?? new Options();
        var fs = o.FontSize;
        var values = categories.SelectMany(c => c.Points).Where(p => p is not null).Select(p => p!.Value).ToList();
        var scale = NiceScale.For(values.DefaultIfEmpty(0).Max());
        var tickWidth = scale.Ticks.Max(t => TextMetrics.Width(scale.Format(t), fs));
        var plotLeft = tickWidth + 2 * Pad;
        var labelWidth = series.Count == 0 ? 0 : series.Max(s => TextMetrics.Width(s.Label, fs));
        var plotRight = o.Width - Math.Min(labelWidth, o.Width * 0.4) - 3 * Pad;
        var plotTop = Pad + fs / 2;
        var plotBottom = plotTop + o.PlotHeight;
        var step = categories.Count == 0 ? 0 : (plotRight - plotLeft) / categories.Count;
        double X(int i) => plotLeft + step * (i + 0.5);
        double Y(double v) => plotBottom - v / scale.Max * o.PlotHeight;

        var lines = new List<Line>();
        for (var s = 0; s < series.Count; s++)
        {
            var points = new List<Point>();
            var path = new StringBuilder();
            var drawing = false;
            for (var i = 0; i < categories.Count; i++)
            {
                var p = s < categories[i].Points.Count ? categories[i].Points[s] : null;
                if (p is null) { drawing = false; continue; }
                var (x, y) = (X(i), Y(p.Value));
                path.Append(drawing ? " L" : (path.Length > 0 ? " M" : "M")).Append(Svg.N(x)).Append(' ').Append(Svg.N(y));
                drawing = true;
                points.Add(new Point(x, y, p.Text, Marker(s, x, y, o.MarkerSize)));
            }
            var last = points.Count > 0 ? points[^1] : null;
            lines.Add(new Line(s, path.ToString(), points,
                last is null ? null : new ChartText(series[s].Label, plotRight + 2 * Pad, last.Y + fs * 0.35)));
        }
        SpreadLabels(lines, fs + 2, plotTop + fs * 0.35, plotBottom + fs * 0.35);

        var ticks = scale.Ticks.Select(t => new AxisTick(Y(t), scale.Format(t))).ToList();
        var categoryLabels = categories.Select((c, i) => new ChartText(c.Label, X(i), plotBottom + Pad + fs, "middle")).ToList();
        return new Geometry(o.Width, plotBottom + 2 * Pad + fs, plotLeft, plotRight, plotTop, plotBottom, ticks, categoryLabels, lines);
    }

    /// <summary>Moves end labels apart so no two overlap, keeping them within the plot's height.</summary>
    public static void SpreadLabels(List<Line> lines, double spacing, double minY, double maxY)
    {
        var labelled = lines.Select((l, i) => (Line: l, Index: i)).Where(x => x.Line.Label is not null)
            .OrderBy(x => x.Line.Label!.Y).ThenBy(x => x.Index).ToList();
        var ys = labelled.Select(x => x.Line.Label!.Y).ToArray();
        for (var i = 0; i < ys.Length; i++)
            ys[i] = Math.Max(ys[i], i == 0 ? minY : ys[i - 1] + spacing);
        if (ys.Length > 0 && ys[^1] > maxY)
        {
            ys[^1] = maxY;
            for (var i = ys.Length - 2; i >= 0; i--) ys[i] = Math.Min(ys[i], ys[i + 1] - spacing);
        }
        for (var i = 0; i < labelled.Count; i++)
            lines[labelled[i].Index] = labelled[i].Line with { Label = labelled[i].Line.Label! with { Y = ys[i] } };
    }

    /// <summary>A marker shape per series: circle, square, triangle, diamond, then crosses, so series differ without colour.</summary>
    public static string Marker(int series, double x, double y, double r) => (series % 5) switch
    {
        0 => $"M{Svg.N(x - r)} {Svg.N(y)} A{Svg.N(r)} {Svg.N(r)} 0 1 0 {Svg.N(x + r)} {Svg.N(y)} A{Svg.N(r)} {Svg.N(r)} 0 1 0 {Svg.N(x - r)} {Svg.N(y)} Z",
        1 => $"M{Svg.N(x - r)} {Svg.N(y - r)} H{Svg.N(x + r)} V{Svg.N(y + r)} H{Svg.N(x - r)} Z",
        2 => $"M{Svg.N(x)} {Svg.N(y - r * 1.2)} L{Svg.N(x + r * 1.1)} {Svg.N(y + r * 0.8)} L{Svg.N(x - r * 1.1)} {Svg.N(y + r * 0.8)} Z",
        3 => $"M{Svg.N(x)} {Svg.N(y - r * 1.3)} L{Svg.N(x + r * 1.3)} {Svg.N(y)} L{Svg.N(x)} {Svg.N(y + r * 1.3)} L{Svg.N(x - r * 1.3)} {Svg.N(y)} Z",
        _ => $"M{Svg.N(x - r)} {Svg.N(y - r)} L{Svg.N(x + r)} {Svg.N(y + r)} M{Svg.N(x + r)} {Svg.N(y - r)} L{Svg.N(x - r)} {Svg.N(y + r)}",
    };

    /// <summary>The dash pattern of a series' line (null is solid, so the attribute is left out).</summary>
    public static string? Dash(int series) => (series % 4) switch { 0 => null, 1 => "7 4", 2 => "2 3", _ => "9 3 2 3" };
}
