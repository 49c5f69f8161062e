using SharpYaml;
using SharpYaml.Events;

namespace SiteGen.Content.Yaml;

/// <summary>A mistake in the YAML itself, at a 1-based line and column of its file.</summary>
public sealed class YamlSyntaxException(int line, int column, string message, string? hint = null)
    : Exception(message)
{
    public int Line { get; } = line;
    public int Column { get; } = column;

    /// <summary>How to fix it, for the mistakes the reader itself finds; null when the message is the YAML parser's own.</summary>
    public string? Hint { get; } = hint;
}

/// <summary>
/// Makes the tree of a front matter's <paramref name="yaml"/>, from the file at <paramref name="relativePath"/>, starting
/// on <paramref name="firstLine"/>: parsed (<see cref="FrontMatterParser.ParseTree"/>) or kept (<see cref="YamlTreeCache.Read"/>).
/// </summary>
/// <exception cref="YamlSyntaxException">As <see cref="YamlTreeReader.Read"/>.</exception>
public delegate YamlNode? ReadTree(string relativePath, string yaml, int firstLine);

/// <summary>
/// Reads one YAML document into a <see cref="YamlNode"/> tree from SharpYaml's parser events.
/// <para>
/// Why SharpYaml's events and a tree of our own: SharpYaml's parses run side by side on every core, where
/// YamlDotNet's share buffer pools across threads and parse no faster on two than on one
/// (docs/performance.md#yaml). The binders need only values, plain-or-quoted, positions and order:
/// this tree is those and nothing else, one object per node.
/// </para>
/// </summary>
public static class YamlTreeReader
{
    /// <summary>The document's root node, or null when the text holds no document (empty, or only comments).</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="firstLine">The line of its file the text starts on (front matter starts on line 2): positions are the file's.</param>
    /// <exception cref="YamlSyntaxException">The text is not well-formed YAML, repeats a field, or uses an unknown alias.</exception>
    public static YamlNode? Read(string yaml, int firstLine = 1) =>
        PlainYamlReader.TryRead(yaml, firstLine, out var root) ? root : ReadWithParser(yaml, firstLine);

    /// <summary>As <see cref="Read"/>, always through SharpYaml's parser: what <see cref="PlainYamlReader"/> is held to.</summary>
    public static YamlNode? ReadWithParser(string yaml, int firstLine = 1)
    {
        var reader = new Reader(Parser.CreateParser(new StringReader(yaml)), firstLine);
        try
        {
            return reader.Document();
        }
        catch (YamlException e)
        {
            throw new YamlSyntaxException(e.Start.Line + firstLine, e.Start.Column + 1, Describe(e.Message));
        }
    }

    // SharpYaml writes the positions into its messages, "(Lin: 1, Col: 2, Chr: 35) - (…): What. Lin: 1, Col: 2, Chr: 35";
    // the position is reported on its own, so only "What." is kept.
    private static string Describe(string message)
    {
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        var what = cut >= 0 ? message[(cut + 3)..] : message;
        var tail = what.LastIndexOf(" Lin: ", StringComparison.Ordinal);
        return string.Join(' ', (tail > 0 ? what[..tail] : what).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// How many values a front matter may stand for with its aliases counted out. An alias shares its
    /// node rather than copying it, but binding walks what it points to each time: a few lines of
    /// aliases of aliases ("billion laughs") would stand for billions of values and never finish.
    /// A plan has a few thousand.
    /// </summary>
    public const int MaxValues = 1_000_000;

    private sealed class Reader(IParser parser, int firstLine)
    {
        private Dictionary<string, (YamlNode Node, long Values)>? _anchors;
        private long _values; // the values read so far, aliases counted out

        public YamlNode? Document()
        {
            YamlNode? root = null;
            var documents = 0;
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case DocumentStart start when ++documents > 1:
                        throw new YamlSyntaxException(Line(start), Column(start),
                            "a line starting with --- begins a second YAML document",
                            hint: "the front matter ends at the first line that is exactly ---; remove or indent this one");
                    case DocumentStart:
                        parser.MoveNext();
                        root = Node();
                        break;
                }
            }
            return root;
        }

        /// <summary>The node whose first event is current; on return the node's last event is current.</summary>
        // Recursive: SharpYaml's parser stops at 64 levels of nesting, so crafted input cannot overflow the stack.
        private YamlNode Node()
        {
            var current = parser.Current!;
            var valuesBefore = _values;
            YamlNode node;
            switch (current)
            {
                case Scalar scalar:
                    node = new YamlScalarNode(scalar.Value, scalar.Style == ScalarStyle.Plain, Line(scalar), Column(scalar));
                    break;
                case MappingStart:
                    var map = new YamlMappingNode(Line(current), Column(current));
                    while (Next() is not MappingEnd)
                    {
                        var key = Node();
                        if (key is YamlScalarNode name && map.KeyNamed(name.Value) is { } first)
                            throw new YamlSyntaxException(key.Line, key.Column, $"the field `{name.Value}` is written twice in the same group (first on line {first.Line})",
                                hint: "keep one of them: YAML allows each name once per group of fields");
                        Next();
                        map.Add(key, Node());
                    }
                    node = map;
                    break;
                case SequenceStart:
                    var list = new YamlSequenceNode(Line(current), Column(current));
                    while (Next() is not SequenceEnd) list.Add(Node());
                    node = list;
                    break;
                case AnchorAlias alias:
                    if (_anchors is null || !_anchors.TryGetValue(alias.Value, out var anchored))
                        throw At(alias, $"`*{alias.Value}` refers to no `&{alias.Value}` above it", $"write `&{alias.Value}` before the value it should repeat, or write the value itself");
                    Count(alias, anchored.Values);
                    return anchored.Node;
                default:
                    throw At(current, $"unexpected {current.GetType().Name} in the YAML");
            }
            Count(current, 1);
            if (current is NodeEvent { Anchor: { } anchor }) (_anchors ??= new(StringComparer.Ordinal))[anchor] = (node, _values - valuesBefore);
            return node;
        }

        private void Count(ParsingEvent at, long values)
        {
            _values += values;
            if (_values > MaxValues)
                throw At(at, $"with its aliases (*…) counted out, the front matter stands for more than {MaxValues:N0} values",
                    "write the values themselves instead of repeating aliases of aliases");
        }

        private ParsingEvent Next() =>
            parser.MoveNext() ? parser.Current! : throw new YamlSyntaxException(firstLine, 1, "the YAML ends in the middle of a value");

        private int Line(ParsingEvent e) => e.Start.Line + firstLine;
        private static int Column(ParsingEvent e) => e.Start.Column + 1;

        private YamlSyntaxException At(ParsingEvent e, string message, string? hint = null) => new(Line(e), Column(e), message, hint);
    }
}
