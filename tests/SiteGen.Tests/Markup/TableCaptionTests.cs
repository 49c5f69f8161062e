using AngleSharp.Html.Parser;
using Markdig;
using SiteGen.Diagnostics;
using SiteGen.Markup;
using SiteGen.Markup.TableCaptions;
using SiteGen.Markup.TableCaptions.Check;
using SiteGen.Publish;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markup;

/// <summary>
/// Markdown tables get their caption from a line starting with 表： / 表: / Table: right above them; a
/// table without one is a warning at its line when the content is read (`check`), because the site's
/// accessibility audit lists every table without a caption on the about page.
/// </summary>
public sealed class TableCaptionTests
{
    private const string Table = "| 年代 | 割合 |\n|---|---:|\n| 65歳以上 | 25.7% |\n";

    private static string Render(string markdown) =>
        new MarkdownRenderer("/").Render(markdown, "", 0, new HashSet<string>(StringComparer.Ordinal));

    private static AngleSharp.Dom.IElement Body(string html) => new HtmlParser().ParseDocument("<body>" + html).Body!;

    [Theory]
    [InlineData("表：地区の人口割合\n")]
    [InlineData("表: 地区の人口割合\n")]
    [InlineData("表：地区の人口割合\n\n")]
    [InlineData("Table: 地区の人口割合\n")]
    [InlineData("table:地区の人口割合\n")]
    public void The_line_above_a_table_becomes_its_caption_and_leaves_the_text(string captionLine)
    {
        var body = Body(Render("前の段落です。\n\n" + captionLine + Table));

        var table = Assert.Single(body.QuerySelectorAll("table"));
        var caption = table.FirstElementChild;
        Assert.Equal("CAPTION", caption?.TagName);
        Assert.Equal("地区の人口割合", caption!.TextContent);
        // The caption line is no longer a paragraph of its own; the paragraph before it is untouched.
        Assert.Equal(["前の段落です。"], body.QuerySelectorAll("p").Select(p => p.TextContent));
        // The rest of the table is what Markdig writes: header cells with their scope, alignment kept.
        Assert.Equal(["年代", "割合"], table.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent));
        Assert.Equal("text-align: right;", table.QuerySelector("tbody td:last-child")?.GetAttribute("style"));
    }

    [Fact]
    public void A_caption_keeps_its_inline_markup_and_escapes_html()
    {
        var caption = Body(Render("表：{人口|じんこう}の**割合** <script>alert(1)</script>\n" + Table)).QuerySelector("caption")!;

        Assert.Equal("じんこう", caption.QuerySelector("ruby rt")?.TextContent);
        Assert.Equal("割合", caption.QuerySelector("strong")?.TextContent);
        Assert.Empty(caption.QuerySelectorAll("script"));
        Assert.Contains("<script>alert(1)</script>", caption.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("表：\n")]                       // nothing after the prefix
    [InlineData("図：地区の人口割合\n")]          // another prefix
    [InlineData("この表：地区の人口割合\n")]      // not at the start
    public void Other_lines_above_a_table_stay_paragraphs(string line)
    {
        var body = Body(Render(line + Table));

        Assert.Empty(body.QuerySelectorAll("caption"));
        Assert.Equal(line.Trim(), Assert.Single(body.QuerySelectorAll("p")).TextContent);
    }

    [Fact]
    public void As_plain_text_the_caption_is_a_line_above_the_table_without_tags()
    {
        var builder = new MarkdownPipelineBuilder().UsePipeTables();
        builder.Extensions.Add(new TableCaptionExtension());

        var text = Markdig.Markdown.ToPlainText("表：地区の人口割合\n" + Table, builder.Build());

        Assert.StartsWith("地区の人口割合\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.Contains("65歳以上", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_caption_line_without_a_table_below_is_an_ordinary_paragraph()
    {
        Assert.Equal("<p>表：地区の人口割合</p>", Render("表：地区の人口割合\n\n次の段落です。\n").Split('\n')[0]);
    }

    [Fact]
    public void The_audit_finds_no_problem_in_a_captioned_table_and_one_in_a_table_without()
    {
        static IReadOnlyList<string> Problems(string markdown) =>
            PageScanner.Scan("p.html", $"<html lang=\"ja\"><body><h1>t</h1>{Render(markdown)}</body></html>").Problems;

        Assert.Empty(Problems("表：地区の人口割合\n" + Table));
        Assert.Equal(["p.html: table-caption: a table has no caption"], Problems(Table));
    }

    [Fact]
    public void Each_table_without_a_caption_is_a_warning_at_its_line_and_column()
    {
        const string text = "## 人口\n\n" + Table + "\n表：世帯数\n" + Table + "\n- 箇条書きの中の表：\n\n  " + "| a | b |\n  |---|---|\n  | 1 | 2 |\n";
        var diagnostics = new DiagnosticBag();

        TableCaptionCheck.Check(text, "content/plans/p/index.md", 10, "narrative", diagnostics);

        // Line 10 holds the text's first line: the first table is on its third line, the list's table on its 14th, indented.
        Assert.Equal(["content/plans/p/index.md:12:1", "content/plans/p/index.md:23:3"],
            diagnostics.Warnings.Select(w => w.Location.ToString()));
        Assert.All(diagnostics.Warnings, w => Assert.Equal("narrative", w.Field));
    }

    [Fact]
    public void Captioned_tables_are_not_warned_about_however_the_caption_is_written()
    {
        // A caption of two lines, a blank line between caption and table, an ASCII colon, a table without outer pipes.
        const string text = "表：地区の人口\n（令和5年）\n" + Table + "\n表: 世帯数\n\n" + Table + "\nTable: Households\n\na | b\n--- | ---\n1 | 2\n";
        var diagnostics = new DiagnosticBag();

        TableCaptionCheck.Check(text, "f.md", 1, "narrative", diagnostics);

        Assert.Empty(diagnostics.Warnings);
        Assert.Equal(3, Body(Render(text)).QuerySelectorAll("table > caption:first-child").Length);
    }

    [Fact]
    public void A_text_without_tables_is_not_warned_about()
    {
        var diagnostics = new DiagnosticBag();
        TableCaptionCheck.Check("段落 | 縦棒のある文 - ダッシュも。\n", "f.md", 1, "narrative", diagnostics);
        TableCaptionCheck.Check(null, "f.md", 1, "narrative", diagnostics);
        Assert.Empty(diagnostics.Warnings);
    }
}
