using System.Text.Json;
using SiteGen.Content.Yaml;
using SiteGen.Model;

namespace SiteGen.Schema;

/// <summary>
/// An object of the content (a plan, an action, an indicator): its fields, in the order they are read.
/// Binding, the editor schema and the field reference are all made from this one declaration.
/// </summary>
public abstract class Shape
{
    protected Shape(string name, Doc title)
    {
        Name = name;
        Title = title;
    }

    /// <summary>The name under the schema's $defs and in the docs' markers: `action`, `indicator`.</summary>
    public string Name { get; }
    public Doc Title { get; }
    public abstract IReadOnlyList<Field> Fields { get; }

    /// <summary>The fields the open data has, in declaration order.</summary>
    public IEnumerable<Field> OpenFields => Fields.Where(f => f.InOpenData);

    /// <summary>The open fields whose values fit a table row (<see cref="FieldType.OpenColumns"/>).</summary>
    public IEnumerable<Field> TabularFields => OpenFields.Where(f => f.Type.OpenColumns is not null);

    /// <summary>The values a model object was read with, by field index: what the open data writes.</summary>
    protected abstract object?[] ValuesOf(object model);

    /// <summary>Writes <paramref name="model"/>'s open fields as properties of the JSON object being written.</summary>
    public void WriteOpenProperties(Utf8JsonWriter writer, object model)
    {
        var values = ValuesOf(model);
        foreach (var field in OpenFields)
        {
            writer.WritePropertyName(field.Key);
            field.Type.WriteOpen(writer, values[field.Index]);
        }
    }

    /// <summary>The CSV cells of <paramref name="model"/>'s <paramref name="fields"/> (default: its <see cref="TabularFields"/>), empty ones for null.</summary>
    public void OpenCells(object? model, List<string?> cells, IEnumerable<Field>? fields = null)
    {
        var values = model is null ? null : ValuesOf(model);
        foreach (var field in fields ?? TabularFields) field.Type.OpenCells(values?[field.Index], cells);
    }

    /// <summary>The CSV column names of <see cref="OpenCells"/>: each field's key in snake_case with its suffixes, after <paramref name="prefix"/>.</summary>
    public IEnumerable<string> OpenColumnNames(string prefix = "")
    {
        foreach (var field in TabularFields)
            foreach (var suffix in field.Type.OpenColumns!) yield return prefix + SnakeCase(field.Key) + suffix;
    }

    /// <summary>What each column of <see cref="OpenColumnNames"/> holds, said after the meaning of the field the shape is the value of.</summary>
    internal IEnumerable<Doc> OpenColumnDocs()
    {
        foreach (var field in TabularFields)
            foreach (var part in field.Type.OpenColumnParts!) yield return new Doc($"：{field.Doc.Ja}{part.Ja}", $": {field.Doc.En}{part.En}");
    }

