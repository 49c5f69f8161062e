using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SiteGen.Tests.Evaluations;

/// <summary>
/// Writes workbooks as Excel does, with the Open XML SDK: texts in the shared string table (with the furigana runs
/// Japanese Excel stores beside what was typed), numbers as numbers, empty cells left out.
/// </summary>
public static class XlsxFixture
{
    /// <summary>A cell that is a number (Excel's dates are day numbers).</summary>
    public sealed record NumberCell(double Value);

    /// <summary>A text stored with a furigana run (rPh), as Japanese Excel saves typed kanji.</summary>
    public sealed record PhoneticCell(string Text, string Reading);

    public static NumberCell Number(double value) => new(value);

    public static void Write(string path, string sheetName, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var strings = new SharedStringTable();
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)r + 1 };
            for (var c = 0; c < rows[r].Count; c++)
            {
                var reference = SiteGen.Evaluations.Sheet.ColumnName(c) + (r + 1);
                switch (rows[r][c])
                {
                    case null:
                        break;
                    case NumberCell number:
                        row.Append(new Cell { CellReference = reference, CellValue = new CellValue(number.Value.ToString(CultureInfo.InvariantCulture)) });
                        break;
                    case PhoneticCell phonetic:
                        strings.Append(new SharedStringItem(new Text(phonetic.Text), new PhoneticRun(new Text(phonetic.Reading)) { BaseTextStartIndex = 0, EndingBaseIndex = (uint)phonetic.Text.Length }));
                        row.Append(Shared(reference, strings));
                        break;
                    case var text:
                        strings.Append(new SharedStringItem(new Text(text.ToString()!) { Space = SpaceProcessingModeValues.Preserve }));
                        row.Append(Shared(reference, strings));
                        break;
                }
            }
            data.Append(row);
        }
        workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = strings;
        var sheet = workbook.AddNewPart<WorksheetPart>();
        sheet.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = sheetName }));
    }

    private static Cell Shared(string reference, SharedStringTable strings) =>
        new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue((strings.ChildElements.Count - 1).ToString(CultureInfo.InvariantCulture)) };
}
