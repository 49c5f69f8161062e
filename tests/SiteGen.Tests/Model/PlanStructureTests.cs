using System.Text.Json;
using SiteGen.Tests.OpenData;
using SiteGen.Tests.Support;
using static SiteGen.Tests.Support.Expect;

namespace SiteGen.Tests.Model;

/// <summary>
/// A plan's structure as the plan prints it: levels it names itself (柱 → 施策 → 取組), sections nested under their
/// parents with headings at the right depth, and every mistake in the structure reported at its line.
/// </summary>
public sealed class PlanStructureTests
{
    private const string ThreeLevels = """
        levels:
          - {id: pillar, name: {ja: 柱, en: Pillar}, heading: {ja: 計画の柱, en: Pillars of the plan}}
          - {id: measure, name: {ja: 施策, en: Measure}}
        sections:
          - {id: p1, level: pillar, number: "1", title: {ja: 支え合う地域, en: A supportive community}}
          - {id: m11, level: measure, parent: p1, number: "(1)", title: {ja: 見守りの輪, en: Watching over}, description: {ja: 見守りを広げます, en: We widen watching over}}
          - {id: m12, level: measure, parent: p1, number: "(2)", title: {ja: 居場所づくり, en: Places to gather}}
          - {id: p2, level: pillar, number: "2", title: {ja: 人づくり, en: Developing people}}
          - {id: m21, level: measure, parent: p2, number: "(1)", title: {ja: 担い手の育成, en: Developing helpers}}
        actions:
          - {id: a1, number: "①", section: m11, title: {ja: 見守り活動の推進, en: Promoting watching over}, flags: [priority]}
          - {id: a2, number: "②", section: m11, title: {ja: 声かけ運動, en: Greeting campaign}}
          - {id: a3, number: "①", section: m21, title: {ja: ボランティア講座, en: Volunteer course}, flags: [new]}

        """;

    [Fact]
    public void Three_levels_nest_as_the_plan_prints_them_with_its_own_names()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", Samples.PlanHeader + ThreeLevels + "---\n本文です。\n");

        var build = site.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        var page = new BuiltSite(site.OutputPath).Page("ja/plans/p/index.html");
        // One part of the page for the top level, holding the actions: the contents list names it as the plan does.
        Assert.Equal("計画の柱", page.QuerySelector("#actions > h2")!.SquashedText());
        Assert.Contains("計画の柱", page.QuerySelectorAll(".toc a").Select(a => a.SquashedText()));
        Assert.Null(page.QuerySelector("#level-measure"));

        var pillar = page.GetElementById("section-p1")!;
        Assert.Equal("H3", pillar.QuerySelector("h3")!.TagName);
        Assert.Equal("柱1 支え合う地域", pillar.QuerySelector("h3")!.SquashedText());
        var measure = page.GetElementById("section-m11")!;
        Assert.Same(pillar, measure.ParentElement);
        Assert.Equal("施策(1) 見守りの輪", measure.QuerySelector("h4")!.SquashedText());
        Assert.Equal(["a1", "a2"], measure.QuerySelectorAll("li.action").Select(li => li.Id!["action-".Length..]));
        Assert.Equal(["a3"], page.GetElementById("section-m21")!.QuerySelectorAll("li.action").Select(li => li.Id!["action-".Length..]));
        // (2) has nothing under it but its title: listed, not a heading over nothing.
        Assert.Null(page.GetElementById("section-m12-heading"));
        Assert.Equal("LI", page.GetElementById("section-m12")!.TagName);

        // The overview lists the top level; the filter offers it under the plan's own name, each action tagged with its pillar.
        Assert.Equal(["柱1：支え合う地域", "柱2：人づくり"], page.QuerySelectorAll(".overview__goals li").Select(li => li.SquashedText()));
        var goal = page.QuerySelector("select[name=goal]")!;
        Assert.Equal("柱", page.QuerySelector($"label[for='{goal.Id}']")!.SquashedText());
        Assert.Equal(["p1", "p1", "p2"], page.QuerySelectorAll("li.action").Select(li => li.GetAttribute("data-goal")!));

