namespace SiteGen.Evaluations;

/// <summary>Which reader and writer a file's extension asks for: .xlsx or .csv, nothing else.</summary>
public static class SheetFiles
{
    public static bool IsXlsx(string path) => Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase);
    public static bool IsCsv(string path) => Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>What to say about any other extension (.xls, .ods, .numbers, none).</summary>
    public static string UnsupportedMessage(string path) =>
        $"{Path.GetFileName(path)}: only .xlsx (Excel workbook) and .csv files can be used" +
        (Path.GetExtension(path).Equals(".xls", StringComparison.OrdinalIgnoreCase)
            ? "; this is the old Excel format: open it in Excel and save it as Excel ブック (.xlsx)" : "");

    /// <exception cref="SheetException">Not found, not a supported kind, or unreadable.</exception>
    public static Sheet Read(string path, string? sheetName)
    {
        if (!File.Exists(path)) throw new SheetException($"{path} does not exist");
        if (IsXlsx(path)) return XlsxSheet.Read(path, sheetName);
        if (!IsCsv(path)) throw new SheetException(UnsupportedMessage(path));
        if (sheetName is not null) throw new SheetException($"{Path.GetFileName(path)} is a CSV file, which has no sheets; leave out --sheet");
        return CsvSheet.Read(path);
    }

    /// <exception cref="SheetException">The file cannot be read (permissions, a folder, a vanished file).</exception>
    public static byte[] ReadBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SheetException($"{path} cannot be read: {e.Message}");
        }
    }
}
