using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Tests.Support;
using static SiteGen.Tests.Support.Expect;

namespace SiteGen.Tests.Validation;

/// <summary>
/// Mistakes that used to be built silently or blamed on something else, each reported at the line of the
/// content file that holds it: `check` and `build` exit with 1 and the previous site is left as it was.
/// Positions are computed from the written text, not copied from the program.
/// </summary>
public sealed class BadInputLocationTests
{
    private const string EncodingHint =
        "save the file as UTF-8: in Notepad (メモ帳) use 名前を付けて保存 and choose 文字コード「UTF-8」; in VS Code click the encoding in the status bar, then Save with Encoding → UTF-8";

    /// <summary>Runs `check`, then `build` over a previous site, and asserts both report exactly <paramref name="expected"/> and the site is kept.</summary>
    private static void BothReportExactly(TestSite site, IReadOnlyList<Regex> expected)
    {
        var check = site.Check();
        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.DoesNotContain("Unhandled exception", check.Stderr);
        ExactlyTheseErrors(check, expected);

        var before = Files.CreatePreviousOutput(site.OutputPath);
        var build = site.Build();
        Assert.True(build.ExitCode == 1, build.ToString());
        ExactlyTheseErrors(build, expected);
        Assert.Contains("Build failed", build.Stdout);
        Files.AssertIdentical(before, Files.Snapshot(site.OutputPath));
        Assert.Empty(Files.StrayCopies(site.OutputPath));
    }

