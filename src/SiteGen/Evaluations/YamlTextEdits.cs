using System.Globalization;
using System.Text;
using SiteGen.Content.Yaml;
using SiteGen.Model;

namespace SiteGen.Evaluations;

/// <summary>
/// Edits to a front matter's text made in place, for entries of by-year mappings (`evaluations: {2019: ◎}`):
/// a value replaced, an entry added in year order in the mapping's own style (flow `{…}` or block lines), a field
/// added at its place in the declared order, an entry removed. Nothing else of the text changes: comments, quotes,
/// order and line ends stay as they were.
/// </summary>
public sealed class YamlTextEdits(FrontMatterText file)
{
    private readonly List<(int Start, int End, string Text)> _edits = [];

    /// <summary>Sets <paramref name="field"/>`.`<paramref name="year"/> of <paramref name="owner"/> to the YAML <paramref name="value"/>.</summary>
    /// <param name="order">The owner's fields in their declared order: where a new field goes.</param>
    public void Set(YamlMappingNode owner, string field, int year, string value, IReadOnlyList<string> order)
    {
        var key = owner.KeyNamed(field);
        var entry = $"{Year(year)}: {value}";
        switch (key is null ? null : owner.ValueOf(field))
        {
            case null when key is null:
                AddField(owner, field, "{" + entry + "}", order);
                break;
            case YamlScalarNode { IsNull: true } empty:
                Replace(file.AfterColon(key!), EndOfValue(owner, key!, empty), " {" + entry + "}");
                break;
            case YamlMappingNode map:
                SetInMap(owner, map, year, value);
                break;
            default:
                throw new EditException($"line {key!.Line}: `{field}` is not a group of years such as `{field}: {{{entry}}}`");
        }
    }

    /// <summary>Removes <paramref name="field"/>`.`<paramref name="year"/>, and the field when it was its only entry.</summary>
    public void Remove(YamlMappingNode owner, string field, int year)
    {
        if (owner.KeyNamed(field) is not { } key || owner.ValueOf(field) is not YamlMappingNode map) return;
        var entries = Entries(map);
        var at = entries.FindIndex(e => e.Year == year);
        if (at < 0) return;
        if (entries.Count == 1)
        {
            if (file.IsFlow(owner)) throw new EditException($"line {key.Line}: remove `{field}` by hand (its group is written on one line)");
            RemoveLines(key, EndOfValue(owner, key, map));
            return;
        }
        var (entryKey, entryValue, _) = entries[at];
        if (file.IsFlow(map))
        {
            if (at > 0) Replace(file.NodeEnd(entries[at - 1].Value, 0, inFlow: true), file.NodeEnd(entryValue, 0, inFlow: true), "");
            else Replace(file.Offset(entryKey), file.Offset(entries[1].Key), "");
        }
        else RemoveLines(entryKey, file.NodeEnd(entryValue, map.Column - 1, inFlow: false));
    }

    /// <summary>The text with every edit made; edits at the same place keep the order they were asked for.</summary>
    public string Apply()
    {
        var ordered = _edits.Select((e, i) => (e, i)).OrderBy(x => x.e.Start).ThenBy(x => x.i).Select(x => x.e).ToList();
        var text = new StringBuilder(file.Text.Length + 256);
        var at = 0;
        foreach (var (start, end, insert) in ordered)
        {
            if (start < at) throw new EditException("two edits overlap");
            text.Append(file.Text, at, start - at).Append(insert);
            at = end;
        }
        return text.Append(file.Text, at, file.Text.Length - at).ToString();
    }

    public bool IsEmpty => _edits.Count == 0;

    private void SetInMap(YamlMappingNode owner, YamlMappingNode map, int year, string value)
    {
        var entries = Entries(map);
        var entry = $"{Year(year)}: {value}";
        if (entries.FirstOrDefault(e => e.Year == year) is { Key: not null } existing)
        {
            var inFlow = file.IsFlow(map);
            // A quoted mark stays quoted: the file keeps its own style.
            var keepQuotes = existing.Value is YamlScalarNode { IsPlain: false } && !value.StartsWith('"') && !value.StartsWith('{');
            Replace(file.AfterColon(existing.Key), file.NodeEnd(existing.Value, map.Column - 1, inFlow), " " + (keepQuotes ? YamlScalar.Quoted(value) : value));
            return;
        }
        var before = entries.LastOrDefault(e => e.Year < year);
        var after = entries.FirstOrDefault(e => e.Year > year);
        if (file.IsFlow(map))
        {
            if (before.Key is not null) Insert(file.NodeEnd(before.Value, 0, inFlow: true), ", " + entry);
            else if (after.Key is not null) Insert(file.Offset(after.Key), entry + ", ");
            else Insert(file.Offset(map) + 1, entry);
            return;
        }
        var indent = new string(' ', map.Column - 1);
        if (after.Key is not null && before.Key is null && file.LineStart(after.Key.Line) + map.Column - 1 == file.Offset(after.Key))
            Insert(file.LineStart(after.Key.Line), indent + entry + file.NewLine);
        else if (before.Key is not null)
            Insert(file.LineEnd(file.NodeEnd(before.Value, map.Column - 1, inFlow: false)), file.NewLine + indent + entry);
        else
            throw new EditException($"line {map.Line}: cannot tell where to add {year} in this group");
    }

