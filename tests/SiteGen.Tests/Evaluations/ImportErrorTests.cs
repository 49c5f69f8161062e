using System.Text;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Evaluations;

/// <summary>
/// Every kind of mistake in a sheet is reported with the cell it is in, all of them in one run, exit 1, and the plan
/// file is left byte for byte as it was.
/// </summary>
public sealed class ImportErrorTests
{
    private const int Number = 0, Id = 1, Mark = 3, Date = 6;

    private static (CliResult Result, bool Unchanged) Import(Action<List<string[]>> edit, int year = 2020, string name = "errors.csv")
    {
        using var site = new EvaluationSite();
        var before = site.PlanBytes;
        var rows = site.ExportedCsv(year);
        edit(rows);
        var result = site.Import(site.Csv(name, rows, new UTF8Encoding(true)), year);
        return (result, before.AsSpan().SequenceEqual(site.PlanBytes));
    }

    private static void Refused(CliResult result, bool unchanged, params string[] lines)
    {
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.True(unchanged, "the plan file was written");
        foreach (var line in lines) Assert.Contains(line, result.StderrLines);
        Assert.Contains(result.StderrLines, l => l.StartsWith("Nothing was written: ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_look_alike_mark_names_both_code_points_and_suggests_the_scale_s_mark()
    {
        var (result, unchanged) = Import(rows => { rows[5][Mark] = "◯"; rows[6][Mark] = "○"; rows[7][Mark] = "◉"; rows[8][Mark] = "▲"; rows[9][Mark] = "x"; });
        Refused(result, unchanged,
            "errors.csv!D6: mark ◯ (U+25EF) is not in this plan's scale ◎〇△ — did you mean 〇 (U+3007)?",
            "errors.csv!D7: mark ○ (U+25CB) is not in this plan's scale ◎〇△ — did you mean 〇 (U+3007)?",
            "errors.csv!D8: mark ◉ (U+25C9) is not in this plan's scale ◎〇△ — did you mean ◎ (U+25CE)?",
            "errors.csv!D9: mark ▲ (U+25B2) is not in this plan's scale ◎〇△ — did you mean △ (U+25B3)?",
            "errors.csv!D10: mark x (U+0078) is not in this plan's scale ◎〇△; write one of ◎ (U+25CE), 〇 (U+3007), △ (U+25B3)");
        Assert.Contains("Nothing was written: 5 problems in errors.csv. Fix them in the sheet and import it again.", result.StderrLines);
    }

    [Fact]
    public void Unknown_actions_duplicates_missing_marks_and_bad_dates_are_all_reported_at_their_cells()
    {
        var (result, unchanged) = Import(rows =>
        {
            rows[2][Id] = "";
            rows[2][Number] = "(99)";
            rows[3][Id] = "action-9-9";
            rows[4][Mark] = "";
            rows[5][Date] = "来年";
            rows[6][Date] = "2020-03-31";
            rows.Add([.. rows[1]]);
        });
        Refused(result, unchanged,
            "errors.csv!A3: there is no action numbered (99) in this plan; write the number as the plan prints it, e.g. (1), or the action's id",
            "errors.csv!B4: there is no action with the id action-9-9 in this plan",
            "errors.csv!D5: the mark is missing: write one of ◎〇△, or delete the row to leave this action without a mark for 2020",
            "errors.csv!G6: 来年 is not a date; write the day the evaluation was published as 2021-06-30, 2021/6/30 or 2021-06",
            "errors.csv!G7: 2020-03-31 is before FY2020 began (2020-04-01), so it cannot be when its evaluation was published; check the date, or --year",
            "errors.csv!38: action (1) (action-1-1) is already in row 2; keep one row per action");
    }

    [Fact]
    public void A_number_finds_its_action_as_printed_in_full_width_or_as_excel_s_negative_number()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", BadInputs.PlanWith(Samples.Scale.TrimEnd('\n'), "actions:",
            "  - {id: a, number: \"(1)\", title: {ja: 見守り, en: Watching over}}",
            "  - {id: b, number: \"(2)\", title: {ja: 居場所, en: Places}}",
            "  - {id: c, number: \"(3)\", title: {ja: 相談, en: Advice}}",
            "  - {id: d, number: \"1\", title: {ja: 交流, en: Meeting}}",
            "  - {id: e, number: \"1\", title: {ja: 学習, en: Learning}}"), "The body.\n");
        var xlsx = Path.Combine(site.Root, "numbers.xlsx");
        // Excel turns a typed (2) into -2 (accountants' brackets); （３） is typed in full width.
        XlsxFixture.Write(xlsx, "Sheet1", [["番号", "評価"], ["(1)", "◎"], [XlsxFixture.Number(-2), "〇"], ["（３）", "◎"], ["1", "〇"]]);

        var result = site.Run("import", "evaluations", "--plan", "p", "--year", "2022", xlsx);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["numbers.xlsx!Sheet1!A5: 2 actions are numbered 1 (d, e): write the id to say which",
            "Nothing was written: 1 problem in numbers.xlsx!Sheet1. Fix them in the sheet and import it again."], result.StderrLines);
        XlsxFixture.Write(xlsx, "Sheet1", [["番号", "評価"], ["(1)", "◎"], [XlsxFixture.Number(-2), "〇"], ["（３）", "◎"]]);
        var fixedSheet = site.Run("import", "evaluations", "--plan", "p", "--year", "2022", xlsx);
        Assert.True(fixedSheet.ExitCode == 0, fixedSheet.ToString());
        Assert.Contains("marks: 3 added", fixedSheet.Stdout);
    }

    [Fact]
    public void A_year_outside_the_period_an_unknown_plan_and_a_plan_without_a_scale_are_refused()
    {
        using var site = new EvaluationSite();
        var path = site.File_("s.csv");
        Assert.Equal(0, site.Export(path, 2020).ExitCode);
        var before = site.PlanBytes;

        var outside = site.Import(path, 2030);
        Assert.Equal(1, outside.ExitCode);
        Assert.Contains("error: 2030 is outside the plan period of kashiwa-4th-midterm, 2019–2024; --year is the fiscal year evaluated, as a Western year (令和3年度 is 2021)", outside.StderrLines);

        var unknown = TestCli.Run("import", "evaluations", "--config", site.Site.ConfigPath, "--plan", "no-such-plan", "--year", "2020", path);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains(unknown.StderrLines, l => l.StartsWith("error: there is no plan no-such-plan; the plans are: chiba-7th, ", StringComparison.Ordinal));

        var noScale = TestCli.Run("import", "evaluations", "--config", site.Site.ConfigPath, "--plan", "kashiwa-4th", "--year", "2020", path);
        Assert.Equal(1, noScale.ExitCode);
        Assert.Contains(noScale.StderrLines, l => l.Contains("has no `evaluationScale:`", StringComparison.Ordinal));
        Assert.Equal(before, site.PlanBytes);
    }

    [Fact]
    public void Files_that_are_not_sheets_give_a_message_not_a_crash()
    {
        using var site = new EvaluationSite();
        var before = site.PlanBytes;
        File.WriteAllText(site.File_("old.xls"), "not really");
        File.WriteAllText(site.File_("broken.xlsx"), "not a zip file");
        File.WriteAllBytes(site.File_("empty.csv"), []);
        File.WriteAllText(site.File_("header-only.csv"), "番号,評価\r\n");
        File.WriteAllText(site.File_("no-mark.csv"), "番号,コメント\r\n(1),よい\r\n");
        File.WriteAllBytes(site.File_("binary.csv"), [0x81, 0xFF, 0xFE, 0x00, 0x80]);
        XlsxFixture.Write(site.File_("book.xlsx"), "Sheet1", [["番号", "評価"], ["(1)", "◎"]]);

        (string File, string[] More, string Message)[] cases =
        [
            ("missing.csv", [], $"error: {site.File_("missing.csv")} does not exist"),
            ("old.xls", [], "error: old.xls: only .xlsx (Excel workbook) and .csv files can be used; this is the old Excel format: open it in Excel and save it as Excel ブック (.xlsx)"),
            ("broken.xlsx", [], "error: broken.xlsx is not an Excel workbook that can be read"),
            ("empty.csv", [], "empty.csv: the sheet is empty: it needs a header row naming the columns, then one row per action"),
            ("header-only.csv", [], "header-only.csv: the sheet has a header row but no rows of actions under it"),
            ("no-mark.csv", [], "no-mark.csv!A1: row 1 is read as the header, but no column is headed 評価 (mark); the headers are: 番号 (No.), ID, 取り組み (action), 評価 (mark), コメント (comment), コメント英語 (comment in English), 公表日 (date published) (`sitegen export evaluations` writes a sheet to start from)"),
            ("binary.csv", [], "error: binary.csv is neither UTF-8 nor Shift_JIS text; save it from Excel as CSV UTF-8 (コンマ区切り) or as an Excel workbook (.xlsx)"),
            ("book.xlsx", ["--sheet", "評価"], "error: book.xlsx has no sheet named 評価; its sheets are: Sheet1"),
        ];
        foreach (var (file, more, message) in cases)
        {
            var result = site.Import(site.File_(file), 2020, more);
            Assert.True(result.ExitCode == 1, $"{file}: {result}");
            Assert.Contains(result.StderrLines, l => l.StartsWith(message, StringComparison.Ordinal));
        }
        Assert.Equal(before, site.PlanBytes);
    }

    [Fact]
    public void Export_refuses_to_overwrite_a_sheet_without_force_and_other_extensions()
    {
        using var site = new EvaluationSite();
        var path = site.File_("s.xlsx");
        Assert.Equal(0, site.Export(path).ExitCode);
        var again = site.Export(path);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Stderr);
        Assert.Equal(0, site.Export(path, 2021, "--force").ExitCode);
        Assert.Equal(1, site.Export(site.File_("s.ods")).ExitCode);
    }
}
