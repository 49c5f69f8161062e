namespace SiteGen.Content.Yaml;

/// <summary>
/// Reads the fields of one YAML mapping into typed values. Every field a reader asks for is
/// remembered, so <see cref="RejectUnknown"/> can report the rest: a misspelt field must not
/// silently vanish from the site.
/// </summary>
public sealed class MapReader
{
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);

    private MapReader(YamlMappingNode node, string path, YamlContext context)
    {
        Node = node;
        Path = path;
        Context = context;
    }

    public YamlMappingNode Node { get; }
    public string Path { get; }
    public YamlContext Context { get; }

    /// <summary>A reader for <paramref name="node"/>, or null (with an error reported) when it is not a mapping.</summary>
    public static MapReader? Of(YamlNode node, string path, YamlContext context)
    {
        if (node is YamlMappingNode map) return new MapReader(map, path, context);
        context.Error(node, path, $"expected a group of fields (name: value), found {YamlValues.Describe(node)}",
            "indent the fields of this entry under it");
        return null;
    }

    public string FieldPath(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public YamlNode? Get(string key)
    {
        _asked.Add(key);
        var value = Node.ValueOf(key);
        return value is YamlScalarNode { IsNull: true } ? null : value;
    }

    /// <summary>Reports every field of the mapping that no reader asked for, suggesting the nearest known name.</summary>
    public void RejectUnknown()
    {
        foreach (var (k, _) in Node.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? "";
            if (_asked.Contains(name)) continue;
            var suggestion = Nearest(name, _asked);
            var hint = suggestion is not null
                ? $"did you mean `{suggestion}`?"
                : $"the fields allowed here are: {string.Join(", ", _asked.Order(StringComparer.Ordinal))}";
            Context.Error(k, FieldPath(name), $"unknown field `{name}`", hint);
        }
    }

    private static string? Nearest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var d = Levenshtein(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance) { bestDistance = d; best = candidate; }
        }
        return bestDistance <= Math.Max(2, name.Length / 3) ? best : null;
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}

/// <summary>Reads one YAML node into a value, reporting problems to the context; returns default on failure.</summary>
public delegate T? YamlRead<T>(YamlNode node, string path, YamlContext context);
