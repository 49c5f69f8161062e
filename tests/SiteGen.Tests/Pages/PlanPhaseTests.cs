using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pages;

/// <summary>
/// Whether a plan is in force is computed when the site is built, for the fiscal year of `--as-of` (today in Japan
/// without it): the same day always gives the same pages. A revision is shown with the plan it revises.
/// </summary>
public sealed class PlanPhaseTests
{
    [Theory]
    [InlineData("2027-03-31", 2026)]
    [InlineData("2027-04-01", 2027)]
    [InlineData("2026-12-06", 2026)]
    public void A_day_belongs_to_the_fiscal_year_that_began_on_the_april_before_it(string day, int fiscalYear) =>
        Assert.Equal(new FiscalYear(fiscalYear), FiscalYear.Of(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(2018, PlanPhase.NotStarted)]
    [InlineData(2019, PlanPhase.InForce)]
    [InlineData(2024, PlanPhase.InForce)]
    [InlineData(2025, PlanPhase.Ended)]
    public void Both_ends_of_the_period_are_in_force(int year, PlanPhase expected) =>
        Assert.Equal(expected, PlanPhases.Of(new PlanPeriod(new FiscalYear(2019), new FiscalYear(2024)), new FiscalYear(year)));

    [Fact]
    public void A_plan_without_a_period_has_no_phase() =>
        Assert.Equal(PlanPhase.Unknown, PlanPhases.Of(null, new FiscalYear(2026)));

    [Theory]
    [InlineData("2024-06-01", "計画期間中", "令和6年度現在")]
    [InlineData("2025-04-01", "期間終了", "令和7年度現在")]
    [InlineData("2019-03-31", "開始前", "平成30年度現在")]
    public void The_seed_plan_says_where_it_stands_on_the_day_the_site_is_built_for(string asOf, string phase, string year)
    {
        using var temp = new TempFolder();
        var output = temp.Sub("_site");
        var result = TestCli.Run("build", "--config", Repository.Config, "--output", output, "--as-of", asOf);
        Assert.True(result.ExitCode == 0, result.ToString());
        var site = new BuiltSite(output);

        var line = site.Page("ja/plans/kashiwa-4th/index.html").QuerySelector("main .plan-phase")!;
        Assert.Equal(phase, line.QuerySelector(".phase:not(a)")!.SquashedText());
        Assert.Equal(year, line.QuerySelector(".plan-phase__as-of")!.SquashedText());
        // Revised by the mid-term review: a link to it beside the phase, whatever the day.
        var revised = line.QuerySelector("a.phase--revised")!;
        Assert.Equal("/ja/plans/kashiwa-4th-midterm/", revised.GetAttribute("href"));
        Assert.Equal("改定あり：中間見直し版", revised.SquashedText());

        // On the home page the mid-term review is a document of the plan's card, not a plan of its own.
        var home = site.Page("ja/index.html");
        var cards = home.QuerySelectorAll(".plan-card").ToList();
        Assert.DoesNotContain(cards, c => c.QuerySelector(".plan-card__title a")!.GetAttribute("href") == "/ja/plans/kashiwa-4th-midterm/");
        var card = cards.Single(c => c.QuerySelector(".plan-card__title a")!.GetAttribute("href") == "/ja/plans/kashiwa-4th/");
        Assert.Equal(phase, card.QuerySelector(".phase:not(a)")!.SquashedText());
        Assert.Contains(card.QuerySelectorAll(".facts a"), a => a.GetAttribute("href") == "/ja/plans/kashiwa-4th-midterm/");
    }

    [Fact]
    public void A_plan_whose_period_the_source_does_not_give_shows_no_phase()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", Samples.PlanHeader.Replace("period: {start: 2022, end: 2026}", "period: unknown") + "---\n本文です。\n");

        var build = site.Build(null, "--as-of", "2024-06-01");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Null(new BuiltSite(site.OutputPath).Page("ja/plans/p/index.html").QuerySelector(".plan-phase"));
    }

    [Fact]
    public void A_day_that_is_not_a_date_is_refused()
    {
        using var site = TestSite.Minimal();
        var result = site.Build(null, "--as-of", "2024-13-01");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--as-of", result.ToString());
    }
}
