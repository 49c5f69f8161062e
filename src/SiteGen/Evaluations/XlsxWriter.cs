using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SiteGen.Evaluations;

/// <summary>
/// Writes the sheet staff fill in as an Excel workbook: a bold header row that stays in view, every cell
/// formatted as text (so Excel keeps `(1)` and `2022-06` as they are written), and a drop-down of the plan's
/// marks on the mark column, so only marks of the scale can be chosen.
/// </summary>
public static class XlsxWriter
{
    public sealed record Layout(string SheetName, IReadOnlyList<string> Headers, IReadOnlyList<double> Widths, int MarkColumn,
        IReadOnlyList<string> Marks, string MarkPrompt);

    private const uint HeaderStyle = 1, TextStyle = 2;

    public static void Write(string path, Layout layout, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();

        var data = new SheetData();
        data.Append(Row(1, layout.Headers, HeaderStyle));
        for (var i = 0; i < rows.Count; i++) data.Append(Row((uint)i + 2, rows[i], TextStyle));

        // The order of a worksheet's parts is fixed by the format: views, columns, data, then validations.
        var worksheet = new Worksheet(
            new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            }) { WorkbookViewId = 0, TabSelected = true }),
            new Columns(layout.Widths.Select((width, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true })),
            data);
        if (rows.Count > 0) worksheet.Append(MarkDropDown(layout, rows.Count));
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        sheetPart.Worksheet = worksheet;

        workbook.Workbook.AppendChild(new Sheets(new DocumentFormat.OpenXml.Spreadsheet.Sheet
        {
            Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = layout.SheetName,
        }));
    }

    private static Row Row(uint number, IReadOnlyList<string> values, uint style)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < values.Count; i++)
            row.Append(new Cell
            {
                CellReference = Sheet.ColumnName(i) + number,
                DataType = CellValues.InlineString,
                StyleIndex = style,
                InlineString = new InlineString(new Text(values[i]) { Space = SpaceProcessingModeValues.Preserve }),
            });
        return row;
    }

    /// <summary>A list validation: Excel shows the marks as a drop-down and refuses anything else, with the labels as its prompt.</summary>
    private static DataValidations MarkDropDown(Layout layout, int rows)
    {
        var column = Sheet.ColumnName(layout.MarkColumn);
        var marks = "\"" + string.Join(",", layout.Marks).Replace("\"", "\"\"") + "\"";
        var validation = new DataValidation(new Formula1(marks))
        {
            Type = DataValidationValues.List,
            AllowBlank = true,
            ShowInputMessage = true,
            ShowErrorMessage = true,
            PromptTitle = Limit("評価の記号 / mark", 32),
            Prompt = Limit(layout.MarkPrompt, 255),
            ErrorTitle = Limit("評価の記号 / mark", 32),
            Error = Limit($"この計画の評価の記号から選んでください / choose a mark of this plan's scale: {string.Join(" ", layout.Marks)}", 255),
            SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{column}2:{column}{rows + 1}" },
        };
        return new DataValidations(validation) { Count = 1 };
    }

    // Excel refuses a workbook whose prompt or title is longer than these.
    private static string Limit(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    /// <summary>Style 0 the default, 1 bold (the header), 2 text (number format 49, "@").</summary>
    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true, NumberFormatId = 49, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }, ApplyAlignment = true })
        { Count = 3 });
}
