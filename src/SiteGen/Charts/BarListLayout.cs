namespace SiteGen.Charts;

/// <summary>
/// Horizontal bars in groups (one group per year, one bar per measure and kind), each bar directly
/// under its own label ("Target (single year) (Target): 1,150 cases"), so no legend is needed and long
/// Japanese labels wrap instead of being cut off at 320 px. All bars share one scale.
/// </summary>
public static class BarListLayout
{
    public sealed record Options
    {
        public double Width { get; init; } = ChartSize.LayoutWidth;
        public double FontSize { get; init; } = ChartSize.FontSize;
        public double BarHeight { get; init; } = 14;
    }

    /// <summary>A bar to draw: <see cref="Style"/> picks its pattern (targets hatched, actuals solid).</summary>
    public sealed record Item(string Label, double Value, int Style);

    public sealed record Group(string Label, IReadOnlyList<Item> Items);

    public sealed record Bar(int Style, IReadOnlyList<ChartText> Label, double X, double Y, double Width, double Height);

    public sealed record Geometry(double Width, double Height, IReadOnlyList<ChartText> Headings, IReadOnlyList<Bar> Bars);

    private const double Pad = 4;

    public static Geometry Compute(IReadOnlyList<Group> groups, Options? options = null)
    {
        var o = options ?? new Options();
        var fs = o.FontSize;
        var lineHeight = fs * 1.35;
        var max = groups.SelectMany(g => g.Items).Select(i => i.Value).DefaultIfEmpty(0).Max();
        var left = Pad;
        var right = o.Width - Pad;
        var headings = new List<ChartText>();
        var bars = new List<Bar>();
        var y = Pad;
        foreach (var group in groups)
        {
            y += fs;
            headings.Add(new ChartText(group.Label, left, y, "start", Strong: true));
            y += Pad;
            foreach (var item in group.Items)
            {
                var label = TextMetrics.Wrap(item.Label, right - left - Pad, fs)
                    .Select(line => { y += lineHeight; return new ChartText(line, left + Pad, y); })
                    .ToList();
                y += Pad;
                var width = max <= 0 || item.Value <= 0 ? 0 : Math.Max(1, item.Value / max * (right - left - Pad));
                bars.Add(new Bar(item.Style, label, left + Pad, y, width, o.BarHeight));
                y += o.BarHeight + Pad;
            }
            y += Pad * 2;
        }
        return new Geometry(o.Width, y, headings, bars);
    }
}
