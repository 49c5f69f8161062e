using Microsoft.AspNetCore.Html;
using SiteGen.Charts;
using SiteGen.I18n;
using SiteGen.Model;

namespace SiteGen.Pages;

/// <summary>
/// Turns a plan's data into charts for the page's language: a data table with `chart:`, the numeric
/// targets and actuals of an indicator, and the evaluation marks per year. Each chart is drawn from a
/// table that is on the page already (its id is <see cref="ChartFigure.TableId"/>); the chart never
/// replaces the table. Returns null where there is nothing worth drawing.
/// </summary>
public static class PlanCharts
{
    /// <summary>The chart of a data table whose `chart:` is stacked-bar or line: rows are series, columns categories.</summary>
    public static ChartFigure? ForTable(PageModel page, DataTable table)
    {
        if (table.Chart == ChartKind.None || table.Rows.Count == 0 || table.Columns.Count == 0) return null;
        if (!table.Rows.Any(r => r.Cells.Any(c => c is { IsNumber: true }))) return null;
        var ui = page.Ui;
        var id = page.Id("chart-table-" + table.Id);
        var series = table.Rows.Select(r => new ChartSeries(page.Plain(r.Header))).ToList();
        var categories = table.Columns.Select((column, c) => new ChartCategory(
            ColumnLabel(page, column),
            table.Rows.Select(r => c < r.Cells.Count && r.Cells[c] is { IsNumber: true } cell
                ? new ChartPoint((double)cell.Number!.Value, ValueText(page, cell, table.Unit), table.Unit is null ? null : ValueText(page, cell, null))
                : null).ToList())).ToList();
        var styles = series.Select((_, i) => ChartStyle.ForSeries(id, i)).ToList();
        var legend = table.Rows.Select((r, i) => new LegendItem(styles[i], null, page.T(r.Header), i)).ToList();
        var caption = table.Unit is null ? page.T(table.Caption)
            : Html.Raw(AsHtml(page.T(table.Caption)) + "<span class=\"unit\">" + page.Language.OpenBracket + Html.Encode(ui.Unit + page.Colon)
                + AsHtml(page.T(table.Unit)) + page.Language.CloseBracket + "</span>");
        var figure = new ChartFigure(page, id, caption, ui.Format(ui.ChartOf, page.Plain(table.Caption)),
            Describe(page, series, categories), "table-" + table.Id, styles, legend);
        return table.Chart == ChartKind.Line
            ? figure with { Line = LineLayout.Compute(series, categories) }
            : figure with { StackedBar = StackedBarLayout.Compute(series, categories) };
    }

    /// <summary>
    /// The charts of an indicator's numeric targets and actuals by year: the whole (a total and any other measure) on one
    /// scale, and each 内 subset of it (内相談件数, "of which: …") on a scale of its own, in a chart of its own: drawn
    /// beside its total, a part of a tenth of it would be a sliver that hides its own target against actual.
    /// </summary>
    public static IReadOnlyList<ChartFigure> ForIndicator(PlanPage page, Indicator indicator)
    {
        var subsets = indicator.Measures.Where(MeasureParts.IsSubset).ToList();
        // Subsets without their whole are one meaning among themselves.
        if (subsets.Count == indicator.Measures.Count) subsets = [];
        var whole = indicator.Measures.Except(subsets).ToList();
        var name = indicator.Scope is null ? page.Plain(indicator.Name) : page.Plain(indicator.Scope) + page.Colon + page.Plain(indicator.Name);
        var nameHtml = indicator.Scope is null ? AsHtml(page.T(indicator.Name)) : AsHtml(page.T(indicator.Scope)) + Html.Encode(page.Colon) + AsHtml(page.T(indicator.Name));
        var charts = new List<ChartFigure>();
        if (ForMeasures(page, indicator, whole, "chart-indicator-" + indicator.Id, name, nameHtml) is { } total) charts.Add(total);
        var owner = indicator.Scope ?? indicator.Name;
        for (var i = 0; i < subsets.Count; i++)
        {
            var subset = subsets[i];
            var subsetName = page.Plain(owner) + page.Colon + page.Plain(subset.Label);
            var subsetHtml = AsHtml(page.T(owner)) + Html.Encode(page.Colon) + AsHtml(page.T(subset.Label));
            if (ForMeasures(page, indicator, [subset], $"chart-indicator-{indicator.Id}-part-{i + 1}", subsetName, subsetHtml) is { } part)
                charts.Add(part);
        }
        return charts;
    }