    /// <summary>"line:column" of the first character of <paramref name="text"/> that is not ASCII, as an editor counts them.</summary>
    private static string FirstNonAscii(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].AsSpan().IndexOfAnyExceptInRange('\0', '\x7F');
            if (column >= 0) return $"{i + 1}:{column + 1}";
        }
        throw new InvalidOperationException("the text is all ASCII");
    }

    // ── A file that is not UTF-8 ───────────────────────────────────────────────────────────────

    [Fact]
    public void Files_saved_as_Shift_JIS_are_each_reported_at_their_first_Japanese_character()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var shiftJis = Encoding.GetEncoding("shift_jis");
        using var site = TestSite.Minimal();
        var plan = BadInputs.PlanWith("summary: {ja: 概要, en: Summary}");
        var area = "---\nname: {ja: 西地区, en: West district}\nlayer: district\norganisation: org\n---\n西地区です。\n";
        site.WriteBytes("content/plans/p/index.md", shiftJis.GetBytes(plan));
        site.WriteBytes("content/areas/west.md", shiftJis.GetBytes(area));
        // The first Japanese character of each file, in Shift_JIS: the byte where reading it as UTF-8 breaks.
        var planByte = shiftJis.GetBytes(plan[plan.IndexOf('試')..])[0];
        var areaByte = shiftJis.GetBytes(area[area.IndexOf('西')..])[0];

        BothReportExactly(site,
        [
            Line("content/plans/p/index.md", FirstNonAscii(plan), "encoding",
                $"the file is not valid UTF-8 (byte 0x{planByte:X2} at line {FirstNonAscii(plan).Replace(":", ", column ")}); it looks like it was saved as Shift_JIS (ANSI in Notepad)",
                EncodingHint),
            Line("content/areas/west.md", FirstNonAscii(area), "encoding",
                $"the file is not valid UTF-8 (byte 0x{areaByte:X2} at line {FirstNonAscii(area).Replace(":", ", column ")}); it looks like it was saved as Shift_JIS (ANSI in Notepad)",
                EncodingHint),
        ]);
    }

    [Fact]
    public void A_broken_byte_in_the_narrative_of_an_English_file_is_reported_at_its_line_and_column()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", BadInputs.PlanWith());
        // Windows line endings, and Japanese before the bad byte on its line: columns count characters, not bytes.
        const string lineBefore = "日本語 and ";
        site.WriteBytes("content/plans/p/index.en.md", [.. Encoding.UTF8.GetBytes("The body.\r\n\r\n" + lineBefore), 0xFF, .. Encoding.UTF8.GetBytes(" more.\r\n")]);
        var column = lineBefore.Length + 1;

        BothReportExactly(site,
        [
            Line("content/plans/p/index.en.md", $"3:{column}", "encoding", $"the file is not valid UTF-8 (byte 0xFF at line 3, column {column})", EncodingHint),
        ]);
    }

    // ── Markdown nested deeper than a page can show ───────────────────────────────────────────────

    private const string NestingMessage = "the Markdown from here on is nested too deeply: quotes (>), list levels, emphasis or links inside each other go deeper than a page can show";
    private const string NestingHint = "remove the extra > or list indentation (a quote or a list needs only a few levels), or the long run of >, *, _ or [ that was pasted by mistake";

    [Fact]
    public void Markdown_nested_too_deep_is_a_content_error_at_the_line_where_the_nesting_starts()
    {
        using var site = TestSite.Minimal();
        // Thousands of > in the Japanese narrative, a list 100 levels deep in the English one, emphasis 300 deep in an area's description.
        var plan = BadInputs.PlanWith() + "\n" + new string('>', 5000) + " 引用\n\n続きの段落\n";
        var english = "The body.\n\n- a list\n\nThe list below goes too deep.\n\n" +
            string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', i * 2) + "- item\n"));
        var area = "---\nname: {ja: 西地区, en: West district}\nlayer: district\norganisation: org\n---\n西地区です。\n\n前の文 " +
            new string('*', 300) + "強調" + new string('*', 300) + "\n";
        site.Plan("p", plan, english);
        site.Area("west", area);

        BothReportExactly(site,
        [
            Line("content/plans/p/index.md", Find(plan, ">>>"), "narrative", NestingMessage, NestingHint),
            Line("content/plans/p/index.en.md", At(english, LineOf(english, "- item"), "- item"), "narrative", NestingMessage, NestingHint),
            Line("content/areas/west.md", Find(area, "***"), "description", NestingMessage, NestingHint),
        ]);
    }

    [Fact]
    public void Markdown_nested_too_deep_in_a_district_plan_s_body_is_reported_at_the_text()
    {
        using var site = TestSite.Minimal();
        var plan = BadInputs.PlanWith(
            "districtPlans:",
            "  - id: d",
            "    area: east",
            "    title: {ja: 東地区計画, en: East district plan}",
            "    body:",
            "      ja: \"" + new string('>', 3000) + " 引用\"",
            "      en: The plan of the east district.");
        site.Plan("p", plan, "The body.\n");

        BothReportExactly(site,
        [
            Line("content/plans/p/index.md", Find(plan, "\">>>"), "districtPlans[1].body.ja",
                "the Markdown of this text is nested too deeply: quotes (>), list levels, emphasis or links inside each other go deeper than a page can show", NestingHint),
        ]);
    }

    // ── A broken link in a narrative ─────────────────────────────────────────────────────────────

    [Fact]
    public void A_broken_link_in_a_narrative_is_reported_at_its_line_and_column_in_the_content_file_with_the_page()
    {
        using var site = TestSite.Minimal();
        site.Plan("q", BadInputs.PlanWith());
        var plan = BadInputs.PlanWith() + "\n## 関連\n\n[見る](../no-such-plan/) と [ほかの計画](../q/) と\n[節](#missing-anchor)\n";
        var english = "The body.\n\nSee [a plan that is gone](/en/plans/gone/).\n";
        site.Plan("p", plan, english);
        const string pageHint = "check the slug or area id in the link; internal links start with /ja/ or /en/";
        var before = Files.CreatePreviousOutput(site.OutputPath);

        // Links are checked on the rendered pages: `build` finds them (`check` does not render).
        var build = site.Build();

        Assert.True(build.ExitCode == 1, build.ToString());
        ExactlyTheseErrors(build,
        [
            Line("content/plans/p/index.md", Find(plan, "[見る]"), "link",
                "the link `../no-such-plan/` on ja/plans/p/index.html points to ja/plans/no-such-plan/index.html, a page that does not exist", pageHint),
            Line("content/plans/p/index.md", Find(plan, "[節]"), "link",
                "the link `#missing-anchor` on ja/plans/p/index.html points to #missing-anchor, which is not on ja/plans/p/index.html", "link to a heading or item that exists"),
            Line("content/plans/p/index.en.md", Find(english, "[a plan"), "link",
                "the link `/en/plans/gone/` on en/plans/p/index.html points to en/plans/gone/index.html, a page that does not exist", pageHint),
        ]);
        Assert.Contains("Build failed", build.Stdout);
        Files.AssertIdentical(before, Files.Snapshot(site.OutputPath));
        Assert.Empty(Files.StrayCopies(site.OutputPath));
    }
}
