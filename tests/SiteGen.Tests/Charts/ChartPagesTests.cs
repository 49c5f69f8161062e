using AngleSharp.Dom;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Charts;

/// <summary>
/// The `chart:` field of a table, and what the plan page makes of charts and of the action filter:
/// each chart is an SVG image named by its title, described in words, tied to the table it is drawn
/// from; each action carries the data the filter needs.
/// </summary>
public sealed class ChartPagesTests(ChartPagesTests.ChartSite chartSite) : IClassFixture<ChartPagesTests.ChartSite>
{
    /// <summary>The plan below, built once for the tests that only read its pages.</summary>
    public sealed class ChartSite : IDisposable
    {
        private readonly TestSite _site;

        public ChartSite()
        {
            (_site, Result) = Build(Plan);
            Site = new BuiltSite(_site.OutputPath);
        }

        public CliResult Result { get; }
        public BuiltSite Site { get; }
        public string OutputPath => _site.OutputPath;

        public void Dispose() => _site.Dispose();
    }

    private const string Plan = """
        evaluationScale:
          marks:
            - {symbol: ◎, label: {ja: 計画以上, en: beyond plan}}
            - {symbol: 〇, label: {ja: 計画どおり, en: as planned}}
            - {symbol: △, label: {ja: 一部実施, en: partly}}
        levels:
          - {id: goal, name: {ja: 基本目標, en: Basic goal}}
          - {id: direction, name: {ja: 施策の方向性, en: Policy direction}}
        sections:
          - {id: g1, level: goal, number: "1", title: {ja: 目標一, en: Goal one}}
          - {id: g2, level: goal, number: "2", title: {ja: 目標二, en: Goal two}}
          - {id: d1, level: direction, number: "1", parent: g1, title: {ja: 方向一, en: Direction one}}
          - {id: d2, level: direction, number: "2", parent: g2, title: {ja: 方向二, en: Direction two}}
        actions:
          - id: a1
            number: "1"
            section: d1
            flags: [priority, new]
            areas: [east]
            title: {ja: 取り組み一, en: Action one}
            evaluations: {2022: ◎, 2023: 〇}
            indicators:
              - id: visits
                name: {ja: 訪問件数, en: Number of visits}
                unit: {ja: 件, en: visits}
                measures:
                  - label: {ja: 目標値, en: Target}
                    targets: {2023: 100, 2024: 120}
                    actuals: {2023: 90}
          - id: a2
            number: "2"
            section: d2
            title: {ja: 取り組み二, en: Action two}
            evaluations: {2022: △, 2023: △}
          - id: a3
            number: "3"
            section: d2
            flags: [priority]
            title: {ja: 取り組み三, en: Action three}
            evaluations: {2022: 〇}
        tables:
          - id: shares
            caption: {ja: 人口割合, en: Population share}
            unit: {ja: "%", en: "%"}
            rowHeader: {ja: 年代, en: Age group}
            chart: stacked-bar
            columns: [2010, 2020]
            rows:
              - header: {ja: 0～14歳, en: "0–14"}
                cells: [12.0, 10.0]
              - header: {ja: 15～64歳, en: "15–64"}
                cells: [64.0, 62.0]
              - header: {ja: 65歳以上, en: 65 and over}
                cells: [24.0, 28.0]
          - id: trend
            caption: {ja: 高齢化率の推移, en: Ageing rate over time}
            unit: {ja: "%", en: "%"}
            rowHeader: {ja: 地区, en: District}
            chart: line
            columns: [2010, 2015, 2020]
            rows:
              - header: {ja: 東地区, en: East}
                cells: [20.5, ~, 26.1]
              - header: {ja: 市全体, en: Whole city}
                cells: [21.0, 23.4, 25.2]
          - id: plain
            caption: {ja: 関連事業, en: Related programmes}
            rowHeader: {ja: 事業, en: Programme}
            columns: [{ja: 内容, en: What}]
            rows:
              - header: {ja: サロン, en: Salons}
                cells: [{ja: 月1回, en: monthly}]
        ---
        本文です。

        """;

    private static (TestSite Site, CliResult Result) Build(string plan)
    {
        var site = TestSite.Minimal();
        site.Plan("p", Samples.PlanHeader + plan, "The body.\n");
        return (site, site.Build());
    }