    /// <summary>
    /// The measures' targets and actuals by year on one scale: a bar each, targets hatched, actuals solid. Drawn only where
    /// a chart adds to the table beside it: a target against what was achieved, or a measure over three years or more.
    /// </summary>
    private static ChartFigure? ForMeasures(PlanPage page, Indicator indicator, IReadOnlyList<IndicatorMeasure> measures, string chartId, string name, string nameHtml)
    {
        var ui = page.Ui;
        var groups = new List<BarListLayout.Group>();
        var hasActuals = false;
        foreach (var year in page.IndicatorYears(indicator))
        {
            var items = new List<BarListLayout.Item>();
            foreach (var measure in measures)
            {
                if (measure.Targets.TryGetValue(year, out var target) && target.IsNumber)
                    items.Add(new BarListLayout.Item(MeasureText(page, measure, ui.Target, target, indicator.Unit), (double)target.Number!.Value, 0));
                if (measure.Actuals.TryGetValue(year, out var actual) && actual.IsNumber)
                {
                    hasActuals = true;
                    items.Add(new BarListLayout.Item(MeasureText(page, measure, ui.Actual, actual, indicator.Unit), (double)actual.Number!.Value, 1));
                }
            }
            if (items.Count > 0) groups.Add(new BarListLayout.Group(page.YearShort(year), items));
        }
        if (groups.Sum(g => g.Items.Count) < 2) return null;
        var trend = measures.Any(m => m.Targets.Values.Concat(m.Actuals.Values).Count(v => v.IsNumber) >= 3);
        if (!hasActuals && !trend) return null;

        var id = page.Id(chartId);
        // Hatched targets only beside solid actuals: a chart of targets alone is one series, drawn solid.
        var styles = new List<ChartStyle> { new(id + "-target", 1, hasActuals ? Hatch.Diagonal : Hatch.Solid), new(id + "-actual", 1, Hatch.Solid) };
        var legend = new List<LegendItem> { new(styles[0], null, Text(ui.Target), 0) };
        if (hasActuals) legend.Add(new LegendItem(styles[1], null, Text(ui.Actual), 1));
        var format = hasActuals ? ui.IndicatorChartTargetsActuals : ui.IndicatorChartTargets;
        var description = string.Join(" ", groups.Select(g => ui.Format(ui.ChartCategory, g.Label, string.Join(ui.ChartListSeparator, g.Items.Select(i => i.Label)))));
        return new ChartFigure(page, id, FormatHtml(format, nameHtml), ui.Format(format, name), description, "indicator-" + indicator.Id, styles, legend)
        {
            BarList = BarListLayout.Compute(groups),
        };
    }

    /// <summary>How many actions got each mark, per evaluated year, in the plan's own scale order.</summary>
    public static ChartFigure? ForEvaluations(PlanPage page) => Evaluations(page, page.EvaluatedYears, "chart-evaluations", small: false);

    /// <summary>The same for the latest evaluated year only, small, for the plan overview.</summary>
    public static ChartFigure? ForLatestEvaluation(PlanPage page) =>
        page.EvaluatedYears.Count == 0 ? null : Evaluations(page, [page.EvaluatedYears[^1]], "chart-evaluations-latest", small: true);

