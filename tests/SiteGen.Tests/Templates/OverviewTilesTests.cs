using SiteGen.Tests.Support;

namespace SiteGen.Tests.Templates;

/// <summary>The overview's tiles count what the plan has: no tile says 0, and each opens the action list filtered to it.</summary>
public sealed class OverviewTilesTests
{
    [Fact]
    public void Only_flags_the_plan_uses_have_a_tile_and_each_links_to_its_filter()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", Samples.PlanHeader + """
            actions:
              - {id: a-1, number: "1", title: {ja: 見守り, en: Watching over}, flags: [priority]}
              - {id: a-2, number: "2", title: {ja: サロン, en: Salons}, flags: [priority, new]}
              - {id: a-3, number: "3", title: {ja: 広報, en: Newsletter}}
            ---
            本文です。

            """);

        var build = site.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        var page = new BuiltSite(site.OutputPath).Page("ja/plans/p/index.html");
        var tiles = page.QuerySelectorAll(".overview__counts .count__link")
            .Select(a => (Href: a.GetAttribute("href"), Text: Unbroken.Html(a.TextContent).Trim()))
            .ToList();
        Assert.Equal(
        [
            ("#actions", "すべての取り組み 3"),
            ("/ja/plans/p/?flag=priority#actions", "重点 2"),
            ("/ja/plans/p/?flag=new#actions", "新規 1"),
        ], tiles);
        // The filter the tiles open has the flag to filter by.
        Assert.NotNull(page.QuerySelector("form.filter select[name=flag] option[value=new]"));
    }
}
