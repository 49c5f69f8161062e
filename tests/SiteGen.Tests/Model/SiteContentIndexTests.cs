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

    [Fact]
    public void A_plan_keeps_its_grouping_by_area_for_the_next_save_and_a_plan_bound_again_works_out_its_own()
    {
        var plan = Load(Repository.Root).Plans.First(p => p.Actions.Any(a => a.AreaIds.Count > 0));
        var copy = plan with { Slug = plan.Slug };
        var groups = plan.ActionsByArea;

        // A save binds the same plan object into a new SiteContent: the grouping is not worked out again.
        var next = new SiteContent([plan], [], []);
        Assert.NotEmpty(next.ActionsIn(groups[0].AreaId));
        Assert.Same(groups, plan.ActionsByArea);
        // Another session binds its own plan object: it has a grouping of its own, equal to this one.
        var other = Load(Repository.Root).Plans.Single(p => p.Slug == plan.Slug);
        Assert.NotSame(groups, other.ActionsByArea);
        Assert.Equal(groups.Select(g => (g.AreaId, g.Actions.Count)), other.ActionsByArea.Select(g => (g.AreaId, g.Actions.Count)));
        // What is kept takes no part in the record's equality; a copy with other actions groups those.
        Assert.Equal(plan, copy);
        Assert.Equal(plan.GetHashCode(), copy.GetHashCode());
        var fewer = plan with { Actions = [plan.Actions.First(a => a.AreaIds.Count > 0)] };
        Assert.Equal(fewer.Actions[0].AreaIds.Distinct().Count(), fewer.ActionsByArea.Count);
        Assert.All(fewer.ActionsByArea, g => Assert.Same(fewer.Actions[0], Assert.Single(g.Actions)));
    }
}
