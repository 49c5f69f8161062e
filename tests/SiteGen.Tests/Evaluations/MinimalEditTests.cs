using System.Text;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Evaluations;

/// <summary>
/// The plan file after an import is the file before with only the year's entries changed, in the file's own style:
/// flow `{…}` or block lines, quotes kept, comments and blank lines kept, CRLF and a byte-order mark kept.
/// </summary>
public sealed class MinimalEditTests
{
    private const string Before = """
        ---
        title: {ja: 試験計画, en: Test plan}   # the title
        publisher: org
        period: {start: 2022, end: 2026}
        published: 2022-03
        coverage: city
        evaluationScale:
          marks:
            - {symbol: ◎, label: {ja: 計画以上, en: beyond plan}}
            - {symbol: 〇, label: {ja: 計画どおり, en: as planned}}

        actions:
          # ── 1 ──
          - id: a
            number: "1"
            title: {ja: 見守り, en: Watching over}
            evaluations:
              2022: ◎   # good year
              2024: "〇"
            indicators:
              - id: i
                name: {ja: 件数, en: Cases}
                measures:
                  - label: {ja: 目標, en: Target}
                    targets: {2024: 10}
          - id: b
            number: "2"
            title: {ja: 居場所, en: Places}
            description: |
              一行目

              # 見出しではない行
          # ── 2 ──
          - {id: c, number: "3", title: {ja: 相談, en: Advice}, evaluations: {2024: ◎}}
          - id: d
            number: "4"
            title: {ja: 交流, en: Meeting}
            evaluations: {}

        evaluated: {2024: 2025-06}
        ---
        本文です。

        """;

    private const string After = """
        ---
        title: {ja: 試験計画, en: Test plan}   # the title
        publisher: org
        period: {start: 2022, end: 2026}
        published: 2022-03
        coverage: city
        evaluationScale:
          marks:
            - {symbol: ◎, label: {ja: 計画以上, en: beyond plan}}
            - {symbol: 〇, label: {ja: 計画どおり, en: as planned}}

        actions:
          # ── 1 ──
          - id: a
            number: "1"
            title: {ja: 見守り, en: Watching over}
            evaluations:
              2022: ◎   # good year
              2023: 〇
              2024: "〇"
            evaluationComments: {2023: 前年並み}
            indicators:
              - id: i
                name: {ja: 件数, en: Cases}
                measures:
                  - label: {ja: 目標, en: Target}
                    targets: {2024: 10}
          - id: b
            number: "2"
            title: {ja: 居場所, en: Places}
            description: |
              一行目

              # 見出しではない行
            evaluations: {2023: ◎}
            evaluationComments: {2023: {ja: "新規: 3 か所", en: "New: 3 places"}}
          # ── 2 ──
          - {id: c, number: "3", title: {ja: 相談, en: Advice}, evaluations: {2023: 〇, 2024: ◎}}
          - id: d
            number: "4"
            title: {ja: 交流, en: Meeting}
            evaluations: {2023: ◎}

        evaluated: {2023: 2024-06-30, 2024: 2025-06}
        ---
        本文です。

        """;

    private static readonly string[][] Sheet =
    [
        ["番号", "評価", "コメント", "コメント英語", "公表日"],
        ["1", "〇", "前年並み", "", "2024-06-30"],
        ["2", "◎", "新規: 3 か所", "New: 3 places", ""],
        ["3", "〇", "", "", ""],
        ["4", "◎", "", "", ""],
    ];

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Only_the_year_s_entries_change_in_the_file_s_own_style(bool crlf, bool bom)
    {
        using var site = TestSite.Minimal();
        string Lines(string text) => crlf ? text.Replace("\n", "\r\n") : text;
        byte[] Bytes(string text) => [.. bom ? Encoding.UTF8.Preamble.ToArray() : [], .. Encoding.UTF8.GetBytes(Lines(text))];
        site.WriteBytes("content/plans/p/index.md", Bytes(Before));
        site.Write("content/plans/p/index.en.md", "The body.\n");
        var csv = Path.Combine(site.Root, "s.csv");
        File.WriteAllText(csv, string.Concat(Sheet.Select(r => string.Join(',', r.Select(c => c.Contains(',') || c.Contains(':') ? $"\"{c}\"" : c)) + "\r\n")));

        var result = site.Run("import", "evaluations", "--plan", "p", "--year", "2023", csv);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Bytes(After), File.ReadAllBytes(Path.Combine(site.Root, "content/plans/p/index.md")));
        var check = site.Check();
        Assert.True(check.ExitCode == 0, check.ToString());
        // And back: the same sheet again changes nothing.
        var again = site.Run("import", "evaluations", "--plan", "p", "--year", "2023", csv);
        Assert.Contains("Nothing to change", again.Stdout);
    }
}