    [Fact]
    public void Charts_are_images_named_described_and_tied_to_their_table()
    {
        Assert.True(chartSite.Result.ExitCode == 0, chartSite.Result.ToString());
        var built = chartSite.Site;
        foreach (var language in new[] { "ja", "en" })
        {
            var page = built.Page($"{language}/plans/p/index.html");
            var figures = page.QuerySelectorAll("figure.chart").ToList();
            // Two tables with `chart:`, one indicator, the evaluations by year and the latest evaluation in the overview.
            Assert.Equal(["chart-evaluations", "chart-evaluations-latest", "chart-indicator-visits", "chart-table-shares", "chart-table-trend"],
                figures.Select(f => f.Id!).Order(StringComparer.Ordinal));
            foreach (var figure in figures)
            {
                Assert.False(string.IsNullOrWhiteSpace(figure.QuerySelector("figcaption")?.SquashedText()));
                var svg = Assert.Single(figure.Children, c => c.LocalName == "svg");
                Assert.Equal("img", svg.GetAttribute("role"));
                Assert.Equal("100%", svg.GetAttribute("width"));
                Assert.Matches(@"^0 0 \d+\.\d \d+\.\d$", svg.GetAttribute("viewBox")!);
                var title = page.GetElementById(svg.GetAttribute("aria-labelledby")!);
                Assert.Equal("title", title?.LocalName);
                Assert.False(string.IsNullOrWhiteSpace(title!.TextContent));
                var description = page.GetElementById(svg.GetAttribute("aria-describedby")!);
                Assert.Equal("desc", description?.LocalName);
                Assert.Matches(@"\d", description!.TextContent);
                var table = page.GetElementById(svg.GetAttribute("aria-details")!);
                Assert.Equal("table", table?.LocalName);
                Assert.Equal("#" + table!.Id, figure.QuerySelector("figcaption a")!.GetAttribute("href"));
                Assert.All(figure.QuerySelectorAll("[fill^='url(#']"), e =>
                    Assert.NotNull(page.GetElementById(e.GetAttribute("fill")!["url(#".Length..^1])));
            }
            // The chart comes just before its table, which is still there, once.
            var shares = page.GetElementById("chart-table-shares")!;
            Assert.Equal("table-shares", shares.NextElementSibling!.QuerySelector("table")!.Id);
            Assert.Single(page.QuerySelectorAll("table#table-shares"));
            Assert.Null(page.GetElementById("chart-table-plain"));
        }
    }

    [Fact]
    public void Descriptions_state_the_data_in_words_in_the_page_language()
    {
        Assert.Equal(0, chartSite.Result.ExitCode);
        var built = chartSite.Site;
        string Desc(string language, string id) => built.Page($"{language}/plans/p/index.html").GetElementById(id + "-desc")!.TextContent;

        Assert.Equal("2010: 0–14 12.0%, 15–64 64.0%, 65 and over 24.0%. 2020: 0–14 10.0%, 15–64 62.0%, 65 and over 28.0%.", Desc("en", "chart-table-shares"));
        Assert.Equal("2010：0～14歳 12.0%、15～64歳 64.0%、65歳以上 24.0%。 2020：0～14歳 10.0%、15～64歳 62.0%、65歳以上 28.0%。", Desc("ja", "chart-table-shares"));
        Assert.Equal("2010: East 20.5%, Whole city 21.0%. 2015: Whole city 23.4%. 2020: East 26.1%, Whole city 25.2%.", Desc("en", "chart-table-trend"));
        Assert.Equal("FY2022: ◎ beyond plan 1 action, 〇 as planned 1 action, △ partly 1 action. FY2023: ◎ beyond plan 0 actions, 〇 as planned 1 action, △ partly 1 action.",
            Desc("en", "chart-evaluations"));
        Assert.Equal("令和5年度：◎ 計画以上 0件、〇 計画どおり 1件、△ 一部実施 1件。", Desc("ja", "chart-evaluations-latest"));
        Assert.Equal("FY2023: Target (Target): 100 visits, Target (Actual): 90 visits. FY2024: Target (Target): 120 visits.", Desc("en", "chart-indicator-visits"));
    }

    [Fact]
    public void A_table_s_chart_writes_its_values_as_the_cells_do_with_the_unit_in_the_caption()
    {
        Assert.Equal(0, chartSite.Result.ExitCode);
        foreach (var language in new[] { "ja", "en" })
        {
            var page = chartSite.Site.Page($"{language}/plans/p/index.html");
            var figure = page.GetElementById("chart-table-shares")!;
            var drawn = figure.QuerySelectorAll("text.chart__value").Select(t => t.TextContent).ToList();
            var cells = page.QuerySelectorAll("#table-shares td").Select(td => td.TextContent.Trim()).ToList();
            Assert.Contains("64.0", drawn);
            Assert.All(drawn, text => Assert.Contains(text, cells));
            Assert.Contains("%", figure.QuerySelector("figcaption .unit")!.TextContent);
            // Heard, each value keeps its unit.
            Assert.Contains("64.0%", page.GetElementById("chart-table-shares-desc")!.TextContent);
        }
    }

