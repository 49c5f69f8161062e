using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SiteGen.Tests.Support;
using static SiteGen.Tests.Support.Expect;

namespace SiteGen.Tests.Validation;

/// <summary>
/// Warnings are things staff should look at that do not stop the site: `check` prints them with `warning:`,
/// apart from errors, and exits 0 when they are all there is. Positions are computed from the written text.
/// </summary>
public sealed class CheckWarningTests
{
    private const string File = "content/plans/p/index.md";
    private const string English = "The body.\n";

    private const string Action = """
          - id: a
            number: "1"
            title: {ja: 見守り活動, en: Watching over}
        """;

    /// <summary>An exact warning line: `file:line:column: warning: field: message (hint: hint)`.</summary>
    private static Regex Warning(string position, string field, string message, string hint) =>
        new("^" + Regex.Escape($"{File}:{position}: warning: {field}: {message} (hint: {hint})") + "$");

    private static void ExactlyTheseWarnings(CliResult result, params Regex[] expected)
    {
        foreach (var pattern in expected)
            Assert.True(result.Warnings.Count(pattern.IsMatch) == 1, $"expected one warning matching\n  {pattern}\nin:\n{result}");
        var unexpected = result.Warnings.Where(w => !expected.Any(p => p.IsMatch(w))).ToList();
        Assert.True(unexpected.Count == 0, "unexpected warnings:\n" + string.Join("\n", unexpected) + "\n" + result);
    }

    // ── A Markdown table without a caption ───────────────────────────────────────────────────────

    [Fact]
    public void A_table_without_a_caption_is_a_warning_at_its_line_in_either_language()
    {
        const string table = "| 年代 | 割合 |\n|---|---|\n| 65歳以上 | 25.7% |\n";
        var japanese = BadInputs.PlanWith().Replace("---\n本文です。\n", "---\n## 人口\n\n" + table + "\n表：世帯\n" + table, StringComparison.Ordinal);
        const string english = "## Population\n\nThe body.\n\n| Age | Share |\n|---|---|\n| 65+ | 25.7% |\n";
        using var site = TestSite.Minimal();
        site.Plan("p", japanese, english);

        var result = site.Check();

        Assert.True(result.ExitCode == 0, result.ToString());
        const string message = "this table has no caption: screen readers announce it only as a table, and the site's accessibility check lists it";
        const string hint = "write the table's title on the line right above it, starting with 表： in Japanese text or Table: in English text, for example 表：地区の人口割合 or Table: Population by age";
        // The captioned second table (表：世帯) is not warned about.
        ExactlyTheseWarnings(result,
            Warning(Find(japanese, "| 年代"), "narrative", message, hint),
            new("^" + System.Text.RegularExpressions.Regex.Escape($"content/plans/p/index.en.md:5:1: warning: narrative: {message} (hint: {hint})") + "$"));
    }

    // ── A target year outside the period ─────────────────────────────────────────────────────────

    private static readonly string TargetAfterPeriod = BadInputs.PlanWith("actions:", Action,
        "    indicators:",
        "      - id: i",
        "        name: {ja: 件数, en: Count}",
        "        unit: {ja: 件, en: cases}",
        "        measures:",
        "          - label: {ja: 目標値, en: Target}",
        "            targets: {2024: 10, 2027: 20}",
        "            actuals: {2023: 8}");

    [Fact]
    public void A_target_after_the_period_is_a_warning_not_an_error()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", TargetAfterPeriod, English);

