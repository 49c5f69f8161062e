using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Evaluations;

/// <summary>
/// `import evaluations` on a copy of the seed plan kashiwa-4th-midterm (FY2019–2024, marks for 2019 and 2020, scale ◎〇△):
/// a filled-in sheet changes only that year's entries; an untouched export changes nothing.
/// </summary>
public sealed partial class ImportTests
{
    private const int Mark = 3, Comment = 4, CommentEn = 5, Date = 6;

    [Theory]
    [InlineData("sheet.xlsx")]
    [InlineData("sheet.csv")]
    public void An_untouched_export_imports_as_no_change_and_writes_nothing(string name)
    {
        using var site = new EvaluationSite();
        var before = site.PlanBytes;
        var path = site.File_(name);
        Assert.Equal(0, site.Export(path, 2020).ExitCode);

        var import = site.Import(path, 2020);

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("Nothing to change", import.Stdout);
        Assert.Contains("nothing was written", import.Stdout);
        Assert.Equal(before, site.PlanBytes);
    }

    [Fact]
    public void A_filled_sheet_adds_the_year_to_each_action_and_nothing_else_changes()
    {
        using var site = new EvaluationSite();
        var before = site.PlanText;
        var rows = site.ExportedCsv(2021);
        var marks = new[] { "◎", "〇", "△" };
        for (var i = 1; i < rows.Count; i++)
        {
            rows[i][Mark] = marks[i % 3];
            rows[i][Date] = i == 1 ? "2022/6/30" : "";
        }
        rows[2][Comment] = "一部の地区で未実施, 来年度に拡大";
        var path = site.Csv("filled.csv", rows, new UTF8Encoding(true));

        var import = site.Import(path);

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("marks: 36 added, 0 changed", import.Stdout);
        Assert.Contains("comments: 1 added", import.Stdout);
        Assert.Contains("evaluated: 2022-06-30", import.Stdout);
        var after = site.PlanText;
        // Each `evaluations:` line gained `, 2021: X` and nothing else; two lines were added; every other byte is as it was.
        var lines = after.Split('\n');
        Assert.Equal(before.Split('\n').Length + 2, lines.Length);
        Assert.Single(lines, l => l == "    evaluationComments: {2021: \"一部の地区で未実施, 来年度に拡大\"}");
        Assert.Single(lines, l => l == "evaluated: {2021: 2022-06-30}");
        Assert.Equal(36, lines.Count(l => Added2021().IsMatch(l)));
        var reverted = string.Join('\n', lines.Where(l => !l.StartsWith("    evaluationComments:", StringComparison.Ordinal) && !l.StartsWith("evaluated:", StringComparison.Ordinal))
            .Select(l => Added2021().Replace(l, "}")));
        Assert.Equal(before, reverted);
        // The comment goes right under the marks of its action, the date after the last action.
        var comment = Array.FindIndex(lines, l => l.StartsWith("    evaluationComments:", StringComparison.Ordinal));
        Assert.Equal("    evaluations: {2019: △, 2020: △, 2021: △}", lines[comment - 1]);

        var check = site.Site.Check();
        Assert.True(check.ExitCode == 0, check.ToString());
    }

    [Fact]
    public void The_comment_reaches_the_plan_page_beside_its_mark()
    {
        using var site = new EvaluationSite();
        var rows = site.ExportedCsv(2020);
        rows[1][Comment] = "一部の地区で未実施";
        rows[1][CommentEn] = "Not yet in some districts";
        Assert.Equal(0, site.Import(site.Csv("c.csv", rows, new UTF8Encoding(true)), 2020).ExitCode);
        Assert.Contains("    evaluationComments: {2020: {ja: 一部の地区で未実施, en: Not yet in some districts}}", site.PlanText);

        var build = site.Site.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        var ja = site.Site.PlanPage("ja", EvaluationSite.Slug);
        var en = site.Site.PlanPage("en", EvaluationSite.Slug);
        // The Japanese page puts furigana over the comment's words: its text as a reader sees it.
        var comment = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(ja).QuerySelector(".evaluations__comment")!;
        Assert.Equal("一部の地区で未実施", comment.SquashedText());
        Assert.Matches("class=\"evaluations__comment\"[^>]*>Not yet in some districts<", en);
    }

