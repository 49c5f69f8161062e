using System.Globalization;
using AngleSharp.Dom;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Charts;

/// <summary>
/// An indicator with a total and its 内 subsets (内相談件数, "of which: …"): the total is charted on its own scale, and
/// each subset with a target against an actual gets a chart on a scale of its own, never a sliver beside the total.
/// </summary>
public sealed class IndicatorSubsetChartTests
{
    private const string Plan = """
        actions:
          - id: a1
            number: "1"
            title: {ja: 取り組み一, en: Action one}
            indicators:
              - id: uses
                name: {ja: 年間利用件数及び内相談件数と内地域支援数, en: "Annual uses, of which consultations and community support"}
                scope: {ja: 田中センター, en: Tanaka centre}
                unit: {ja: 件, en: cases}
                measures:
                  - label: {ja: 利用件数, en: Uses}
                    targets: {2022: 1150, 2023: 1200}
                    actuals: {2022: 1100, 2023: 1180}
                  - label: {ja: 内相談件数, en: "of which: consultations"}
                    targets: {2022: 86, 2023: 89}
                    actuals: {2022: 80, 2023: 95}
                  - label: {ja: 内地域支援数, en: "of which: community support"}
                    targets: {2022: 939, 2023: 940}

        """;

    private static double WidestBar(IElement chart) =>
        chart.QuerySelectorAll("svg.chart__svg rect.chart__segment").Max(r => double.Parse(r.GetAttribute("width")!, CultureInfo.InvariantCulture));

    [Fact]
    public void The_total_and_each_subset_with_actuals_are_charted_on_scales_of_their_own()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", Samples.PlanHeader + Plan + "---\n本文です。\n", "The body.\n");
        var result = site.Build();
        Assert.True(result.ExitCode == 0, result.ToString());
        var page = new BuiltSite(site.OutputPath).Page("en/plans/p/index.html");

        var total = page.GetElementById("chart-indicator-uses")!;
        Assert.Equal("FY2022: Uses (Target): 1,150 cases, Uses (Actual): 1,100 cases. FY2023: Uses (Target): 1,200 cases, Uses (Actual): 1,180 cases.",
            page.GetElementById("chart-indicator-uses-desc")!.TextContent);

        var part = page.GetElementById("chart-indicator-uses-part-1")!;
        // Drawn as its total is, at the same text size: a chart of the same kind, not the overview's small one.
        Assert.Equal(total.ClassName, part.ClassName);
        Assert.Contains("Tanaka centre: of which: consultations", part.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("FY2022: of which: consultations (Target): 86 cases, of which: consultations (Actual): 80 cases. FY2023: of which: consultations (Target): 89 cases, of which: consultations (Actual): 95 cases.",
            page.GetElementById("chart-indicator-uses-part-1-desc")!.TextContent);
        // Each chart's largest value fills the width: 95 is not drawn at 95/1,200 of the total's scale.
        Assert.Equal(WidestBar(total), WidestBar(part));
        Assert.True(WidestBar(total) > 200);

        // A subset with targets only (two years) adds nothing a chart could show: the table has it.
        Assert.Null(page.GetElementById("chart-indicator-uses-part-2"));
        var rows = page.GetElementById("indicator-uses")!.QuerySelectorAll("tbody th[scope=row]").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["Uses", "of which: consultations", "of which: community support"], rows);
        // Both charts lead to the one table that holds every number.
        Assert.All(new[] { total, part }, chart => Assert.Equal("#indicator-uses", chart.QuerySelector(".chart__table-link")!.GetAttribute("href")));
    }

    [Theory]
    [InlineData("内相談件数", true)]
    [InlineData("うち新規", true)]
    [InlineData("（内訳）相談", true)]
    [InlineData("利用件数", false)]
    [InlineData("内容の充実度", false)]
    public void A_measure_labelled_with_内_or_うち_is_a_subset(string label, bool subset) =>
        Assert.Equal(subset, SiteGen.Charts.MeasureParts.IsSubset(new SiteGen.Model.IndicatorMeasure(new(label, null), null,
            SiteGen.Model.YearMap<SiteGen.Model.Value>.Empty, SiteGen.Model.YearMap<SiteGen.Model.Value>.Empty)));
}
