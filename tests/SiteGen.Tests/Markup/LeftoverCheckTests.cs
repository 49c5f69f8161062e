using SiteGen.Diagnostics;
using SiteGen.Markup.Leftovers;
using SiteGen.Tests.Support;
using static SiteGen.Tests.Support.Expect;

namespace SiteGen.Tests.Markup;

/// <summary>What a PDF leaves in a copied text is a warning at its line: ■ decoration, picture placeholders, empty sections.</summary>
public sealed class LeftoverCheckTests
{
    private static IReadOnlyList<Diagnostic> Check(string markdown, int firstLine = 10)
    {
        var diagnostics = new DiagnosticBag();
        LeftoverCheck.Check(markdown, "content/plans/p/index.md", firstLine, "narrative", diagnostics);
        return diagnostics.Sorted();
    }

    [Fact]
    public void Decoration_and_placeholders_are_reported_where_they_are()
    {
        var found = Check("""
            ## 計画の位置づけ

            **■ 計画の関係 ■**

            - 行政計画

            ［イメージ］

            [Illustration]

            ［事業の位置づけイメージ］ は説明の見出しなので残ります。
            """);

        Assert.Equal([(12, 3, "■"), (16, 1, "placeholder"), (18, 1, "placeholder")],
            found.Select(d => (d.Location.Line, d.Location.Column, d.Message.Contains("■ … ■") ? "■" : d.Message.Contains("placeholder") ? "placeholder" : d.Message)));
        Assert.All(found, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Fact]
    public void A_heading_with_nothing_under_it_is_reported_and_one_with_subsections_is_not()
    {
        var found = Check("""
            ## 空の節

            ## 中身のある節

            ### 小見出し

            本文。

            ```
            # コードの中の見出し
            ```

            ## 最後の空の節
            """, firstLine: 1);

        Assert.Equal([(1, "空の節"), (13, "最後の空の節")],
            found.Select(d => (d.Location.Line, d.Message.Split('`')[1])));
    }

    [Fact]
    public void Check_names_the_leftover_at_its_content_line()
    {
        using var site = TestSite.Minimal();
        var text = Samples.PlanHeader + "---\n## 概要\n\n**■ 全体像 ■**\n\n- 説明\n";
        site.Plan("p", text, "## Outline\n\nText.\n");

        var result = site.Check();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.Warnings, w => w.StartsWith($"content/plans/p/index.md:{LineOf(text, "全体像")}:3: warning: narrative: ■ … ■", StringComparison.Ordinal));
    }
}
