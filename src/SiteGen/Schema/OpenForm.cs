using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SiteGen.I18n;
using SiteGen.Model;

namespace SiteGen.Schema;

/// <summary>
/// How the values of a field type appear in the open data (docs/open-data.md): a JSON value, the JSON Schema of
/// that value, and the CSV cells of a table row. Declared with the type, so a new field of a known type reaches
/// plan.json, the CSV tables and the open-data schema with no other edit.
/// </summary>
/// <param name="Json">Writes a value that is there (null is written by the caller).</param>
/// <param name="Schema">The JSON Schema of a value that is there.</param>
/// <param name="Csv">The cells in a table row; null when the value has no place in a flat row (a list of objects,
/// values by year): those are in the JSON, or in a table of their own.</param>
public sealed record OpenForm<T>(Action<Utf8JsonWriter, T> Json, Func<JsonSchemaBuilder, JsonNode> Schema, CsvCells<T>? Csv);

/// <summary>
/// The columns a value fills: each column's name after the field's (`_ja`, `_en`, or "" for one column), what each
/// holds of the value, said after the field's meaning in the docs (`（日本語）`; none for one column), and their cells.
/// </summary>
public sealed record CsvCells<T>(IReadOnlyList<string> Suffixes, Action<T, List<string?>> Write, IReadOnlyList<Doc>? Parts = null)
{
    public IReadOnlyList<Doc> Parts { get; } = Parts ?? [.. Suffixes.Select(_ => new Doc("", ""))];
}

/// <summary>The open forms of the value types every content shape uses.</summary>
public static class OpenForms
{
    private static readonly string[] One = [""];
    private static readonly PerLanguage<string> ByLanguage = new([], l => "_" + l.Code);
    private static readonly PerLanguage<Doc> InLanguage = new([], InLanguageDoc);
    private static readonly PerLanguage<Doc> ValueParts = new([new("（数値のとき）", " (when a number)")], l => new Doc("（文字のとき）" + InLanguageDoc(l).Ja, " (when a text)" + InLanguageDoc(l).En));
    private static readonly PerLanguage<string> ValueColumns = new(["_number"], l => "_text_" + l.Code);

    private static Doc InLanguageDoc(Language language) => language.Code switch
    {
        "ja" => new Doc("（日本語）", " (in Japanese)"),
        "en" => new Doc("（英語）", " (in English)"),
        _ => new Doc($"（{language.Name}）", $" (in {language.Name})"),
    };

    public static readonly OpenForm<string> String = Scalar<string>(
        (w, s) => w.WriteStringValue(s), _ => new JsonObject { ["type"] = "string" }, s => s);

    public static readonly OpenForm<string> Id = Scalar<string>(
        (w, s) => w.WriteStringValue(s), _ => new JsonObject { ["type"] = "string", ["pattern"] = "^[a-z0-9][a-z0-9-]{0,79}$" }, s => s);

    public static readonly OpenForm<int?> Integer = Scalar<int?>(
        (w, n) => w.WriteNumberValue(n!.Value), _ => new JsonObject { ["type"] = "integer" }, n => n?.ToString(CultureInfo.InvariantCulture));

    public static readonly OpenForm<FiscalYear?> Year = Scalar<FiscalYear?>(
        (w, y) => w.WriteNumberValue(y!.Value.Year), _ => new JsonObject { ["type"] = "integer", ["description"] = "A Western fiscal year: 2022 is 令和4年度, April 2022 to March 2023." },
        y => y?.Year.ToString(CultureInfo.InvariantCulture));

    public static readonly OpenForm<PartialDate> Date = Scalar<PartialDate>(
        (w, d) => w.WriteStringValue(d.Iso),
        _ => new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", ["description"] = "ISO 8601 with the parts the source gives: 2022, 2022-03 or 2022-03-31." },
        d => d.Iso);

    /// <summary>{"ja": …, "en": …} with every language of the site; a missing translation is null.</summary>
    public static readonly OpenForm<LocalizedText> Text = new(
        (w, t) => WriteText(w, t),
        _ => TextSchema(),
        new CsvCells<LocalizedText>(ByLanguage, (t, cells) =>
        {
            foreach (var language in Languages.All) cells.Add(t?.Exact(language) is { Length: > 0 } s ? s : null);
        }, InLanguage));

    /// <summary>A number as a JSON number (1150, 24.3), a text as {"ja": …, "en": …}; in a table, the number and the texts in columns of their own.</summary>
    public static readonly OpenForm<Value> Value = new(
        (w, v) =>
        {
            if (v.Number is { } number) w.WriteNumberValue(number);
            else WriteText(w, TextOf(v)!);
        },
        schemas => new JsonObject { ["oneOf"] = new JsonArray(new JsonObject { ["type"] = "number" }, schemas.Reference("text", TextSchema)) },
        new CsvCells<Value>(ValueColumns, (v, cells) =>
        {
            cells.Add(v?.Number is { } n ? n.ToString(CultureInfo.InvariantCulture) : null);
            var text = v is null || v.IsNumber ? null : TextOf(v);
            foreach (var language in Languages.All) cells.Add(text?.Exact(language) is { Length: > 0 } s ? s : null);
        }, ValueParts));

    /// <summary>The text of a value that is not a number, in each language it has.</summary>
    public static LocalizedText? TextOf(Value value) =>
        value.Text ?? new LocalizedText(value.NumberText ?? "", null);

