using SiteGen.Tests.Support;

namespace SiteGen.Tests.Templates;

/// <summary>
/// An area's actions stand under the plan each belongs to, named once with its document kind: two plans' "1" are
/// told apart, and so are a plan and its own mid-term review, which share a title.
/// </summary>
[Collection(BuiltSitesCollection.Name)]
public sealed class AreaActionsTests(SeedSite seed)
{
    private static TestSite TwoPlansInTheEast()
    {
        var site = TestSite.Minimal();
        foreach (var (slug, kind, title) in new[]
        {
            ("p", "{ja: 概要版, en: summary edition}", "{ja: 見守り活動の推進, en: Promoting watching over}"),
            ("q", "{ja: 中間見直し版, en: mid-term review edition}", "{ja: 居場所づくり, en: Places to gather}"),
        })
        {
            site.Plan(slug, Samples.PlanHeader + $$"""
                documentType: {{kind}}
                actions:
                  - id: a1
                    number: "1"
                    title: {{title}}
                    areas: [east]
                    flags: [new]
                  - id: a2
                    number: "2"
                    title: {ja: 地域の支え合い, en: Mutual support}
                    areas: [east]
                ---
                本文です。

                """);
        }
        return site;
    }

    [Fact]
    public void An_area_page_lists_its_actions_under_each_plan_s_name_and_document_kind()
    {
        using var site = TwoPlansInTheEast();
        Assert.Equal(0, site.Build().ExitCode);
        var built = new BuiltSite(site.OutputPath);

        foreach (var (language, names) in new[]
        {
            ("ja", new[] { "試験計画 概要版", "試験計画 中間見直し版" }),
            ("en", new[] { "Test plan, summary edition", "Test plan, mid-term review edition" }),
        })
        {
            var section = built.Page($"{language}/areas/east/index.html").QuerySelector("section[aria-labelledby$='actions-heading']")!;
            var groups = section.QuerySelectorAll("h3").ToList();
            Assert.Equal(names, groups.Select(h => h.SquashedText()));
            Assert.Equal([$"/{language}/plans/p/", $"/{language}/plans/q/"], groups.Select(h => h.QuerySelector("a")!.GetAttribute("href")));

            // Under each name, that plan's actions: number, title linked into the plan, flags; the plan is not named again.
            var lists = groups.Select(h => h.NextElementSibling!).ToList();
            Assert.All(lists, ul => Assert.True(ul.ClassList.Contains("actions")));
            Assert.Equal(["1", "2"], lists[1].QuerySelectorAll(".action__number").Select(n => n.TextContent));
            Assert.Equal([$"/{language}/plans/q/#action-a1", $"/{language}/plans/q/#action-a2"],
                lists[1].QuerySelectorAll(".action__title a").Select(a => a.GetAttribute("href")));
            Assert.Single(lists[0].QuerySelectorAll(".flag--new"));
            Assert.Empty(section.QuerySelectorAll(".action__plan"));
        }
    }

    [Fact]
    public void An_area_s_embed_view_names_each_plan_once_above_its_actions()
    {
        using var site = TwoPlansInTheEast();
        Assert.Equal(0, site.Build().ExitCode);
        var page = new BuiltSite(site.OutputPath).Page("embed/ja/areas.east.html");

        var names = page.QuerySelectorAll("h3.embed__plan-name").ToList();
        Assert.Equal(["試験計画 概要版", "試験計画 中間見直し版"], names.Select(h => h.SquashedText()));
        var first = names[1].NextElementSibling!.QuerySelector("li")!;
        // The number stands before the link, which holds the title alone (as on the area page).
        Assert.StartsWith("1 ", first.SquashedText(), StringComparison.Ordinal);
        Assert.Equal("居場所づくり", first.QuerySelector("a")!.SquashedText());
        Assert.Equal("/ja/plans/q/#action-a1", first.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("_top", first.QuerySelector("a")!.GetAttribute("target"));
    }

    [Fact]
    public void A_plan_and_its_mid_term_review_are_told_apart_wherever_an_area_page_names_them()
    {
        // The seed's mid-term review shares its title with the plan it reviews: the district plan and the plan list say which.
        var page = seed.Site.Page("ja/areas/shintomi/index.html");
        Assert.EndsWith("中間見直し版", page.QuerySelector("section[aria-labelledby$='district-plans-heading'] li")!.SquashedText(), StringComparison.Ordinal);
        Assert.Equal(["第4期 柏市地域健康福祉活動計画 概要版", "第4期柏市地域健康福祉活動計画 中間見直し版"],
            page.QuerySelectorAll(".area__plan a").Select(a => a.SquashedText()));
    }
}
