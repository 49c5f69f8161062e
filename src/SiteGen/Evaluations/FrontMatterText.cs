using SiteGen.Content.Yaml;

namespace SiteGen.Evaluations;

/// <summary>
/// A content file's text with the YAML tree of its front matter, for finding where a node's text starts and ends.
/// The tree gives only where each node starts (line and column, as the binder reports them); where it ends is read
/// from the text: the closing quote or bracket, the end of a plain scalar, or, for a block, the last line before
/// the next node of the document that is not a blank line or a comment of the enclosing level.
/// </summary>
public sealed class FrontMatterText
{
    private readonly int[] _lineStarts;
    private readonly List<(int Offset, YamlNode Node)> _nodes = [];

    /// <param name="text">The whole file, without its byte-order mark, line ends as they are (CRLF or LF).</param>
    /// <param name="root">The front matter's tree, positions in the file's lines.</param>
    /// <param name="endLine">The line of the fence that closes the front matter.</param>
    public FrontMatterText(string text, YamlMappingNode root, int endLine)
    {
        Text = text;
        Root = root;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++) if (text[i] == '\n') starts.Add(i + 1);
        _lineStarts = [.. starts];
        NewLine = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        End = LineStart(endLine);
        Collect(root);
        _nodes.Sort((a, b) => a.Offset.CompareTo(b.Offset));
    }

    public string Text { get; }
    public YamlMappingNode Root { get; }
    /// <summary>The file's own line end, for the lines an edit adds.</summary>
    public string NewLine { get; }
    /// <summary>Where the closing fence starts: nothing of the front matter lies at or after it.</summary>
    public int End { get; }

    public int LineStart(int line) => line - 1 < _lineStarts.Length ? _lineStarts[line - 1] : Text.Length;

    public int Offset(YamlNode node) => LineStart(node.Line) + node.Column - 1;

    /// <summary>The offset of the end of the line <paramref name="offset"/> is on, before its line end.</summary>
    public int LineEnd(int offset)
    {
        var end = Text.IndexOf('\n', offset);
        if (end < 0) end = Text.Length;
        return end > 0 && Text[end - 1] == '\r' && end - 1 >= offset ? end - 1 : end;
    }

    /// <summary>Whether the node is written in flow style: `{…}` or `[…]`.</summary>
    public bool IsFlow(YamlNode node) => node is not YamlScalarNode && Offset(node) < Text.Length && Text[Offset(node)] is '{' or '[';

    /// <summary>Where the node's own text ends (exclusive). <paramref name="indent"/>: the indentation of the key that holds it.</summary>
    public int NodeEnd(YamlNode node, int indent, bool inFlow)
    {
        var start = Offset(node);
        return node switch
        {
            YamlScalarNode when Text[start] is '"' => QuotedEnd(start, '"'),
            YamlScalarNode when Text[start] is '\'' => QuotedEnd(start, '\''),
            YamlScalarNode when Text[start] is '|' or '>' => BlockEnd(node, indent),
            YamlScalarNode => PlainEnd(start, inFlow),
            _ when IsFlow(node) => FlowEnd(start),
            _ => BlockEnd(node, indent),
        };
    }

    /// <summary>Where the key's `:` ends: the value (or its line break) follows.</summary>
    public int AfterColon(YamlScalarNode key)
    {
        var at = NodeEnd(key, 0, inFlow: true);
        while (at < Text.Length && Text[at] is ' ') at++;
        if (at >= Text.Length || Text[at] != ':') throw new EditException($"line {key.Line}: no colon after `{key.Value}`");
        return at + 1;
    }

    private int QuotedEnd(int start, char quote)
    {
        for (var i = start + 1; i < Text.Length; i++)
        {
            if (quote == '"' && Text[i] == '\\') { i++; continue; }
            if (Text[i] != quote) continue;
            if (quote == '\'' && i + 1 < Text.Length && Text[i + 1] == '\'') { i++; continue; }
            return i + 1;
        }
        throw new EditException($"a quote at offset {start} is never closed");
    }

    /// <summary>A plain scalar on its line: up to a comment, or in flow style up to `,` `]` `}`; trailing spaces left out.</summary>
    private int PlainEnd(int start, bool inFlow)
    {
        var i = start;
        for (; i < Text.Length && Text[i] is not ('\n' or '\r'); i++)
        {
            if (inFlow && Text[i] is ',' or ']' or '}') break;
            // `key: value`: a colon followed by a space (or, in flow style, a separator) ends a key.
            if (Text[i] == ':' && (i + 1 >= Text.Length || Text[i + 1] is ' ' or '\t' or '\r' or '\n' || (inFlow && Text[i + 1] is ',' or ']' or '}'))) break;
            if (Text[i] == '#' && i > start && Text[i - 1] is ' ' or '\t') break;
        }
        while (i > start && Text[i - 1] is ' ' or '\t') i--;
        return i;
    }

    private int FlowEnd(int start)
    {
        var depth = 0;
        for (var i = start; i < Text.Length; i++)
        {
            switch (Text[i])
            {
                case '"' or '\'' when i == start || Text[i - 1] is ' ' or '{' or '[' or ',' or ':':
                    i = QuotedEnd(i, Text[i]) - 1;
                    break;
                case '#' when Text[i - 1] is ' ' or '\t':
                    i = LineEnd(i) - 1;
                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    if (--depth == 0) return i + 1;
                    break;
            }
        }
        throw new EditException($"the bracket at offset {start} is never closed");
    }

    /// <summary>
    /// A block node ends on the last line before the next node of the document, not counting blank lines or comment
    /// lines indented no deeper than <paramref name="indent"/> (they belong to what follows; a deeper `#` line could be
    /// text of a `|` block, so it is kept).
    /// </summary>
    private int BlockEnd(YamlNode node, int indent)
    {
        var start = Offset(node);
        var next = Next(node);
        var line = LineOf(next) - 1;
        if (LineStart(line + 1) <= start) return LineEnd(start);
        for (; line > node.Line; line--)
        {
            var text = Text.AsSpan(LineStart(line), LineEnd(LineStart(line)) - LineStart(line));
            var trimmed = text.TrimStart(' ');
            if (trimmed.IsEmpty || trimmed.Trim().IsEmpty) continue;
            if (trimmed[0] == '#' && text.Length - trimmed.Length <= indent) continue;
            break;
        }
        return LineEnd(LineStart(line));
    }

    /// <summary>Where the first node after <paramref name="node"/> and everything in it starts, or the end of the front matter.</summary>
    private int Next(YamlNode node)
    {
        var inside = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        Descendants(node, inside);
        var start = Offset(node);
        foreach (var (offset, other) in _nodes)
            if (offset > start && !inside.Contains(other)) return offset;
        return End;
    }

    private int LineOf(int offset)
    {
        var at = Array.BinarySearch(_lineStarts, offset);
        return (at >= 0 ? at : ~at - 1) + 1;
    }

    private void Collect(YamlNode node)
    {
        _nodes.Add((Offset(node), node));
        foreach (var child in Children(node)) Collect(child);
    }

    private static void Descendants(YamlNode node, HashSet<YamlNode> into)
    {
        if (!into.Add(node)) return;
        foreach (var child in Children(node)) Descendants(child, into);
    }

    private static IEnumerable<YamlNode> Children(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.SelectMany(p => new[] { p.Key, p.Value }),
        YamlSequenceNode list => list.Children,
        _ => [],
    };
}

/// <summary>The plan file is written in a way the editor does not change by itself; the message says where.</summary>
public sealed class EditException(string message) : Exception(message);
