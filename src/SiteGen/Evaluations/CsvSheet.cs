using System.Text;
using nietras.SeparatedValues;

namespace SiteGen.Evaluations;

/// <summary>A sheet as a CSV file (RFC 4180: quoted cells may hold commas, line breaks and doubled quotes).</summary>
public static class CsvSheet
{
    /// <exception cref="SheetException">The file cannot be read or decoded.</exception>
    public static Sheet Read(string path)
    {
        var name = Path.GetFileName(path);
        var (text, _) = TextDecoding.Decode(SheetFiles.ReadBytes(path), name);
        var rows = new List<SheetRow>();
        try
        {
            using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromText(text);
            foreach (var row in reader)
            {
                var cells = new SheetCell[row.ColCount];
                for (var i = 0; i < cells.Length; i++) cells[i] = new SheetCell(row[i].ToString());
                // Sep counts the first row's line from 2 when there is no header row; it is line 1.
                rows.Add(new SheetRow(row.RowIndex + 1, cells, row.RowIndex == 0 ? 1 : row.LineNumberFrom));
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException and not SheetException)
        {
            // Sep stops at what it cannot split into cells (a quote never closed at the end of the file).
            throw new SheetException($"{name} cannot be read as CSV after row {rows.Count}: {e.Message}");
        }
        return new Sheet(name, rows);
    }

    /// <summary>
    /// Writes the rows as CSV for Excel: UTF-8 with a byte-order mark (without one Japanese Excel reads the file as
    /// Shift_JIS and shows mojibake), CRLF line ends, a cell quoted when it holds a comma, quote or line break.
    /// </summary>
    public static void Write(string path, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows) text.Append(string.Join(',', row.Select(Quote))).Append("\r\n");
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 || cell != cell.Trim() ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
}
