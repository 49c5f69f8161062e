using SiteGen.Tests.Support;

namespace SiteGen.Tests.Templates;

/// <summary>
/// Tables a resident can read on a phone: the evaluation matrix shows marks only, under their legend, grouped by
/// where each action sits in the plan; an indicator's table says target or actual once, in its column header.
/// </summary>
[Collection(BuiltSitesCollection.Name)]
public sealed class PlanTablesTests(SeedSite seed)
{
    [Fact]
    public void The_evaluation_matrix_groups_actions_under_their_pillar_and_shows_marks_whose_meaning_is_read_out()
    {
        Assert.True(seed.Result.ExitCode == 0, seed.Result.ToString());
        var page = seed.Site.Page("ja/plans/kashiwa-4th-midterm/index.html");
        var table = page.GetElementById("evaluation-table")!;
        var groups = table.QuerySelectorAll("tbody").ToList();
        // The mid-term review numbers its actions (1)… under each of its five pillars: one row group per pillar.
        Assert.Equal(5, groups.Count);
        Assert.Equal("取り組みの柱1 地域・団体支援、ネットワークづくり", groups[0].QuerySelector("th[scope=rowgroup]")!.SquashedText());
        Assert.All(groups, g => Assert.Equal("(1)", g.QuerySelector("th[scope=row] .action__number")!.TextContent));
        // The link is the action's title alone: with the number inside, its underline ran under the space between them.
        Assert.Equal("地域いきいきセンターを拠点とした身近な相談支援や地域づくりの推進", groups[0].QuerySelector("th[scope=row] a")!.SquashedText());
        Assert.Empty(table.QuerySelectorAll("th[scope=row] a .action__number"));
        Assert.Equal(table.QuerySelectorAll("thead th").Length.ToString(), groups[0].QuerySelector("th[scope=rowgroup]")!.GetAttribute("colspan"));

        // A cell shows the mark alone; its label is there for screen readers, and the legend above says what each mark means.
        var first = groups[0].QuerySelector("td.evaluation-table__mark .mark")!;
        Assert.Equal("◎", first.QuerySelector(".mark__symbol[aria-hidden=true]")!.TextContent);
        Assert.Equal("計画以上に実施", first.QuerySelector(".visually-hidden")!.SquashedText());
        Assert.Empty(table.QuerySelectorAll(".mark__label"));
        var legend = page.QuerySelector("#evaluations .legend-table")!;
        Assert.True(legend.CompareDocumentPosition(table).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        Assert.Equal(["令和元年度", "令和2年度"], table.QuerySelectorAll("thead th[scope=col]").Skip(1).Select(th => th.SquashedText()));
    }

    [Fact]
    public void An_indicator_table_says_target_or_actual_once_in_each_column_header_and_its_cells_hold_numbers_only()
    {
        var page = seed.Site.Page("en/plans/kashiwa-4th-midterm/index.html");
        var table = page.QuerySelector("table.indicator")!;
        var headers = table.QuerySelectorAll("thead th[scope=col]").Skip(1).Select(th => th.SquashedText()).ToList();
        Assert.NotEmpty(headers);
        Assert.All(headers, h => Assert.Matches(@"^FY\d{4} .*(Target|Actual)$", h));
        var cells = table.QuerySelectorAll("tbody td").Where(td => td.TextContent.Trim().Length > 0).ToList();
        Assert.NotEmpty(cells);
        Assert.All(cells, td => Assert.Matches(@"^[\d,.]+$", td.TextContent.Trim()));
        Assert.All(cells, td => Assert.Contains("number", td.ClassList));
        // The unit is said once, in the caption, with ASCII brackets in English.
        Assert.EndsWith("(Unit: cases)", table.QuerySelector("caption")!.SquashedText());
        Assert.EndsWith("（単位：件）", seed.Site.Page("ja/plans/kashiwa-4th-midterm/index.html").QuerySelector("table.indicator caption")!.SquashedText());
    }

    [Fact]
    public void The_arrow_the_source_uses_for_continued_is_explained_under_its_table()
    {
        var page = seed.Site.Page("ja/plans/kashiwa-4th-midterm/index.html");
        var withArrow = page.QuerySelectorAll("table.indicator").Where(t => t.QuerySelectorAll("td").Any(td => td.TextContent.Contains('⇒'))).ToList();
        Assert.NotEmpty(withArrow);
        Assert.All(withArrow, t => Assert.Equal("⇒：前の年度と同じ目標を続けます", t.ParentElement!.NextElementSibling?.SquashedText()));
        // The English text says "continued" itself: no note.
        Assert.Empty(seed.Site.Page("en/plans/kashiwa-4th-midterm/index.html").QuerySelectorAll(".table-note"));
    }

    [Fact]
    public void An_indicator_with_two_targets_and_nothing_achieved_has_its_table_and_no_chart_restating_it()
    {
        var page = seed.Site.Page("ja/plans/kashiwa-4th-midterm/index.html");
        Assert.NotEmpty(page.QuerySelectorAll("table.indicator"));
        // Every mid-term indicator gives targets for two years and no actual: a chart would repeat the table's numbers.
        Assert.Empty(page.QuerySelectorAll("[id^=chart-indicator-]"));
        // The evaluation marks over the years are a trend: that chart stays.
        Assert.NotNull(page.GetElementById("chart-evaluations"));
    }

    [Fact]
    public void Targets_over_three_years_are_a_trend_worth_a_chart_drawn_solid_as_one_series()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", Samples.PlanHeader + """
            actions:
              - id: a1
                number: "1"
                title: {ja: 見守り, en: Watching over}
                indicators:
                  - id: visits
                    name: {ja: 訪問件数, en: Visits}
                    measures:
                      - label: {ja: 目標値, en: Target}
                        targets: {2022: 100, 2023: 110, 2024: 120}
            ---
            本文です。

            """);

        Assert.Equal(0, site.Build().ExitCode);
        var page = new BuiltSite(site.OutputPath).Page("ja/plans/p/index.html");
        var chart = page.GetElementById("chart-indicator-visits")!;
        var pattern = chart.QuerySelector("pattern[id$='-target']")!;
        Assert.Empty(pattern.QuerySelectorAll(".chart__hatch"));
    }

    [Fact]
    public void An_area_page_links_each_action_by_its_title_beside_its_number()
    {
        var action = seed.Site.Page("en/areas/shintomi/index.html").QuerySelector("ul.actions .action__title")!;
        Assert.Equal("(1)", action.QuerySelector(".action__number")!.TextContent);
        Assert.StartsWith("Promoting accessible consultation support", action.QuerySelector("a")!.TextContent, StringComparison.Ordinal);
        Assert.Null(action.QuerySelector("a .action__number"));
    }
}