    /// <summary>A new field: after the last field present that is declared before it, at that field's indentation.</summary>
    private void AddField(YamlMappingNode owner, string field, string value, IReadOnlyList<string> order)
    {
        if (file.IsFlow(owner))
        {
            var close = file.NodeEnd(owner, 0, inFlow: true) - 1;
            while (close > 0 && file.Text[close - 1] is ' ') close--;
            Insert(close, (owner.Children.Count > 0 ? ", " : "") + $"{field}: {value}");
            return;
        }
        // The field declared nearest before it (`evaluations` for `evaluationComments`), wherever the file has put it.
        var declared = order.TakeWhile(f => f != field).ToList();
        var previous = owner.Children.Select(p => p.Key).OfType<YamlScalarNode>().Where(k => declared.Contains(k.Value)).MaxBy(k => declared.IndexOf(k.Value))
            ?? owner.Children.Last().Key as YamlScalarNode
            ?? throw new EditException($"line {owner.Line}: cannot tell where to add `{field}`");
        var end = file.LineEnd(EndOfValue(owner, previous, owner.ValueOf(previous.Value)!));
        Insert(end, file.NewLine + new string(' ', owner.Column - 1) + $"{field}: {value}");
    }

    private int EndOfValue(YamlMappingNode owner, YamlScalarNode key, YamlNode value) =>
        value is YamlScalarNode { IsNull: true, Value: "" }
            ? file.AfterColon(key)
            : file.NodeEnd(value, owner.Column - 1, inFlow: file.IsFlow(owner));

    /// <summary>Removes the lines from the key's to the one <paramref name="end"/> is on; the key must start its line.</summary>
    private void RemoveLines(YamlScalarNode key, int end)
    {
        var start = file.LineStart(key.Line);
        if (file.Text.AsSpan(start, file.Offset(key) - start).Trim(' ').Length > 0)
            throw new EditException($"line {key.Line}: `{key.Value}` shares its line with another field; remove it by hand");
        var lineEnd = file.LineEnd(end);
        var next = lineEnd < file.Text.Length ? file.Text.IndexOf('\n', lineEnd) + 1 : lineEnd;
        Replace(start, next, "");
    }

    private static List<(YamlScalarNode Key, YamlNode Value, int Year)> Entries(YamlMappingNode map) =>
        map.Children.Select(p => (Key: (YamlScalarNode)p.Key, p.Value, Year: int.TryParse(((YamlScalarNode)p.Key).Value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : -1)).ToList();

    private void Insert(int at, string text) => _edits.Add((at, at, text));
    private void Replace(int start, int end, string text) => _edits.Add((start, end, text));

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}

/// <summary>How a value is written into YAML: plain when it reads back as the same text, else double-quoted.</summary>
public static class YamlScalar
{
    public static string Of(string value) => IsSafePlain(value) ? value : Quoted(value);

    /// <summary>YAML's double-quoted form (the escapes JSON uses).</summary>
    public static string Quoted(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                < ' ' or '\u007F' => $"\\x{(int)c:X2}",
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }

    /// <summary>`{ja: …, en: …, vi: …}`, or the Japanese alone (a plain text is Japanese) when there is no translation.</summary>
    public static string Text(LocalizedText text) =>
        text.Translations.Count == 0 ? Of(text.Ja)
            : $"{{ja: {Of(text.Ja)}, {string.Join(", ", text.Translations.Select(t => $"{t.Key}: {Of(t.Value)}"))}}}";

    // Conservative: anything YAML could read as another type, an indicator, a comment or a flow separator is quoted.
    private static bool IsSafePlain(string value) =>
        value.Length > 0 && value == value.Trim() &&
        "-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0]) < 0 &&
        value.AsSpan().IndexOfAny(",[]{}#\n\r\t\\\"") < 0 &&
        !value.Contains(": ", StringComparison.Ordinal) && !value.EndsWith(':') &&
        !IsReserved(value) && !value.Any(char.IsControl);

    // Numbers need no quotes: marks (5 to 1), texts and dates are all read as text by the binder.
    private static bool IsReserved(string value) =>
        value.ToLowerInvariant() is "~" or "null" or "true" or "false" or "yes" or "no" or "on" or "off" or "y" or "n";
}
