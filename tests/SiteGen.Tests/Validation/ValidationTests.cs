using System.Text.RegularExpressions;
using SiteGen.Tests.Support;
using static SiteGen.Tests.Support.Expect;

namespace SiteGen.Tests.Validation;

/// <summary>
/// Bad content: every mistake is reported as `file:line:column: field: message (hint: …)`, `check` and
/// `build` exit with 1, and a failed build leaves the previous site exactly as it was.
/// </summary>
public class ValidationTests
{
    [Theory]
    [MemberData(nameof(BadInputs.Names), MemberType = typeof(BadInputs))]
    public void Check_reports_the_mistake_at_its_file_line_column_and_field_with_a_hint(string mistake)
    {
        using var site = TestSite.Minimal();
        var expected = BadInputs.All[mistake](site, mistake);

        var result = site.Check();

        Assert.True(result.ExitCode == 1, result.ToString());
        ExactlyTheseErrors(result, expected);
    }

    [Theory]
    [MemberData(nameof(BadInputs.Names), MemberType = typeof(BadInputs))]
    public void Build_fails_on_the_mistake_and_leaves_the_previous_output_byte_for_byte_untouched(string mistake)
    {
        using var site = TestSite.Minimal();
        var expected = BadInputs.All[mistake](site, mistake);
        var before = Files.CreatePreviousOutput(site.OutputPath);

        var result = site.Build();

        Assert.True(result.ExitCode == 1, result.ToString());
        ExactlyTheseErrors(result, expected);
        Assert.Contains("Build failed", result.Stdout);
        Files.AssertIdentical(before, Files.Snapshot(site.OutputPath));
        Assert.Empty(Files.StrayCopies(site.OutputPath));
    }

    [Fact]
    public void Every_mistake_in_the_content_is_reported_in_one_run()
    {
        using var site = TestSite.Minimal();
        var expected = BadInputs.All.SelectMany(c => c.Value(site, c.Key)).ToList();
        var before = Files.CreatePreviousOutput(site.OutputPath);

        var check = site.Check();
        Assert.True(check.ExitCode == 1, check.ToString());
        ExactlyTheseErrors(check, expected);

        var build = site.Build();
        Assert.True(build.ExitCode == 1, build.ToString());
        ExactlyTheseErrors(build, expected);
        Files.AssertIdentical(before, Files.Snapshot(site.OutputPath));
        Assert.Empty(Files.StrayCopies(site.OutputPath));
    }

