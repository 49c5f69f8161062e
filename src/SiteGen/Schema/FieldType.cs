using System.Text.Json;
using System.Text.Json.Nodes;
using SiteGen.Content.Yaml;

namespace SiteGen.Schema;

/// <summary>
/// A kind of value a field holds, seen by everything that is derived from the declaration: the docs
/// (its name), the editor's JSON Schema (its schema) and, through the shapes inside it, the field reference.
/// </summary>
public abstract class FieldType
{
    protected FieldType(Doc name) => Name = name;

    /// <summary>What the docs call it: 文章 / text.</summary>
    public Doc Name { get; }

    /// <summary>The shape of an object type, or of the items of a list or year map of objects.</summary>
    public virtual Shape? Shape => null;

    /// <summary>The closed set of words a word type (or a list of words) takes.</summary>
    public virtual Vocabulary? Vocabulary => null;

    /// <summary>How the browser editor shows it, when its schema, shape or vocabulary does not say (see <see cref="Schema.Form"/>).</summary>
    public virtual Form? Form => null;

    public abstract JsonNode Schema(JsonSchemaBuilder schemas);

    /// <summary>The JSON Schema of a value in the open data (<see cref="OpenForm{T}"/>).</summary>
    public abstract JsonNode OpenSchema(JsonSchemaBuilder schemas);

    /// <summary>Writes a value as the open data's JSON: null when there is none.</summary>
    public abstract void WriteOpen(Utf8JsonWriter writer, object? value);

    /// <summary>The suffixes of the CSV columns a value fills (`_ja`, `_en`; "" for one column), or null: no place in a table row.</summary>
    public abstract IReadOnlyList<string>? OpenColumns { get; }

    /// <summary>What each of <see cref="OpenColumns"/> holds of the value, said after the field's meaning.</summary>
    public abstract IReadOnlyList<Doc>? OpenColumnParts { get; }

    /// <summary>Adds a value's CSV cells (empty ones for none), one per <see cref="OpenColumns"/>.</summary>
    public abstract void OpenCells(object? value, List<string?> cells);
}

/// <summary>A field type whose values read from YAML as <typeparamref name="T"/>.</summary>
public sealed class FieldType<T> : FieldType
{
    private readonly Func<JsonSchemaBuilder, JsonNode> _schema;
    private readonly string? _definition;
    private readonly Shape? _shape;
    private readonly Vocabulary? _vocabulary;
    private readonly Form? _form;
    private readonly OpenForm<T> _open;

    public FieldType(Doc name, FieldRead<T> read, Func<JsonSchemaBuilder, JsonNode> schema, OpenForm<T> open, string? definition = null, Shape? shape = null,
        Vocabulary? vocabulary = null, Form? form = null)
        : base(name)
    {
        Read = read;
        _schema = schema;
        _open = open;
        _definition = definition;
        _shape = shape;
        _vocabulary = vocabulary;
        _form = form;
    }

    public override Vocabulary? Vocabulary => _vocabulary;

    public override Form? Form => _form;

    public FieldRead<T> Read { get; }

    public override Shape? Shape => _shape;

    /// <summary>Named types are written once under $defs and referred to, as a reader of the schema expects.</summary>
    public override JsonNode Schema(JsonSchemaBuilder schemas) =>
        _definition is null ? _schema(schemas) : schemas.Reference(_definition, () => _schema(schemas));

    public override JsonNode OpenSchema(JsonSchemaBuilder schemas) =>
        _definition is null ? _open.Schema(schemas) : schemas.Reference(_definition, () => _open.Schema(schemas));

    public override void WriteOpen(Utf8JsonWriter writer, object? value)
    {
        if (value is null) writer.WriteNullValue();
        else _open.Json(writer, (T)value);
    }

    public override IReadOnlyList<string>? OpenColumns => _open.Csv?.Suffixes;

    public override IReadOnlyList<Doc>? OpenColumnParts => _open.Csv?.Parts;

    public override void OpenCells(object? value, List<string?> cells)
    {
        if (_open.Csv is not { } csv) return;
        if (value is null)
            foreach (var _ in csv.Suffixes) cells.Add(null);
        else csv.Write((T)value, cells);
    }

    /// <summary>The same type, with a further check or side effect after a successful read.</summary>
    public FieldType<T> Then(Func<T, YamlNode, string, BindContext, T?> after) =>
        new(Name, (node, path, context) => Read(node, path, context) is { } value ? after(value, node, path, context) : default,
            _schema, _open, _definition, _shape, _vocabulary, _form);

    /// <summary>The same reading under another name in the docs and the schema (an id that names an area).</summary>
    public FieldType<T> As(Doc name, Func<JsonSchemaBuilder, JsonNode>? schema = null, Form? form = null) =>
        new(name, Read, schema ?? Schema, _open, null, _shape, _vocabulary, form ?? _form);
}
