namespace SiteGen.Content.Yaml;

/// <summary>
/// A node of a front matter's YAML and where it starts in its file (1-based line and column), so
/// that every mistake found while binding is reported at its place. Made by
/// <see cref="YamlTreeReader"/>; binding only reads it.
/// </summary>
public abstract class YamlNode(int line, int column)
{
    public int Line { get; } = line;
    public int Column { get; } = column;
}

/// <summary>A value written as text. Only plain (unquoted) scalars are read as numbers or as null.</summary>
public sealed class YamlScalarNode(string value, bool isPlain, int line, int column) : YamlNode(line, column)
{
    public string Value { get; } = value;

    /// <summary>Written without quotes and not as a block (| or >).</summary>
    public bool IsPlain { get; } = isPlain;

    /// <summary>YAML's null: nothing after the colon, `~` or `null`, unquoted.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null";
}

/// <summary>Fields (name: value), in the order they are written; names are unique (the reader rejects repeats).</summary>
public sealed class YamlMappingNode(int line, int column) : YamlNode(line, column)
{
    private readonly List<KeyValuePair<YamlNode, YamlNode>> _children = [];

    /// <summary>A mapping that will hold <paramref name="fields"/> fields (read back from the cache, where the count is known).</summary>
    internal YamlMappingNode(int line, int column, int fields) : this(line, column) => _children.Capacity = fields;

    public IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> Children => _children;

    /// <summary>The name node of the field called <paramref name="name"/>, or null.</summary>
    public YamlScalarNode? KeyNamed(string name) => IndexOf(name) is var i and >= 0 ? (YamlScalarNode)_children[i].Key : null;

    /// <summary>The value of the field called <paramref name="name"/>, or null.</summary>
    public YamlNode? ValueOf(string name) => IndexOf(name) is var i and >= 0 ? _children[i].Value : null;

    // A loop over the list itself: binding looks up every field of every plan, and going through
    // IReadOnlyList's enumerator or a LINQ predicate allocates on every lookup (docs/performance.md#what-a-build-keeps-alive-and-allocation).
    private int IndexOf(string name)
    {
        for (var i = 0; i < _children.Count; i++)
        {
            if (_children[i].Key is YamlScalarNode scalar && scalar.Value == name) return i;
        }
        return -1;
    }

    internal void Add(YamlNode key, YamlNode value) => _children.Add(new(key, value));
}

/// <summary>A list, in order.</summary>
public sealed class YamlSequenceNode(int line, int column) : YamlNode(line, column)
{
    private readonly List<YamlNode> _children = [];

    /// <summary>A list that will hold <paramref name="items"/> items (read back from the cache, where the count is known).</summary>
    internal YamlSequenceNode(int line, int column, int items) : this(line, column) => _children.Capacity = items;

    public IReadOnlyList<YamlNode> Children => _children;

    internal void Add(YamlNode item) => _children.Add(item);
}