    [Fact]
    public void Diagnostics_are_printed_in_file_line_column_order()
    {
        using var site = TestSite.Minimal();
        foreach (var (name, write) in BadInputs.All) write(site, name);

        var errors = site.Check().Errors;

        var keys = errors.Select(SortKey).ToList();
        var sorted = keys.OrderBy(k => k.File, StringComparer.Ordinal).ThenBy(k => k.Line).ThenBy(k => k.Column).ToList();
        Assert.Equal(sorted, keys);

        static (string File, int Line, int Column) SortKey(string line)
        {
            var m = Regex.Match(line, @"^(.+?):(\d+):(\d+): ");
            return (m.Groups[1].Value, int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value));
        }
    }

    [Fact]
    public void A_valid_site_passes_check_with_no_error()
    {
        using var site = TestSite.WithOnePlan();
        var result = site.Check();
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Errors);
    }

    // ── Mistakes the generator lets through or misreports ──────────────────────────────────────────

    [Fact]
    public void An_empty_required_title_is_reported_not_silently_dropping_the_plan()
    {
        using var site = TestSite.Minimal();
        var text = PlanWithTitle("\"\"");
        site.Plan("p", text);

        var result = site.Check();

        // The plan must not vanish from the site without a word: `title: ""` is a missing title.
        Assert.True(result.ExitCode == 1, "an empty title was accepted and the plan silently left out of the site\n" + result);
        Assert.Contains(result.Errors, e => Pattern("content/plans/p/index.md", @"2:\d+", "title", ".+").IsMatch(e));
    }

    [Fact]
    public void An_empty_required_action_number_is_reported_not_silently_dropping_the_action()
    {
        using var site = TestSite.Minimal();
        var text = BadInputs.PlanWith("actions:", "  - id: a", "    number: \"\"", "    title: {ja: 見守り活動, en: Watching over}");
        site.Plan("p", text);

        var result = site.Check();

        Assert.True(result.ExitCode == 1, "an action with an empty number was accepted and silently left out of the plan\n" + result);
        Assert.Contains(result.Errors, e => Pattern("content/plans/p/index.md", LineOf(text, "number") + @":\d+", "actions[1].number", ".+").IsMatch(e));
    }

    [Fact]
    public void A_duplicate_action_id_is_reported_at_the_second_action_even_when_a_section_has_the_same_id()
    {
        using var site = TestSite.Minimal();
        // Sections and actions are separate lists: a section `shared` and an action `shared` are allowed. Two actions `shared` are not.
        var text = BadInputs.PlanWith(
            "levels: [{id: goal, name: {ja: 目標, en: Goal}}]",
            "sections:",
            "  - {id: shared, number: \"1\", title: {ja: 目標, en: Goal}}",
            "actions:",
            "  - {id: shared, number: \"1\", title: {ja: 取組一, en: Action one}}",
            "  - {id: shared, number: \"2\", title: {ja: 取組二, en: Action two}}");
        site.Plan("p", text);

        var result = site.Check();

        ExactlyTheseErrors(result,
            [Line("content/plans/p/index.md", At(text, 12, "shared"), "actions", "the id `shared` is used 2 times", "give each entry its own id")]);
    }

    [Fact]
    public void A_number_with_commas_in_a_flow_mapping_is_reported_as_a_comma_number()
    {
        using var site = TestSite.Minimal();
        // The content writes targets as `{2022: 1150, 2024: 1200}`; staff copying 1,150 from the PDF write this:
        var text = BadInputs.PlanWith("actions:", "  - id: a", "    number: \"1\"", "    title: {ja: 見守り活動, en: Watching over}",
            "    indicators:",
            "      - id: i",
            "        name: {ja: 件数, en: Count}",
            "        measures:",
            "          - label: {ja: 目標値, en: Target}",
            "            targets: {2022: 1,150, 2024: 1,200}");
        site.Plan("p", text);

        var result = site.Check();

        Assert.Equal(1, result.ExitCode);
        // YAML reads this as {2022: 1, 150: ~, 2024: 1, 200: ~}. Whatever is reported must say what is wrong: the
        // thousands separator, not "150 is not a fiscal year" with a hint about Japanese eras.
        var line = LineOf(text, "targets");
        var onLine = result.Errors.Where(e => e.StartsWith($"content/plans/p/index.md:{line}:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(onLine);
        Assert.All(onLine, e => Assert.Matches("(?i)comma|thousands", e));
    }

    [Fact]
    public void An_area_that_is_its_own_ancestor_is_reported_at_its_parent_field()
    {
        using var site = TestSite.Minimal();
        var a = "---\nname: {ja: 甲地区, en: Ko district}\nlayer: district\nparent: loop-b\norganisation: org\n---\n";
        var b = "---\nname: {ja: 乙地区, en: Otsu district}\nlayer: district\nparent: loop-a\norganisation: org\n---\n";
        site.Area("loop-a", a).Area("loop-b", b);

        var result = site.Check();

        Assert.Equal(1, result.ExitCode);
        ExactlyTheseErrors(result,
        [
            Pattern("content/areas/loop-a.md", Regex.Escape(Find(a, "loop-b")), "parent", ".*`loop-a`.*own ancestor.*"),
            Pattern("content/areas/loop-b.md", Regex.Escape(Find(b, "loop-a")), "parent", ".*`loop-b`.*own ancestor.*"),
        ]);
    }

    private static string PlanWithTitle(string title) =>
        BadInputs.PlanWith().Replace("title: {ja: 試験計画, en: Test plan}", "title: " + title);
}
