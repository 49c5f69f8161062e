using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SiteGen.Evaluations;

/// <summary>Reads one sheet of an Excel workbook (.xlsx) into rows of cell texts, as Excel shows their places.</summary>
public static class XlsxSheet
{
    /// <param name="sheetName">The sheet to read; null reads the first.</param>
    /// <exception cref="SheetException">Not a workbook, no such sheet, or a sheet that cannot be read.</exception>
    public static Sheet Read(string path, string? sheetName)
    {
        var name = Path.GetFileName(path);
        try
        {
            // Shared read: the workbook may still be open in Excel.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart ?? throw new SheetException($"{name} holds no workbook; save it from Excel as an Excel workbook (.xlsx)");
            var sheets = workbook.Workbook?.Sheets?.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToList() ?? [];
            if (sheets.Count == 0) throw new SheetException($"{name} has no sheets");
            var sheet = sheetName is null ? sheets[0] : sheets.FirstOrDefault(s => s.Name?.Value == sheetName)
                ?? throw new SheetException($"{name} has no sheet named {sheetName}; its sheets are: {string.Join(", ", sheets.Select(s => s.Name?.Value))}");
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
                throw new SheetException($"{name}!{sheet.Name?.Value} is not a sheet of cells (a chart sheet?); choose another with --sheet");
            var strings = SharedStrings(workbook);
            var rows = part.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>().Select((row, i) => ReadRow(row, i, strings)).ToList() ?? [];
            return new Sheet($"{name}!{sheet.Name?.Value}", rows);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or InvalidOperationException or System.Xml.XmlException or IOException or UnauthorizedAccessException)
        {
            throw new SheetException($"{name} is not an Excel workbook that can be read ({e.Message}); open it in Excel and save it as an Excel workbook (.xlsx)");
        }
    }

    private static SheetRow ReadRow(Row row, int position, IReadOnlyList<string> strings)
    {
        var cells = new List<SheetCell>();
        foreach (var cell in row.Elements<Cell>())
        {
            // A cell names its place (C7); cells left empty are simply not in the file.
            var column = cell.CellReference?.Value is { } reference ? Sheet.ColumnIndex(reference.AsSpan().TrimEnd("0123456789")) : cells.Count;
            if (column < 0) column = cells.Count;
            while (cells.Count < column) cells.Add(SheetCell.Empty);
            var value = Value(cell, strings);
            if (cells.Count == column) cells.Add(value); else cells[column] = value;
        }
        var number = row.RowIndex?.Value is { } index ? (int)index : position + 1;
        return new SheetRow(number, cells);
    }

    private static SheetCell Value(Cell cell, IReadOnlyList<string> strings)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
            return new SheetCell(int.TryParse(raw, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Count ? strings[i] : "");
        if (type == CellValues.InlineString) return new SheetCell(cell.InlineString is { } inline ? TextOf(inline) : raw);
        if (type == CellValues.String || type == CellValues.Error) return new SheetCell(raw);
        if (type == CellValues.Boolean) return new SheetCell(raw == "1" ? "TRUE" : "FALSE");
        // A number (dates are day numbers too): its text as Excel would show it without a format.
        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new SheetCell(number.ToString("0.###############", CultureInfo.InvariantCulture), number)
            : new SheetCell(raw);
    }

    private static IReadOnlyList<string> SharedStrings(WorkbookPart workbook) =>
        workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(TextOf).ToList() ?? [];

    /// <summary>
    /// The text of a string item without its furigana: Japanese Excel stores the reading of what was typed
    /// (<c>rPh</c> runs) beside the text, and InnerText would run the two together.
    /// </summary>
    private static string TextOf(OpenXmlCompositeElement item)
    {
        if (item.GetFirstChild<Text>() is { } plain) return plain.Text;
        return string.Concat(item.Elements<Run>().Select(r => r.Text?.Text ?? ""));
    }
}