        var result = site.Check();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Errors);
        ExactlyTheseWarnings(result, Warning(Find(TargetAfterPeriod, "2027"), "actions[1].indicators[1].measures[1].targets.2027",
            "2027 is outside the plan period 2022–2026",
            "if this is a target for a year after the plan, nothing needs fixing; otherwise correct the year, or the plan's `period`"));
        Assert.Contains("0 errors, 1 warning.", result.Stdout);
    }

    [Fact]
    public void A_target_after_the_period_is_kept_and_shown_in_the_table_and_the_chart()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", TargetAfterPeriod, English);
        using var temp = new TempFolder();
        var output = temp.Sub("out");

        var build = site.Build(output);

        Assert.True(build.ExitCode == 0, build.ToString());
        var page = new HtmlParser().ParseDocument(System.IO.File.ReadAllText(Path.Combine(output, "ja", "plans", "p", "index.html")));
        var table = page.GetElementById("indicator-i");
        Assert.NotNull(table);
        Assert.Contains("2027年度", table!.TextContent);
        Assert.Contains("20", table.TextContent);
        // The chart of the indicator is drawn with the 2027 bar as well (three numbers: 2023 actual, 2024 and 2027 targets).
        var chart = page.GetElementById("chart-indicator-i");
        Assert.NotNull(chart);
        Assert.Contains("令和9年度", chart!.TextContent);
    }

    [Fact]
    public void Check_formats_keep_the_target_warning_apart_from_errors()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", TargetAfterPeriod, English);

        var json = site.Run("check", "--format", "json");
        var github = site.Run("check", "--format", "github");

        Assert.Equal(0, json.ExitCode);
        var report = System.Text.Json.JsonDocument.Parse(json.Stdout).RootElement;
        Assert.Equal(0, report.GetProperty("errors").GetArrayLength());
        var warning = Assert.Single(report.GetProperty("warnings").EnumerateArray());
        Assert.Equal("actions[1].indicators[1].measures[1].targets.2027", warning.GetProperty("field").GetString());
        Assert.Equal(LineOf(TargetAfterPeriod, "2027"), warning.GetProperty("line").GetInt32());
        Assert.Contains($"::warning file={File},line={LineOf(TargetAfterPeriod, "2027")},", github.Stdout);
        Assert.DoesNotContain("::error", github.Stdout);
    }

    // ── An action with no area ───────────────────────────────────────────────────────────────────

    [Theory]
    [InlineData("    areas: []")]
    [InlineData("    areas:")]
    public void An_empty_list_of_areas_is_a_warning_at_the_field(string areas)
    {
        using var site = TestSite.Minimal();
        var text = BadInputs.PlanWith("actions:", Action, areas);
        site.Plan("p", text, English);

        var result = site.Check();

        Assert.True(result.ExitCode == 0, result.ToString());
        ExactlyTheseWarnings(result, Warning(Find(text, "areas"), "actions[1].areas",
            "the list of areas is empty, so this action is shown on no area's page; it is taken to concern the whole of `city`",
            "write the ids of the areas it concerns, e.g. `areas: [kashiwa-chuo]`, or remove `areas:` if it concerns the whole of `city` (set by `coverage:`)"));
    }

    [Fact]
    public void An_action_without_areas_concerns_the_coverage_area_and_is_not_warned_about()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", BadInputs.PlanWith("actions:", Action, "  - {id: b, number: \"2\", title: {ja: 居場所, en: Places}, areas: [east]}"), English);

        var result = site.Check();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Warnings);
    }

    // ── An evaluation without a publication date ─────────────────────────────────────────────────

    private static string Evaluated(params string[] lines) => BadInputs.PlanWith(
        [Samples.Scale.TrimEnd('\n'), .. lines, "actions:", Action, "    evaluations: {2022: ◎, 2023: 〇}",
         "  - {id: b, number: \"2\", title: {ja: 居場所, en: Places}, evaluations: {2023: ◎}}"]);

    [Fact]
    public void Marks_added_after_the_plan_was_published_without_a_date_are_a_warning_at_the_first_mark_of_the_year()
    {
        using var site = TestSite.Minimal();
        var text = Evaluated("evaluated: {2022: 2023-06}");
        site.Plan("p", text, English);

        var result = site.Check();

        Assert.True(result.ExitCode == 0, result.ToString());
        ExactlyTheseWarnings(result, Warning(At(text, LineOf(text, "{2022: ◎"), "2023"), "actions[1].evaluations.2023",
            "the actions are evaluated for FY2023, but `evaluated` gives no date for it, so the site's update feed does not announce this evaluation",
            "add the month the evaluation was published to the plan, e.g. `evaluated: {2023: 2024-06}`"));
    }

    [Theory]
    [InlineData("2024-03", null)]         // published after FY2023 ended: the document itself holds both evaluations
    [InlineData("2022-03", "2024-05")]    // revised after FY2023 ended: the revision announces them
    public void Marks_that_the_plan_document_itself_published_need_no_date(string published, string? revised)
    {
        using var site = TestSite.Minimal();
        var text = Evaluated(revised is null ? [] : [$"revised: {revised}"]).Replace("published: 2022-03", $"published: {published}");
        site.Plan("p", text, English);

        var result = site.Check();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Warnings);
    }
}
