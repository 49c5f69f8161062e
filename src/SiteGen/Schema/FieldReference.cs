using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Schema;

/// <summary>
/// The field reference in the docs, written from the declaration: each `&lt;!-- fields: SHAPE ja|en --&gt;` …
/// `&lt;!-- /fields --&gt;` block of a Markdown file holds the table of that shape's fields in that language.
/// </summary>
public static partial class FieldReference
{
    public static string Table(Shape shape, bool japanese)
    {
        var text = new StringBuilder();
        text.Append(japanese ? "| フィールド | 必須 | 種類 | 内容 |\n" : "| Field | Required | Type | What it is |\n");
        text.Append("|---|---|---|---|\n");
        foreach (var field in shape.Fields)
        {
            var required = !field.MustBeWritten ? "" : field.ItemType is not null
                ? japanese ? "必須（1 つ以上）" : "required (at least one)"
                : japanese ? "必須" : "required";
            text.Append($"| `{field.Key}` | {required} | {Cell(TypeName(field, japanese))} | {Cell(Meaning(field, japanese))} |\n");
        }
        return text.ToString();
    }

    private static string TypeName(Field field, bool japanese)
    {
        if (field.Type.Shape is { } shape)
        {
            var title = shape.Title.In(japanese);
            var table = japanese ? $"下の「{title}」" : $"see “{title}” below";
            return field.ItemType is null ? table : japanese ? $"リスト（{table}）" : $"list ({table})";
        }
        return field.Type.Name.In(japanese);
    }

    private static string Meaning(Field field, bool japanese)
    {
        var meaning = field.Doc.In(japanese);
        if (field.Type.Vocabulary is not { } words) return meaning;
        var list = japanese
            ? string.Join("、", words.Entries.Select(e => $"`{e.Word}`（{e.Doc.Ja}）"))
            : string.Join(", ", words.Entries.Select(e => $"`{e.Word}` ({e.Doc.En})"));
        return japanese ? $"{meaning}：{list}" : $"{meaning}: {list}";
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>
    /// <paramref name="markdown"/> with every block's table written anew. A block naming a shape that does not
    /// exist is left as it is and named in <paramref name="unknown"/>.
    /// </summary>
    public static string Update(string markdown, IReadOnlyDictionary<string, Shape> shapes, List<string> unknown) =>
        Block().Replace(markdown, match =>
        {
            var name = match.Groups["shape"].Value;
            if (!shapes.TryGetValue(name, out var shape))
            {
                unknown.Add(name);
                return match.Value;
            }
            var japanese = match.Groups["lang"].Value == "ja";
            return $"{match.Groups["open"].Value}\n{Table(shape, japanese)}{match.Groups["close"].Value}";
        });

    [GeneratedRegex(@"(?<open><!-- fields: (?<shape>[A-Za-z]+) (?<lang>ja|en) -->)\n(?:.*\n)*?(?<close><!-- /fields -->)")]
    private static partial Regex Block();
}
