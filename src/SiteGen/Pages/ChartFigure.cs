using Microsoft.AspNetCore.Html;
using SiteGen.Charts;

namespace SiteGen.Pages;

/// <summary>
/// A legend entry: the series' swatch, a mark's symbol (hidden from screen readers, as in _Mark), its name
/// and, for a chart of a single category (the overview's latest evaluation), its value in words.
/// </summary>
public sealed record LegendItem(ChartStyle Style, string? Symbol, IHtmlContent Label, int Series, string? Value = null);

/// <summary>
/// Everything _Chart.cshtml needs to draw one chart: the words (caption, the SVG's title and a
/// description that states the data), the table the data comes from, the legend and the geometry of
/// exactly one kind of chart.
/// </summary>
public sealed record ChartFigure(
    PageModel Page,
    string Id,
    IHtmlContent Caption,
    string Title,
    string Description,
    string TableId,
    IReadOnlyList<ChartStyle> Styles,
    IReadOnlyList<LegendItem> Legend)
{
    public StackedBarLayout.Geometry? StackedBar { get; init; }
    public LineLayout.Geometry? Line { get; init; }
    public BarListLayout.Geometry? BarList { get; init; }

    /// <summary>A small chart (the plan overview): narrower on wide screens.</summary>
    public bool Small { get; init; }

    public string TitleId => Id + "-title";
    public string DescriptionId => Id + "-desc";

    public double ViewWidth => StackedBar?.Width ?? Line?.Width ?? BarList?.Width ?? 0;
    public double ViewHeight => StackedBar?.Height ?? Line?.Height ?? BarList?.Height ?? 0;
    public string ViewBox => $"0 0 {Svg.N(ViewWidth)} {Svg.N(ViewHeight)}";

    public string Kind => StackedBar is not null ? "stacked-bar" : Line is not null ? "line" : "bars";

    public ChartStyle StyleOf(int series) => Styles[series % Styles.Count];
}