    private static ChartFigure? Evaluations(PlanPage page, IReadOnlyList<FiscalYear> years, string chartId, bool small)
    {
        var scale = page.Plan.EvaluationScale;
        if (scale is null || scale.Marks.Count == 0 || years.Count == 0) return null;
        var ui = page.Ui;
        var id = page.Id(chartId);
        var series = scale.Marks.Select(m => new ChartSeries(page.Plain(m.Label), m.Symbol)).ToList();
        var categories = years.Select(year => new ChartCategory(page.YearShort(year),
            page.MarkCounts(year).Select(mc => (ChartPoint?)new ChartPoint(mc.Count, mc.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList())).ToList();
        var styles = series.Select((_, i) => ChartStyle.ForSeries(id, i)).ToList();
        var legend = scale.Marks.Select((m, i) => new LegendItem(styles[i], m.Symbol, page.T(m.Label), i,
            years.Count == 1 ? ActionCount(ui, (int)categories[0].Points[i]!.Value) : null)).ToList();
        var title = small ? ui.Format(ui.EvaluationLatest, page.Year(years[^1])) : ui.EvaluationSummary;
        var description = string.Join(" ", categories.Select(c => ui.Format(ui.ChartCategory, c.Label,
            string.Join(ui.ChartListSeparator, c.Points.Select((p, i) => series[i].Symbol + " " + series[i].Label + " " + ActionCount(ui, (int)p!.Value))))));
        var options = small
            ? new StackedBarLayout.Options { Axis = false, Integers = true, BarHeight = 32 }
            : new StackedBarLayout.Options { Integers = true };
        return new ChartFigure(page, id, Text(title), title, description, "evaluation-table", styles, legend)
        {
            StackedBar = StackedBarLayout.Compute(series, categories, options),
            Small = small,
        };
    }

    public static string ActionCount(UiStrings ui, int count) => ui.Count(ui.ActionCountOne, ui.ActionCountMany, count);

    /// <summary>"2010: 0–14 10.5%, 15–64 65.2%, 65 and over 24.3%." for every category: the data in words.</summary>
    private static string Describe(PageModel page, IReadOnlyList<ChartSeries> series, IReadOnlyList<ChartCategory> categories) =>
        string.Join(" ", categories.Select(c => page.Ui.Format(page.Ui.ChartCategory, c.Label,
            string.Join(page.Ui.ChartListSeparator, c.Points.Select((p, i) => (p, i)).Where(x => x.p is not null && x.i < series.Count)
                .Select(x => series[x.i].Label + " " + x.p!.Text)))));

    private static string MeasureText(PageModel page, IndicatorMeasure measure, string kind, Value value, LocalizedText? unit) =>
        page.Ui.Format(page.Ui.ChartMeasure, page.Plain(measure.Label), kind, ValueText(page, value, unit));

    /// <summary>A value as plain text with its unit, written as the page writes it (1,150件, 1,150 cases, 10.5%).</summary>
    public static string ValueText(PageModel page, Value value, LocalizedText? unit)
    {
        if (value.Text is not null) return page.Plain(value.Text);
        var number = value.FormatNumber();
        if (unit is null) return number;
        var u = page.Plain(unit);
        var separator = page.Language.WidePunctuation || u == "%" ? "" : " ";
        return number + separator + u;
    }

    private static string ColumnLabel(PageModel page, Value column) => column.Text is not null ? page.Plain(column.Text) : column.NumberText ?? "";


    private static IHtmlContent Text(string text) => Html.Raw(Html.Encode(text));

    private static string AsHtml(IHtmlContent content) => content is HtmlString s ? s.Value ?? "" : content.ToString() ?? "";

    /// <summary>A UI format string with HTML arguments: the format's words are escaped, the arguments are already HTML.</summary>
    private static IHtmlContent FormatHtml(string format, params string[] htmlArgs)
    {
        var parts = format.Split('{', '}');
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < parts.Length; i++)
            builder.Append(i % 2 == 1 && int.TryParse(parts[i], out var n) && n < htmlArgs.Length ? htmlArgs[n] : Html.Encode(parts[i]));
        return Html.Raw(builder.ToString());
    }
}
