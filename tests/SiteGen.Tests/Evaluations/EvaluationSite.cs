using System.Text;
using nietras.SeparatedValues;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Evaluations;

/// <summary>
/// A temporary site holding a copy of the repository's content (the seed plan kashiwa-4th-midterm among them),
/// for running `import evaluations` and `export evaluations` on a real plan without touching the repository.
/// </summary>
public sealed class EvaluationSite : IDisposable
{
    public const string Slug = "kashiwa-4th-midterm";
    private readonly TestSite _site;

    public EvaluationSite(string config = """{ "title": { "ja": "地域福祉計画ポータル", "en": "Community Welfare Plans" } }""")
    {
        _site = TestSite.Empty(config);
        Files.CopyFolder(Repository.Content, Path.Combine(_site.Root, "content"));
    }

    public string Root => _site.Root;
    public string PlanPath => Path.Combine(Root, "content", "plans", Slug, "index.md");
    public string PlanText => File.ReadAllText(PlanPath);
    public byte[] PlanBytes => File.ReadAllBytes(PlanPath);
    public TestSite Site => _site;

    /// <summary>A path in the site folder for a sheet.</summary>
    public string File_(string name) => Path.Combine(Root, name);

    public CliResult Import(string file, int year = 2021, params string[] more) =>
        TestCli.Run(["import", "evaluations", "--config", _site.ConfigPath, "--plan", Slug, "--year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), .. more, file]);

    public CliResult Export(string file, int year = 2021, params string[] more) =>
        TestCli.Run(["export", "evaluations", "--config", _site.ConfigPath, "--plan", Slug, "--year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), .. more, file]);

    /// <summary>Writes a CSV file from rows, in the given encoding (with a BOM when the encoding emits one).</summary>
    public string Csv(string name, IEnumerable<string[]> rows, Encoding encoding)
    {
        var text = string.Concat(rows.Select(r => string.Join(',', r.Select(Quote)) + "\r\n"));
        var path = File_(name);
        File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
        return path;
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;

    /// <summary>The rows of the sheet `export` writes as CSV, header first.</summary>
    public List<string[]> ExportedCsv(int year)
    {
        var path = File_($"export-{year}.csv");
        var result = Export(path, year);
        Assert.True(result.ExitCode == 0, result.ToString());
        return ReadCsv(path);
    }

    public static List<string[]> ReadCsv(string path)
    {
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true }).FromFile(path);
        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = row[i].ToString();
            if (rows.Count == 0 && cells.Length > 0) cells[0] = cells[0].TrimStart('\uFEFF');
            rows.Add(cells);
        }
        return rows;
    }

    public void Dispose() => _site.Dispose();
}
