using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.OpenData;

/// <summary>
/// The CSV column tables of docs/open-data.md, written from the tables' declarations: each
/// `&lt;!-- columns: FILE --&gt;` … `&lt;!-- /columns --&gt;` block holds the columns of that file after the key columns.
/// </summary>
public static partial class ColumnReference
{
    public static string Table(PlanTable table)
    {
        var text = new StringBuilder("| 列 / column | 内容 | Description |\n|---|---|---|\n");
        foreach (var (name, doc) in table.Described)
            text.Append($"| `{name}` | {Cell(doc.Ja)} | {Cell(doc.En)} |\n");
        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    /// <summary><paramref name="markdown"/> with every block written anew; a block naming no table is left and named in <paramref name="unknown"/>.</summary>
    public static string Update(string markdown, List<string> unknown) =>
        Block().Replace(markdown, match =>
        {
            var name = match.Groups["file"].Value;
            if (PlanTables.All.FirstOrDefault(t => t.FileName == name) is not { } table)
            {
                unknown.Add(name);
                return match.Value;
            }
            return $"{match.Groups["open"].Value}\n{Table(table)}{match.Groups["close"].Value}";
        });

    [GeneratedRegex(@"(?<open><!-- columns: (?<file>[a-z.]+) -->)\n(?:.*\n)*?(?<close><!-- /columns -->)")]
    private static partial Regex Block();
}
