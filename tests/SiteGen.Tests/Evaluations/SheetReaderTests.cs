using System.Text;
using SiteGen.Evaluations;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Evaluations;

/// <summary>The readers give the cells as Excel shows them, named as Excel names them.</summary>
public sealed class SheetReaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Csv(string name, string text, Encoding encoding)
    {
        var path = Path.Combine(_temp.Container, name);
        File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
        return path;
    }

    [Fact]
    public void Csv_quoted_cells_keep_commas_line_breaks_and_doubled_quotes_and_rows_keep_their_lines()
    {
        var path = Csv("評価.csv", "番号,評価,コメント\r\n(1),◎,\"一部, 未実施\"\r\n(2),〇,\"二行の\r\nコメント \"\"引用\"\"\"\r\n(3),△,\r\n", new UTF8Encoding(false));
        var sheet = SheetFiles.Read(path, null);

        Assert.Equal("評価.csv", sheet.Source);
        Assert.Equal(4, sheet.Rows.Count);
        Assert.Equal("一部, 未実施", sheet.Rows[1].Cell(2).Text);
        Assert.Equal("二行の\r\nコメント \"引用\"", sheet.Rows[2].Cell(2).Text);
        Assert.Equal("評価.csv!B4 (line 5)", sheet.At(sheet.Rows[3], 1));
        Assert.Equal("評価.csv!C2", sheet.At(sheet.Rows[1], 2));
    }

    [Fact]
    public void Csv_in_shift_jis_and_with_a_bom_read_the_same_text()
    {
        const string text = "番号,評価,コメント\r\n①,◎,㈱と連携～髙橋さん\r\n";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        foreach (var encoding in new Encoding[] { new UTF8Encoding(true), new UTF8Encoding(false), Encoding.GetEncoding(932) })
        {
            var sheet = SheetFiles.Read(Csv($"{encoding.WebName}.csv", text, encoding), null);
            Assert.Equal("番号", sheet.Rows[0].Cell(0).Text);
            Assert.Equal("㈱と連携～髙橋さん", sheet.Rows[1].Cell(2).Text);
        }
    }

    [Fact]
    public void Xlsx_cells_are_read_by_their_place_without_furigana_and_with_numbers()
    {
        var path = Path.Combine(_temp.Container, "評価.xlsx");
        XlsxFixture.Write(path, "令和3年度", [
            ["番号", "評価", null, "日付"],
            [XlsxFixture.Number(-1), new XlsxFixture.PhoneticCell("地域", "チイキ"), null, XlsxFixture.Number(44742)],
        ]);
        var sheet = SheetFiles.Read(path, null);

        Assert.Equal("評価.xlsx!令和3年度", sheet.Source);
        Assert.Equal("地域", sheet.Rows[1].Cell(1).Text);
        Assert.True(sheet.Rows[1].Cell(2).IsBlank);
        Assert.Equal(-1, sheet.Rows[1].Cell(0).Number);
        Assert.Equal("2022-06-30", SheetDates.Parse(sheet.Rows[1].Cell(3))!.Iso);
        Assert.Equal("評価.xlsx!令和3年度!D2", sheet.At(sheet.Rows[1], 3));
    }

    [Theory]
    [InlineData("2022-06-30", "2022-06-30")]
    [InlineData("2022-06", "2022-06")]
    [InlineData("2022/6/3", "2022-06-03")]
    [InlineData("２０２２／６／３０", "2022-06-30")]
    [InlineData("2022年6月", "2022-06")]
    [InlineData("令和4年6月30日", "2022-06-30")]
    [InlineData("R4.6.30", "2022-06-30")]
    [InlineData("令和元年7月", "2019-07")]
    [InlineData("2022", "2022")]
    [InlineData("2022-02-30", null)]
    [InlineData("来年", null)]
    [InlineData("6/30", null)]
    public void Dates_are_read_as_staff_write_them(string text, string? iso) =>
        Assert.Equal(iso, SheetDates.Parse(new SheetCell(text))?.Iso);

    [Fact]
    public void Column_names_are_excel_s() =>
        Assert.Equal(["A", "Z", "AA", "AZ", "BA"], new[] { 0, 25, 26, 51, 52 }.Select(Sheet.ColumnName));

    [Theory]
    [InlineData("評価 (mark)", EvaluationColumn.Mark)]
    [InlineData("評価", EvaluationColumn.Mark)]
    [InlineData("ＭＡＲＫ", EvaluationColumn.Mark)]
    [InlineData("番号（No.）", EvaluationColumn.Number)]
    [InlineData("コメント英語 (comment in English)", EvaluationColumn.Translation, "en")]
    [InlineData("コメント（英語）", EvaluationColumn.Translation, "en")]
    [InlineData("Comment in English", EvaluationColumn.Translation, "en")]
    [InlineData("コメント (comment)", EvaluationColumn.Comment)]
    [InlineData("公表日 (date published)", EvaluationColumn.Date)]
    [InlineData("ID", EvaluationColumn.Id)]
    public void Headers_are_recognised_in_either_language(string header, EvaluationColumn column, string? code = null) =>
        Assert.Equal(new SheetColumn(column, code), new EvaluationColumns(SiteGen.I18n.SiteLanguages.Default).Recognise(header));

    [Fact]
    public void Look_alike_marks_suggest_the_scale_s_own()
    {
        string[] scale = ["◎", "〇", "△"];
        Assert.Equal(["〇"], MarkLookAlikes.Suggest("◯", scale));
        Assert.Equal(["〇"], MarkLookAlikes.Suggest("O", scale));
        Assert.Equal(["△"], MarkLookAlikes.Suggest("▲", scale));
        Assert.Empty(MarkLookAlikes.Suggest("★", scale));
        Assert.Equal(["A"], MarkLookAlikes.Suggest("Ａ", ["S", "A", "B"]));
        Assert.Equal(["A"], MarkLookAlikes.Suggest("a", ["S", "A", "B"]));
        Assert.Equal("◯ (U+25EF)", MarkLookAlikes.Describe("◯"));
    }
}