    /// <summary>`revisedText` → `revised_text`.</summary>
    public static string SnakeCase(string key) =>
        string.Concat(key.Select((c, i) => char.IsAsciiLetterUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}

/// <summary>A shape read as <typeparamref name="T"/>.</summary>
public sealed class Shape<T> : Shape where T : BoundRecord
{
    private readonly List<Field> _fields = [];
    private readonly List<Action<Row>> _checks = [];
    private readonly List<(string Key, string Message, string Hint)> _retired = [];
    private Func<Row, T?> _make = _ => null;

    private Shape(string name, Doc title) : base(name, title) { }

    public override IReadOnlyList<Field> Fields => _fields;

    /// <summary>
    /// Declares a shape: <paramref name="declare"/> adds the fields (each returns a handle for reading its value)
    /// and returns how a complete row becomes a <typeparamref name="T"/> (null when it reported why not).
    /// </summary>
    public static Shape<T> Declare(string name, Doc title, Func<Builder, Func<Row, T?>> declare)
    {
        var shape = new Shape<T>(name, title);
        shape._make = declare(new Builder(shape));
        return shape;
    }

    /// <summary>Reads one mapping: every field in order, the unknown ones reported, the checks run, then the object made if nothing required failed.</summary>
    public T? Read(YamlNode node, string path, BindContext context)
    {
        var map = MapReader.Of(node, path, context.Yaml);
        if (map is null) return null;
        var row = new Row(map, context, _fields.Count);
        foreach (var field in _fields) field.ReadInto(row);
        foreach (var (key, message, hint) in _retired)
            if (map.Get(key) is { } written) context.Error(KeyOf(map.Node, key) ?? written, map.FieldPath(key), message, hint);
        map.RejectUnknown();
        foreach (var check in _checks) check(row);
        if (!row.Complete || _make(row) is not { } made) return null;
        made.BoundValues = row.Values;
        return made;
    }

    protected override object?[] ValuesOf(object model) =>
        model is T { BoundValues: { } values } ? values
            : throw new InvalidOperationException($"this {Name} was not read through its declaration, so its open data is not known");

    private static YamlNode? KeyOf(YamlMappingNode map, string key)
    {
        foreach (var (k, _) in map.Children)
            if (k is YamlScalarNode { Value: var name } && name == key) return k;
        return null;
    }

    /// <summary>This shape as the type of a field.</summary>
    public FieldType<T> Type => _type ??= new FieldType<T>(Title, Read, schemas => schemas.Object(this),
        new OpenForm<T>(
            (writer, model) =>
            {
                writer.WriteStartObject();
                WriteOpenProperties(writer, model);
                writer.WriteEndObject();
            },
            schemas => schemas.OpenObject(this),
            new CsvCells<T>(new PerSiteLanguages<string>(_ => [.. OpenColumnNames("_")]), (model, cells) => OpenCells(model, cells),
                new PerSiteLanguages<Doc>(_ => [.. OpenColumnDocs()]))),
        Name, this);
    private FieldType<T>? _type;

    public sealed class Builder
    {
        private readonly Shape<T> _shape;

        internal Builder(Shape<T> shape) => _shape = shape;

        public Field<TValue> Required<TValue>(string key, FieldType<TValue> type, string example, Doc doc) =>
            Add(new Field<TValue>(key, true, example, doc, _shape._fields.Count, type, default));

        public Field<TValue> Required<TValue>(string key, Shape<TValue> shape, string example, Doc doc) where TValue : BoundRecord =>
            Required(key, shape.Type, example, doc);

        /// <param name="absent">The value when the field is not written.</param>
        public Field<TValue> Optional<TValue>(string key, FieldType<TValue> type, Doc doc, TValue? absent = default) =>
            Add(new Field<TValue>(key, false, null, doc, _shape._fields.Count, type, absent));

        public Field<TValue> Optional<TValue>(string key, Shape<TValue> shape, Doc doc) where TValue : BoundRecord =>
            Optional(key, shape.Type, doc);

        /// <param name="needsOne">When given, the list must have an entry: the error's message and hint.</param>
        public ListField<TItem> List<TItem>(string key, FieldType<TItem> item, Doc doc, (string Message, string Hint)? needsOne = null) =>
            Add(new ListField<TItem>(key, doc, _shape._fields.Count, item, Types.ListOf(item), needsOne));

        public ListField<TItem> List<TItem>(string key, Shape<TItem> item, Doc doc, (string Message, string Hint)? needsOne = null) where TItem : BoundRecord =>
            List(key, item.Type, doc, needsOne);

        /// <summary>A field the content format no longer has: written anyway, it is an error that says what replaced it.</summary>
        public void Retired(string key, string message, string hint) => _shape._retired.Add((key, message, hint));

        /// <summary>A check across fields, run after every field is read, also when a required one failed (every problem is reported in one run).</summary>
        public void Check(Action<Row> check) => _shape._checks.Add(check);

        private TField Add<TField>(TField field) where TField : Field
        {
            _shape._fields.Add(field);
            return field;
        }
    }
}

/// <summary>The values read from one mapping, by field handle.</summary>
public sealed class Row
{
    private readonly object?[] _values;

    internal Row(MapReader map, BindContext context, int fields)
    {
        Map = map;
        Context = context;
        _values = new object?[fields];
    }

    public MapReader Map { get; }
    public BindContext Context { get; }
    public YamlMappingNode Node => Map.Node;
    public int Line => Context.Yaml.LineOf(Node);
    /// <summary>False once a required field is missing or unreadable: the object is not made.</summary>
    public bool Complete { get; internal set; } = true;

    public T Get<T>(Field<T> field) => _values[field.Index] is T value ? value : default!;

    /// <summary>The YAML node written for <paramref name="field"/>, to point an error at it.</summary>
    public YamlNode? NodeOf(Field field) => Map.Node.ValueOf(field.Key) is { } node and not YamlScalarNode { IsNull: true } ? node : null;

    public string PathOf(Field field) => Map.FieldPath(field.Key);

    internal void Set(int index, object? value) => _values[index] = value;

    /// <summary>Records the value a field's default resolved to (a section's only level), so the open data says what the page shows.</summary>
    public void Settle<T>(Field<T> field, T value) => _values[field.Index] = value;

    internal object?[] Values => _values;
}
