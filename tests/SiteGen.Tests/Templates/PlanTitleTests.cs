using SiteGen.Tests.Support;

namespace SiteGen.Tests.Templates;

/// <summary>
/// Out of context (a browser tab, a search result, a shared link, a home-page card) a plan's title says whose plan
/// it is; the page's own heading keeps the title as the plan prints it.
/// </summary>
public sealed class PlanTitleTests
{
    [Fact]
    public void A_title_without_its_municipality_gets_it_in_the_tab_the_card_and_the_structured_data()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", Samples.PlanHeader.Replace("title: {ja: 試験計画, en: Test plan}", "title: {ja: 第4期 地域福祉推進計画, en: 4th Community Welfare Promotion Plan}")
            + "---\n本文です。\n");
        site.Plan("q", Samples.PlanHeader.Replace("title: {ja: 試験計画, en: Test plan}", "title: {ja: テスト市地域福祉計画, en: Test City Community Welfare Plan}")
            + "---\n本文です。\n");

        var build = site.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        var built = new BuiltSite(site.OutputPath);
        var ja = built.Page("ja/plans/p/index.html");
        Assert.Equal("テスト市 第4期 地域福祉推進計画 | テストサイト", ja.Title);
        Assert.Equal("第4期 地域福祉推進計画", Unbroken.Html(ja.QuerySelector("h1")!.TextContent));
        Assert.Contains("\"name\":\"テスト市 第4期 地域福祉推進計画\"", ja.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var en = built.Page("en/plans/p/index.html");
        Assert.Equal("4th Community Welfare Promotion Plan, Test City | Test site", en.Title);
        Assert.Contains("4th Community Welfare Promotion Plan, Test City",
            built.Page("en/index.html").QuerySelectorAll(".plan-card__title").Select(t => t.TextContent));
        // A title that names its municipality is left as it is.
        Assert.Equal("テスト市地域福祉計画 | テストサイト", built.Page("ja/plans/q/index.html").Title);
    }
}