    [Fact]
    public void The_sheet_has_a_comment_column_per_language_of_the_site_and_the_import_reads_each()
    {
        using var site = new EvaluationSite("""{ "title": { "ja": "計画", "en": "Plans", "vi": "Kế hoạch" }, "languages": ["ja", "en", "vi"] }""");
        var strings = System.Text.Json.Nodes.JsonNode.Parse(typeof(SiteGen.I18n.UiStrings).Assembly.GetManifestResourceStream("i18n/en.json")!)!;
        strings["languageName"] = "Tiếng Việt";
        strings["locale"] = "vi_VN";
        site.Site.Write("strings/vi.json", strings.ToJsonString());

        var rows = site.ExportedCsv(2020);
        Assert.Equal(["コメント (comment)", "コメント英語 (comment in English)", "コメント（Tiếng Việt） (comment in Tiếng Việt)", "公表日 (date published)"], rows[0][Comment..]);
        rows[1][Comment] = "一部の地区で未実施";
        rows[1][CommentEn] = "Not yet in some districts";
        rows[1][CommentEn + 1] = "Chưa có ở một số khu vực";
        var import = site.Import(site.Csv("c.csv", rows, new UTF8Encoding(true)), 2020);
        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("    evaluationComments: {2020: {ja: 一部の地区で未実施, en: Not yet in some districts, vi: Chưa có ở một số khu vực}}", site.PlanText);

        // A Vietnamese comment without a Japanese one is refused at the empty Japanese cell, naming the language.
        File.Delete(site.File_("export-2020.csv"));
        rows = site.ExportedCsv(2020);
        rows[2][Comment] = "";
        rows[2][CommentEn + 1] = "Chỉ có tiếng Việt";
        var refused = site.Import(site.Csv("d.csv", rows, new UTF8Encoding(true)), 2020);
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("d.csv!E3: the comment in Tiếng Việt has no Japanese comment beside it", refused.Stderr);
    }

    [Fact]
    public void A_changed_mark_replaces_only_its_value_and_a_cleared_comment_is_removed()
    {
        using var site = new EvaluationSite();
        var original = site.PlanText;
        var rows = site.ExportedCsv(2020);
        rows[1][Comment] = "最初のコメント";
        Assert.Equal(0, site.Import(site.Csv("1.csv", rows, new UTF8Encoding(true)), 2020).ExitCode);
        Assert.Contains("evaluationComments: {2020: 最初のコメント}", site.PlanText);

        rows[1][Comment] = "";
        rows[1][Mark] = "△";
        var second = site.Import(site.Csv("2.csv", rows, new UTF8Encoding(true)), 2020);

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("marks: 0 added, 1 changed: (1) 〇 → △", second.Stdout);
        Assert.Contains("1 removed", second.Stdout);
        // Only the first action's line, and back to the original everywhere else.
        var at = original.IndexOf("    evaluations: {2019: ◎, 2020: 〇}", StringComparison.Ordinal);
        Assert.Equal(original[..at] + "    evaluations: {2019: ◎, 2020: △}" + original[(at + "    evaluations: {2019: ◎, 2020: 〇}".Length)..], site.PlanText);
    }

    [Fact]
    public void Different_dates_in_the_sheet_give_the_latest_and_say_so()
    {
        using var site = new EvaluationSite();
        var rows = site.ExportedCsv(2020);
        rows[1][Date] = "2021-06-15";
        rows[2][Date] = "2021年7月1日";
        rows[3][Date] = "令和3年6月30日";
        var import = site.Import(site.Csv("d.csv", rows, new UTF8Encoding(true)), 2020);

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("evaluated: 2021-07-01; the sheet gives 3 different dates (2021-06-15, 2021-06-30, 2021-07-01): the latest is used", import.Stdout);
        Assert.Contains("\nevaluated: {2020: 2021-07-01}\n", site.PlanText);
    }

    [Theory]
    [InlineData("utf8-bom")]
    [InlineData("utf8")]
    [InlineData("shift_jis")]
    public void Csv_files_in_utf8_with_or_without_bom_and_in_shift_jis_are_read_alike(string encoding)
    {
        using var site = new EvaluationSite();
        var rows = site.ExportedCsv(2021);
        for (var i = 1; i < rows.Count; i++) rows[i][Mark] = "〇";
        rows[1][Comment] = "①の地区、㈱の協力で実施";
        var enc = encoding switch
        {
            "utf8-bom" => new UTF8Encoding(true),
            "utf8" => new UTF8Encoding(false),
            _ => ShiftJis(),
        };
        var import = site.Import(site.Csv($"{encoding}.csv", rows, enc));

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("evaluations: {2019: ◎, 2020: 〇, 2021: 〇}", site.PlanText);
        Assert.Contains("evaluationComments: {2021: ①の地区、㈱の協力で実施}", site.PlanText);
    }

    internal static Encoding ShiftJis()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932);
    }

    [GeneratedRegex(", 2021: [◎〇△]}")]
    private static partial Regex Added2021();
}