    public static OpenForm<T?> Word<T>(Vocabulary<T> vocabulary) where T : struct, Enum => Scalar<T?>(
        (w, v) => w.WriteStringValue(vocabulary.WordOf(v!.Value)),
        _ => new JsonObject { ["enum"] = new JsonArray([.. vocabulary.Words.Select(word => (JsonNode)word)]) },
        v => v is { } value ? vocabulary.WordOf(value) : null);

    /// <summary>A JSON array; in a table, one cell of the items joined by `;` when the items are single words or ids.</summary>
    public static OpenForm<IReadOnlyList<T>> List<T>(FieldType<T> item) => new(
        (w, items) =>
        {
            w.WriteStartArray();
            foreach (var value in items) item.WriteOpen(w, value);
            w.WriteEndArray();
        },
        schemas => new JsonObject { ["type"] = "array", ["items"] = item.OpenSchema(schemas) },
        item.OpenColumns is [""]
            ? new CsvCells<IReadOnlyList<T>>(One, (items, cells) =>
            {
                var parts = new List<string?>();
                foreach (var value in items ?? []) item.OpenCells(value, parts);
                cells.Add(parts.Count == 0 ? null : string.Join(';', parts));
            })
            : null);

    /// <summary>[{"fiscalYear": 2022, "value": …}, …], oldest first: the same shape for every by-year field.</summary>
    public static OpenForm<YearMap<T>> ByYear<T>(FieldType<T> value) => new(
        (w, map) =>
        {
            w.WriteStartArray();
            foreach (var (year, item) in map.OrderBy(p => p.Key.Year))
            {
                w.WriteStartObject();
                w.WriteNumber("fiscalYear", year.Year);
                w.WritePropertyName("value");
                value.WriteOpen(w, item);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        },
        schemas => new JsonObject
        {
            ["type"] = "array",
            ["items"] = Record(null, ("fiscalYear", Year.Schema(schemas)), ("value", value.OpenSchema(schemas))),
        },
        null);

    /// <summary>The value, or the string "unknown" where the source says it does not give one.</summary>
    public static OpenForm<Stated<T>> OrUnknown<T>(FieldType<T> type) where T : class => new(
        (w, stated) =>
        {
            if (stated.Value is null) w.WriteStringValue("unknown");
            else type.WriteOpen(w, stated.Value);
        },
        schemas => new JsonObject { ["anyOf"] = new JsonArray(type.OpenSchema(schemas), new JsonObject { ["const"] = "unknown" }) },
        type.OpenColumns is { } suffixes
            ? new CsvCells<Stated<T>>(suffixes, (stated, cells) =>
            {
                // An unknown value is an empty cell: the JSON says "unknown".
                type.OpenCells(stated?.Value, cells);
            }, type.OpenColumnParts)
            : null);

    /// <summary>
    /// The schema of a JSON object the open data always writes whole: every property required (null where it may be),
    /// no other property.
    /// </summary>
    public static JsonObject Record(string? description, params (string Name, JsonNode Schema)[] properties)
    {
        var record = new JsonObject { ["type"] = "object" };
        if (description is not null) record["description"] = description;
        record["required"] = new JsonArray([.. properties.Select(p => (JsonNode)p.Name)]);
        record["additionalProperties"] = false;
        var schemas = new JsonObject();
        foreach (var (name, schema) in properties) schemas[name] = schema;
        record["properties"] = schemas;
        return record;
    }

    /// <summary>A value, or null where the plan does not give one.</summary>
    public static JsonObject OrNull(JsonNode schema) => new() { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };

    /// <summary>A value written as one string (a reference to an object by its id, a code).</summary>
    public static OpenForm<T> Scalar<T>(Action<Utf8JsonWriter, T> json, Func<JsonSchemaBuilder, JsonNode> schema, Func<T, string?> cell) =>
        new(json, schema, new CsvCells<T>(One, (value, cells) => cells.Add(value is null ? null : cell(value))));

    public static void WriteText(Utf8JsonWriter w, LocalizedText text)
    {
        w.WriteStartObject();
        foreach (var language in Languages.All)
        {
            if (text.Exact(language) is { Length: > 0 } value) w.WriteString(language.Code, value);
            else w.WriteNull(language.Code);
        }
        w.WriteEndObject();
    }

    private static JsonObject TextSchema() =>
        Record("A text in each language of the site; null where it is not translated. Japanese is the language of record.",
            [.. Languages.All.Select(l => (l.Code, (JsonNode)(l == Language.Ja
                ? new JsonObject { ["type"] = "string", ["minLength"] = 1 }
                : new JsonObject { ["type"] = new JsonArray("string", "null") })))]);
}

/// <summary>
/// A list with some fixed items and then one per language of the build in progress (<see cref="Languages.Current"/>):
/// the declaration is static and shared, the languages are each site's.
/// </summary>
internal sealed class PerLanguage<T>(IReadOnlyList<T> first, Func<Language, T> each) : PerSiteLanguages<T>(languages => [.. first, .. languages.All.Select(each)]);

/// <summary>
/// A list made from the languages of the build in progress, made again when they change: what a static declaration
/// derives from them (a nested shape's columns) must not keep the languages of whichever build asked first.
/// </summary>
internal class PerSiteLanguages<T>(Func<SiteLanguages, T[]> make) : IReadOnlyList<T>
{
    private sealed record Snapshot(SiteLanguages Languages, T[] Items);
    private Snapshot? _last;

    private T[] Items
    {
        get
        {
            var languages = Languages.Current;
            if (_last is { } last && ReferenceEquals(last.Languages, languages)) return last.Items;
            var made = new Snapshot(languages, make(languages));
            _last = made;
            return made.Items;
        }
    }

    public T this[int index] => Items[index];
    public int Count => Items.Length;
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => Items.GetEnumerator();
}
