using SiteGen.Content.Yaml;
using System.Text.Json.Nodes;

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
}

/// <summary>A field type whose values read from YAML as <typeparamref name="T"/>.</summary>
public sealed class FieldType<T> : FieldType
{
    private readonly Func<JsonSchemaBuilder, JsonNode> _schema;
    private readonly string? _definition;
    private readonly Shape? _shape;
    private readonly Vocabulary? _vocabulary;
    private readonly Form? _form;

    public FieldType(Doc name, FieldRead<T> read, Func<JsonSchemaBuilder, JsonNode> schema, string? definition = null, Shape? shape = null,
        Vocabulary? vocabulary = null, Form? form = null)
        : base(name)
    {
        Read = read;
        _schema = schema;
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

    /// <summary>The same type, with a further check or side effect after a successful read.</summary>
    public FieldType<T> Then(Func<T, YamlNode, string, BindContext, T?> after) =>
        new(Name, (node, path, context) => Read(node, path, context) is { } value ? after(value, node, path, context) : default,
            _schema, _definition, _shape, _vocabulary, _form);

    /// <summary>The same reading under another name in the docs and the schema (an id that names an area).</summary>
    public FieldType<T> As(Doc name, Func<JsonSchemaBuilder, JsonNode>? schema = null, Form? form = null) =>
        new(name, Read, schema ?? Schema, null, _shape, _vocabulary, form ?? _form);
}