        var en = new BuiltSite(site.OutputPath).Page("en/plans/p/index.html");
        Assert.Equal("Measure (1) Watching over", en.GetElementById("section-m11")!.QuerySelector("h4")!.SquashedText());
        Assert.Equal("Pillars of the plan", en.QuerySelector("#actions > h2")!.SquashedText());
    }

    [Fact]
    public void Open_data_carries_the_levels_and_each_sections_parent()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", Samples.PlanHeader + ThreeLevels + "---\n本文です。\n");

        Assert.Equal(0, site.Build().ExitCode);

        var sections = Rfc4180.Rows(File.ReadAllBytes(Path.Combine(site.OutputPath, "data/plans/p/sections.csv")));
        Assert.Equal(["p1|pillar|", "m11|measure|p1", "m12|measure|p1", "p2|pillar|", "m21|measure|p2"],
            sections.Select(r => $"{r["section_id"]}|{r["level"]}|{r["parent"]}"));
        var actions = Rfc4180.Rows(File.ReadAllBytes(Path.Combine(site.OutputPath, "data/plans/p/actions.csv")));
        Assert.Equal(["m11", "m11", "m21"], actions.Select(r => r["section"]));
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.OutputPath, "data/plans/p/plan.json")));
        var levels = json.RootElement.GetProperty("levels").EnumerateArray().ToList();
        Assert.Equal(["pillar", "measure"], levels.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal("Pillars of the plan", levels[0].GetProperty("heading").GetProperty("en").GetString());
        Assert.Equal(JsonValueKind.Null, levels[1].GetProperty("heading").ValueKind);
    }

    [Fact]
    public void Sections_with_only_a_title_are_a_list_and_the_others_keep_their_headings()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", Samples.PlanHeader + """
            levels: [{id: pillar, name: {ja: 柱, en: Pillar}}]
            sections:
              - {id: p-1, number: "①", title: {ja: 地域支援, en: Supporting communities}}
              - {id: p-2, number: "②", title: {ja: 人材育成, en: Developing people}}
              - {id: p-3, number: "③", title: {ja: 情報発信, en: Information}, description: {ja: 広報を進めます, en: We publicise}}
            actions:
              - {id: a-1, number: "1", section: p-3, title: {ja: 広報紙, en: Newsletter}}
            ---
            本文です。

            """);

        var build = site.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        var ja = site.PlanPage("ja");
        Assert.Contains("<ul class=\"section-list\">\n<li id=\"section-p-1\"><span class=\"section__label\">柱①</span> 地域支援</li>\n"
            + "<li id=\"section-p-2\"><span class=\"section__label\">柱②</span> 人材育成</li>\n</ul>", ja);
        Assert.DoesNotContain("section-p-1-heading", ja);
        Assert.Contains("<h3 id=\"section-p-3-heading\"><span class=\"section__label\">柱③</span> 情報発信</h3>", ja);
    }

    [Fact]
    public void Levels_the_plan_does_not_link_each_get_their_part_and_actions_without_a_section_follow()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", Samples.PlanHeader + """
            levels:
              - {id: goal, name: {ja: 基本目標, en: Basic goal}, heading: {ja: 基本目標, en: Basic goals}}
              - {id: direction, name: {ja: 施策の方向性, en: Policy direction}, heading: {ja: 施策の方向性と取組項目, en: Policy directions and actions}}
            sections:
              - {id: g1, level: goal, number: "1", title: {ja: 環境づくり, en: An environment}, description: {ja: 説明, en: Explanation}}
              - {id: d1, level: direction, number: "1", title: {ja: 学びの場, en: Places to learn}}
            actions:
              - {id: a1, number: "1", section: d1, title: {ja: ボランティア, en: Volunteering}}
              - {id: a2, number: "2", title: {ja: その他, en: Other}}
            ---
            本文です。

            """);

        var build = site.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        var page = new BuiltSite(site.OutputPath).Page("en/plans/p/index.html");
        Assert.Equal(["Basic goals", "Policy directions and actions"],
            page.QuerySelectorAll("article > section[id^=level-] > h2, #actions > h2").Select(h => h.SquashedText()));
        Assert.Equal("level-goal", page.QuerySelector("#section-g1")!.ParentElement!.Id);
        Assert.Equal("actions", page.QuerySelector("#section-d1")!.ParentElement!.Id);
        Assert.Equal("Actions", page.QuerySelector("#actions [data-action-group]:not(section) h3")!.SquashedText());
        Assert.NotNull(page.QuerySelector("#actions [data-action-group]:not(section) #action-a2"));
        // No section sits under another, so there is no top section to filter by.
        Assert.Null(page.QuerySelector("select[name=goal]"));
    }

    public static TheoryData<string, string[], Func<string, string, System.Text.RegularExpressions.Regex[]>> Mistakes => new()
    {
        {
            "unknown-level",
            ["levels: [{id: goal, name: {ja: 目標, en: Goal}}, {id: measure, name: {ja: 施策, en: Measure}}]", "sections:",
             "  - {id: g1, level: gaol, number: \"1\", title: {ja: 目標, en: Goal}}"],
            (file, text) => [Line(file, Find(text, "gaol"), "sections[1].level", "`gaol` is not a level of this plan", "use one of the ids under `levels:`: goal, measure")]
        },
        {
            "level-left-out",
            ["levels: [{id: goal, name: {ja: 目標, en: Goal}}, {id: measure, name: {ja: 施策, en: Measure}}]", "sections:",
             "  - {id: g1, number: \"1\", title: {ja: 目標, en: Goal}}"],
            (file, text) => [Line(file, Find(text, "{id: g1"), "sections[1].level", "the section does not say which level it is at", "add `level:` with one of: goal, measure")]
        },
        {
            "no-levels",
            ["sections:", "  - {id: g1, number: \"1\", title: {ja: 目標, en: Goal}}"],
            (file, text) => [Line(file, Find(text, "{id: g1"), "sections[1].level", "the plan declares no levels for its sections",
                "declare the plan's levels first, from the top, e.g. `levels: [{id: goal, name: {ja: 基本目標, en: Basic goal}}, {id: measure, name: {ja: 施策, en: Measure}}]`")]
        },
        {
            "missing-parent",
            ["levels: [{id: goal, name: {ja: 目標, en: Goal}}, {id: measure, name: {ja: 施策, en: Measure}}]", "sections:",
             "  - {id: g1, level: goal, number: \"1\", title: {ja: 目標, en: Goal}}",
             "  - {id: m1, level: measure, parent: g2, number: \"(1)\", title: {ja: 施策, en: Measure}}"],
            (file, text) => [Line(file, Find(text, "g2"), "sections[2].parent", "there is no section `g2` in this plan", "use one of: g1")]
        },
        {
            "parent-not-above",
            ["levels: [{id: goal, name: {ja: 目標, en: Goal}}, {id: measure, name: {ja: 施策, en: Measure}}]", "sections:",
             "  - {id: m1, level: measure, number: \"(1)\", title: {ja: 施策, en: Measure}}",
             "  - {id: m2, level: measure, parent: m1, number: \"(2)\", title: {ja: 施策, en: Measure}}"],
            (file, text) => [Line(file, After(text, "parent: "), "sections[2].parent",
                "`m1` is a section of level `measure`, not above `measure`", "a parent must be of a higher level (listed earlier under `levels:`); use one of: (none defined yet)")]
        },
        {
            "unknown-section",
            ["levels: [{id: goal, name: {ja: 目標, en: Goal}}]", "sections:", "  - {id: g1, number: \"1\", title: {ja: 目標, en: Goal}}",
             "actions:", "  - {id: a1, number: \"1\", section: g9, title: {ja: 取組, en: Action}}"],
            (file, text) => [Line(file, Find(text, "g9"), "actions[1].section", "there is no section `g9` in this plan", "use one of: g1")]
        },
        {
            "too-many-levels",
            ["levels:", "  - {id: l1, name: {ja: 一, en: One}}", "  - {id: l2, name: {ja: 二, en: Two}}", "  - {id: l3, name: {ja: 三, en: Three}}",
             "  - {id: l4, name: {ja: 四, en: Four}}", "  - {id: l5, name: {ja: 五, en: Five}}"],
            (file, text) => [Line(file, Find(text, "{id: l5"), "levels[5]", "the plan declares 5 levels; a page can show at most 4 above the actions",
                "the lowest level is usually the actions themselves (取組・事業): write those as `actions:`, or their programmes as `programmes:`")]
        },
        {
            "retired-fields",
            ["goals:", "  - {id: g1, number: \"1\", title: {ja: 目標, en: Goal}}", "actions:", "  - {id: a1, number: \"1\", direction: d1, title: {ja: 取組, en: Action}}"],
            (file, text) =>
            [
                Pattern(file, Regex(Find(text, "goals:")), "goals", Regex("`goals:` is now written as `levels:` and `sections:`"), ".*rename `goals:` to `sections:`.*"),
                Line(file, Find(text, "direction:"), "actions[1].direction", "an action's `direction:` is now `section:`", "rename `direction:` to `section:`"),
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Each_mistake_in_the_structure_is_reported_at_its_line_with_a_hint(string name, string[] lines, Func<string, string, System.Text.RegularExpressions.Regex[]> expected)
    {
        using var site = TestSite.Minimal();
        var text = BadInputs.PlanWith(lines);
        site.Plan(name, text);

        var result = site.Check();

        ExactlyTheseErrors(result, expected($"content/plans/{name}/index.md", text));
    }

    /// <summary>"line:column" of what follows <paramref name="prefix"/> (the value of a field).</summary>
    private static string After(string text, string prefix)
    {
        var at = Find(text, prefix).Split(':');
        return $"{at[0]}:{int.Parse(at[1]) + prefix.Length}";
    }

    private static string Regex(string s) => System.Text.RegularExpressions.Regex.Escape(s);
}
