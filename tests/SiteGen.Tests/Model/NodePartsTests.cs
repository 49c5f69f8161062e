using SiteGen.Tests.Support;

namespace SiteGen.Tests.Model;

/// <summary>
/// Who does what (the plan's own actors and each part's roles), programmes and notes or columns belong to the
/// part of the plan they are written under, and are shown there.
/// </summary>
public sealed class NodePartsTests
{
    private const string Actors = """
        actors:
          - {id: residents, name: {ja: 市民一人ひとり, en: Each resident}}
          - {id: city, name: {ja: 市, en: The city}}

        """;

    private const string Action = """
        actions:
          - id: a-1
            number: "①"
            title: {ja: 見守り活動の推進, en: Promoting watching over neighbours}
            roles:
              city:
                - {ja: 見守り活動を支援します, en: The city supports watching over}
              residents: {ja: 近所の人にあいさつをします, en: Greet your neighbours}
            programmes:
              - name: {ja: 地域見守り事業, en: Community watching-over programme}
                runBy: {ja: 福祉政策課, en: Welfare Policy Division}
                timing: {ja: 未定, en: not yet decided}
            notes:
              - kind: column
                title: {ja: 見守りのコツ, en: Tips for watching over}
                body: {ja: できることから始めましょう。, en: Start with what you can.}
              - body: {ja: 民生委員は地域の相談役です。, en: Welfare volunteers are the community's advisers.}

        """;

    [Fact]
    public void Roles_programmes_and_a_column_are_shown_inside_their_action_and_in_open_data()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", Samples.PlanHeader + Actors + Action + "---\n本文です。\n");

        var build = site.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        var ja = site.PlanPage("ja");
        var action = ja[ja.IndexOf("id=\"action-a-1\"", StringComparison.Ordinal)..];
        action = action[..action.IndexOf("</li>\n</ol>", StringComparison.Ordinal)];
        // The actors in the plan's order (residents first), though the action writes the city first.
        Assert.Contains("<h4>市民一人ひとり</h4>\n<ul><li>近所の人にあいさつをします</li></ul>\n<h4>市</h4>\n<ul><li>見守り活動を支援します</li></ul>", action);
        Assert.Contains("<h4>事業</h4>", action);
        Assert.Contains("<p class=\"programme__name\">地域見守り事業</p>", action);
        Assert.Contains("<div><dt>実施</dt><dd>福祉政策課</dd></div><div><dt>時期</dt><dd>未定</dd></div>", action);
        Assert.Contains("<div class=\"column\">\n<h4>見守りのコツ</h4>\n<p>できることから始めましょう。</p>\n</div>", action);
        Assert.Contains("<div class=\"note\">\n<p>民生委員は地域の相談役です。</p>\n</div>", action);

        var en = site.PlanPage("en");
        Assert.Contains("<h4>Each resident</h4>\n<ul><li>Greet your neighbours</li></ul>", en);
        Assert.Contains("<div><dt>Run by</dt><dd>Welfare Policy Division</dd></div><div><dt>When</dt><dd>not yet decided</dd></div>", en);

        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(site.OutputPath, "data", "plans", "p", "plan.json")))!;
        Assert.Equal(["residents", "city"], json["actors"]!.AsArray().Select(a => (string)a!["id"]!));
        var roles = json["actions"]![0]!["roles"]!.AsArray();
        Assert.Equal(["residents", "city"], roles.Select(r => (string)r!["actorId"]!));
        Assert.Equal("未定", (string?)json["actions"]![0]!["programmes"]![0]!["timing"]!["ja"]);
        Assert.Equal("column", (string?)json["actions"]![0]!["notes"]![0]!["kind"]);
        Assert.Equal("note", (string?)json["actions"]![0]!["notes"]![1]!["kind"]);
    }

    [Fact]
    public void An_actor_the_plan_does_not_declare_is_an_error_naming_the_ones_it_does()
    {
        using var site = TestSite.Minimal();
        var plan = Samples.PlanHeader + Actors + Action.Replace("      city:\n", "      citi:\n") + "---\n本文です。\n";
        site.Plan("p", plan);

        var check = site.Check();

        Assert.Equal(1, check.ExitCode);
        var line = Expect.LineOf(plan, "citi:");
        Assert.Contains($"content/plans/p/index.md:{line}:7: actions[1].roles.citi: `citi` is not an actor of this plan (hint: use one of the ids under `actors:`: residents, city)", check.Errors);
    }

    [Fact]
    public void Roles_in_a_plan_without_actors_say_to_declare_them()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", Samples.PlanHeader + Action + "---\n本文です。\n");

        var check = site.Check();

        Assert.Equal(1, check.ExitCode);
        Assert.Contains(check.Errors, e => e.Contains("actions[1].roles.city: `city` is not an actor of this plan: the plan declares no actors (hint: declare who acts in the plan first", StringComparison.Ordinal));
    }

    [Fact]
    public void Roles_count_towards_translation_coverage()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", Samples.PlanHeader + Actors + Action.Replace("{ja: 近所の人にあいさつをします, en: Greet your neighbours}", "{ja: 近所の人にあいさつをします}") + "---\n本文です。\n");

        var check = site.Check();

        Assert.Equal(0, check.ExitCode);
        Assert.Contains(check.Warnings, w => w.Contains("1 texts have no English yet", StringComparison.Ordinal) && w.Contains("近所の人にあいさつをします", StringComparison.Ordinal));
    }
}
