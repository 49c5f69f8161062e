using SiteGen.Content.Yaml;

namespace SiteGen.Schema;

/// <summary>One field of a shape: its key in the YAML, whether it must be there, its type and what it means.</summary>
public abstract class Field
{
    protected Field(string key, bool required, string? example, Doc doc, int index)
    {
        Key = key;
        Required = required;
        Example = example;
        Doc = doc;
        Index = index;
    }

    public string Key { get; }
    /// <summary>Must be written (for a list: with at least one entry).</summary>
    public bool Required { get; }
    /// <summary>What the "missing" hint suggests writing: `add key: example`.</summary>
    public string? Example { get; }
    public Doc Doc { get; }
    internal int Index { get; }

    /// <summary>The editor schema and the docs mark it required.</summary>
    public virtual bool MustBeWritten => Required;

    public abstract FieldType Type { get; }

    /// <summary>In plan.json, the CSV tables and the open-data schema: every field is, unless the writer gives it another way.</summary>
    public bool InOpenData { get; protected set; } = true;

    /// <summary>The open data's value may be null: an optional field with no default.</summary>
    public abstract bool OpenNullable { get; }
    /// <summary>A list field: the type of its entries.</summary>
    public virtual FieldType? ItemType => null;

    internal abstract void ReadInto(Row row);
}

/// <summary>A field whose value is a <typeparamref name="T"/>; <see cref="Row"/> hands it to the shape's constructor.</summary>
public class Field<T> : Field
{
    private readonly FieldType<T> _type;
    private readonly T? _absent;
    private Action<Row, T>? _then;

    internal Field(string key, bool required, string? example, Doc doc, int index, FieldType<T> type, T? absent)
        : base(key, required, example, doc, index)
    {
        _type = type;
        _absent = absent;
    }

    public override FieldType Type => _type;

    public override bool OpenNullable => !Required && _absent is null;

    /// <summary>Left out of the open data, which gives the value another way (the slug it is published under).</summary>
    public Field<T> NotInOpenData()
    {
        InOpenData = false;
        return this;
    }

    /// <summary>Runs after the field is read successfully, in declaration order: a plan's period is known before its actions.</summary>
    public Field<T> Then(Action<Row, T> then)
    {
        _then += then;
        return this;
    }

    internal override void ReadInto(Row row)
    {
        var node = row.Map.Get(Key);
        if (node is null)
        {
            if (Required)
            {
                row.Context.Error(row.Node, row.Map.FieldPath(Key), "this required field is missing", $"add `{Key}: {Example}`");
                row.Complete = false;
            }
            row.Set(Index, _absent);
            return;
        }
        var value = _type.Read(node, row.Map.FieldPath(Key), row.Context);
        if (value is null && Required) row.Complete = false;
        row.Set(Index, value ?? _absent);
        if (value is not null) _then?.Invoke(row, value);
    }
}

/// <summary>A list: absent is an empty list; entries that fail to read are left out (each reported).</summary>
public sealed class ListField<T> : Field<IReadOnlyList<T>>
{
    private readonly FieldType<T> _item;
    private readonly (string Message, string Hint)? _empty;

    internal ListField(string key, Doc doc, int index, FieldType<T> item, FieldType<IReadOnlyList<T>> type, (string Message, string Hint)? empty)
        : base(key, false, null, doc, index, type, [])
    {
        _item = item;
        _empty = empty;
    }

    public override FieldType ItemType => _item;

    /// <summary>Needs at least one entry: reported with its own message when absent or empty.</summary>
    public override bool MustBeWritten => _empty is not null;

    internal override void ReadInto(Row row)
    {
        base.ReadInto(row);
        if (_empty is not { } empty || row.Get(this).Count > 0) return;
        // An entry that was there but failed to read has its own error already.
        if (row.Map.Node.ValueOf(Key) is YamlSequenceNode { Children.Count: > 0 }) return;
        row.Context.Error(row.Node, row.Map.FieldPath(Key), empty.Message, empty.Hint);
    }
}