    [Fact]
    public void The_legend_names_every_series_in_words_with_its_pattern()
    {
        Assert.Equal(0, chartSite.Result.ExitCode);
        var page = chartSite.Site.Page("en/plans/p/index.html");
        var legend = page.GetElementById("chart-evaluations")!.QuerySelectorAll(".chart__legend li").ToList();
        Assert.Equal(["◎ beyond plan", "〇 as planned", "△ partly"], legend.Select(li => li.SquashedText()));
        Assert.All(legend, li => Assert.StartsWith("url(#chart-evaluations-s", li.QuerySelector("svg rect")!.GetAttribute("fill")));
        var indicatorLegend = page.GetElementById("chart-indicator-visits")!.QuerySelectorAll(".chart__legend li").Select(li => li.SquashedText());
        Assert.Equal(["Target", "Actual"], indicatorLegend);
    }

    [Fact]
    public void The_overview_counts_actions_by_flag_in_words()
    {
        Assert.Equal(0, chartSite.Result.ExitCode);
        var page = chartSite.Site.Page("en/plans/p/index.html");
        var counts = page.QuerySelectorAll("#overview .overview__counts li").Select(li => li.SquashedText()).ToList();
        // A flag no action has gets no tile (a 0 tells a reader nothing).
        Assert.Equal(["All actions 3", "Priority 2", "New 1"], counts);
        Assert.NotNull(page.QuerySelector("#overview figure#chart-evaluations-latest.chart--small"));
    }

    [Fact]
    public void Every_action_carries_what_the_filter_matches_and_the_filter_is_hidden_without_javascript()
    {
        Assert.Equal(0, chartSite.Result.ExitCode);
        var page = chartSite.Site.Page("en/plans/p/index.html");
        IElement Action(string id) => page.GetElementById("action-" + id)!;
        Assert.Equal(("priority new", "east", "g1", "〇"), (Action("a1").GetAttribute("data-flags"), Action("a1").GetAttribute("data-areas"), Action("a1").GetAttribute("data-goal"), Action("a1").GetAttribute("data-status")));
        Assert.Equal(("", "", "g2", "△"), (Action("a2").GetAttribute("data-flags"), Action("a2").GetAttribute("data-areas"), Action("a2").GetAttribute("data-goal"), Action("a2").GetAttribute("data-status")));
        Assert.Equal("none", Action("a3").GetAttribute("data-status"));

        var form = page.QuerySelector("#actions form[data-action-filter]")!;
        Assert.True(form.HasAttribute("hidden"));
        Assert.Equal("{0} of {1} actions shown", form.GetAttribute("data-status-format"));
        Assert.Equal(["goal", "flag", "status", "area"], form.QuerySelectorAll("select").Select(s => s.GetAttribute("name")!));
        foreach (var select in form.QuerySelectorAll("select"))
            Assert.Equal(select.Id, form.QuerySelector($"label[for='{select.Id}']")?.GetAttribute("for"));
        Assert.Equal(["", "priority", "new"], form.QuerySelectorAll("select[name=flag] option").Select(o => o.GetAttribute("value")!));
        Assert.Equal(["", "◎", "〇", "△", "none"], form.QuerySelectorAll("select[name=status] option").Select(o => o.GetAttribute("value")!));
        Assert.Equal("polite", form.QuerySelector("[role=status]")!.GetAttribute("aria-live"));
        Assert.NotNull(page.QuerySelector("script[src$='assets/filter.js'][defer]"));
        Assert.True(File.Exists(Path.Combine(chartSite.OutputPath, "assets", "filter.js")));
        // Each section with actions under it, at any depth, is hidden when the filter leaves it none.
        Assert.Equal(["section-g1", "section-d1", "section-g2", "section-d2"], page.QuerySelectorAll("section.section[data-action-group]").Select(s => s.Id!));
    }

    [Theory]
    [InlineData("pie", "`pie` is not allowed here")]
    [InlineData("line\n    columns: [2010]\n    rows:\n      - header: {ja: 事業, en: Programme}\n        cells: [{ja: 実施, en: done}]", "a chart can only be drawn from a table whose cells are all numbers")]
    public void A_wrong_chart_field_is_reported_at_its_line(string chart, string message)
    {
        var plan = $"""
            tables:
              - id: t
                caption: {"{"}ja: 表, en: Table{"}"}
                rowHeader: {"{"}ja: 行, en: Row{"}"}
                chart: {chart}
            ---
            本文です。

            """;
        var (site, result) = Build(plan);
        using var _ = site;
        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Errors);
        Assert.Contains("index.md:11:", error);
        Assert.Contains("tables[1].chart", error);
        Assert.Contains(message, error);
    }
}
