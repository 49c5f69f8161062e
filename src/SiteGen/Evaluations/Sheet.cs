namespace SiteGen.Evaluations;

/// <summary>A cell as read: its text, and its number when the workbook stores one (Excel keeps dates as day numbers).</summary>
public sealed record SheetCell(string Text, double? Number = null)
{
    public static readonly SheetCell Empty = new("");

    public bool IsBlank => Text.Trim().Length == 0;
}

/// <summary>One row: its number as the spreadsheet shows it, and for a CSV file the line it starts on (a quoted cell may hold line breaks).</summary>
public sealed record SheetRow(int Number, IReadOnlyList<SheetCell> Cells, int? Line = null)
{
    public SheetCell Cell(int column) => column >= 0 && column < Cells.Count ? Cells[column] : SheetCell.Empty;

    public bool IsBlank => Cells.All(c => c.IsBlank);
}

/// <summary>
/// The rows of one sheet and how its cells are named in messages, as staff find them in Excel:
/// `評価.xlsx!Sheet1!C7`, `評価.csv!C7`.
/// </summary>
public sealed record Sheet(string Source, IReadOnlyList<SheetRow> Rows)
{
    /// <summary>The cell's name; for a CSV row that does not start on the line of its number, the line too (for text editors).</summary>
    public string At(SheetRow row, int column) =>
        $"{Source}!{ColumnName(column)}{row.Number}" + (row.Line is { } line && line != row.Number ? $" (line {line})" : "");

    /// <summary>The row as a whole: `評価.csv!7`.</summary>
    public string At(SheetRow row) => $"{Source}!{row.Number}" + (row.Line is { } line && line != row.Number ? $" (line {line})" : "");

    /// <summary>0 → A, 25 → Z, 26 → AA: Excel's column letters.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    /// <summary>The 0-based column of a letter name (`C` → 2), or -1.</summary>
    public static int ColumnIndex(ReadOnlySpan<char> letters)
    {
        var n = 0;
        foreach (var c in letters)
        {
            if (c is < 'A' or > 'Z') return -1;
            n = n * 26 + (c - 'A' + 1);
        }
        return n - 1;
    }
}

/// <summary>A file that cannot be read as a sheet at all; the message says what to do, for council staff.</summary>
public sealed class SheetException(string message) : Exception(message);
