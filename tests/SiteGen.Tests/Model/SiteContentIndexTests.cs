using SiteGen.Config;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Model;

/// <summary>
/// <see cref="SiteContent.ActionsIn"/> is answered from an index merged from each plan's own grouping
/// of its actions by area (kept per plan object across the builds of a `serve` session). Whatever the
/// index does, the answer must be the definition: every action naming the area, in plan then action
/// order, an action once even if it names the area twice.
/// </summary>
public sealed class SiteContentIndexTests
{
    private static SiteContent Load(string root)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(Path.Combine(root, "site.config.json"), "site.config.json", diagnostics)!;
        var content = ContentStage.Run(root, config, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return content;
    }

    /// <summary>The definition, by brute force over every plan and action.</summary>
    private static List<(Plan, ActionItem)> Expected(SiteContent content, string areaId) =>
        content.Plans.SelectMany(p => p.Actions.Where(a => a.AreaIds.Contains(areaId)).Select(a => (p, a))).ToList();

    private static void AssertSame(IReadOnlyList<(Plan, ActionItem)> expected, IReadOnlyList<(Plan Plan, ActionItem Action)> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Same(expected[i].Item1, actual[i].Plan);
            Assert.Same(expected[i].Item2, actual[i].Action);
        }
    }

    [Fact]
    public void Every_area_of_the_sample_site_lists_exactly_the_actions_that_name_it_in_plan_then_action_order()
    {
        var content = Load(Repository.Root);
        var named = content.Plans.SelectMany(p => p.Actions).SelectMany(a => a.AreaIds).Distinct().ToList();
        Assert.True(named.Count >= 3, "the sample site names areas in its actions");
        foreach (var id in named.Concat(content.Areas.Select(a => a.Id)).Distinct())
            AssertSame(Expected(content, id), content.ActionsIn(id));
        Assert.Empty(content.ActionsIn("no-such-area"));
    }

    [Fact]
    public void An_action_naming_an_area_twice_is_listed_once_and_plans_keep_their_order()
    {
        using var site = TestSite.Minimal()
            .Plan("b-first", Samples.PlanHeader + """
                actions:
                  - {id: one, number: "1", title: {ja: 一, en: One}, areas: [east, city, east]}
                  - {id: two, number: "2", title: {ja: 二, en: Two}, areas: [city]}
                  - {id: three, number: "3", title: {ja: 三, en: Three}, areas: [east]}
                ---
                本文。
                """, "Body.\n")
            .Plan("c-second", Samples.PlanHeader + """
                actions:
                  - {id: four, number: "1", title: {ja: 四, en: Four}, areas: [east]}
                ---
                本文。
                """, "Body.\n");
        var content = Load(site.Root);
        var east = content.ActionsIn("east");
        Assert.Equal(["b-first/one", "b-first/three", "c-second/four"], east.Select(x => $"{x.Plan.Slug}/{x.Action.Id}"));
        Assert.Equal(["b-first/one", "b-first/two"], content.ActionsIn("city").Select(x => $"{x.Plan.Slug}/{x.Action.Id}"));
        AssertSame(Expected(content, "east"), east);
    }
}
