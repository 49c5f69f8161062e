namespace SiteGen.Charts;

/// <summary>How a series' area is filled besides its colour, so series differ without colour.</summary>
public enum Hatch { Solid, Diagonal, Dots, Horizontal, Cross, Vertical }

/// <summary>The fill of one series: a theme colour (--chart-1 … --chart-5) and a hatch, defined once per chart as an SVG pattern.</summary>
public sealed record ChartStyle(string Id, int Colour, Hatch Hatch)
{
    public static ChartStyle ForSeries(string chartId, int index) => new($"{chartId}-s{index}", index % 5 + 1, (Hatch)(index % 6));
}

/// <summary>The size charts are laid out at.</summary>
public static class ChartSize
{
    /// <summary>The text size in SVG units (see <see cref="LayoutWidth"/>); a chart is drawn at most 22rem wide.</summary>
    public const double FontSize = 14;

    /// <summary>The width charts are laid out in: text of <see cref="FontSize"/> units is 14 px or more wherever a chart is 264 px wide or more (a 320 px phone's column, inside a district plan's border).</summary>
    public const double LayoutWidth = 264;
}
