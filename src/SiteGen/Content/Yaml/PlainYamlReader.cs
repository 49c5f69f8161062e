namespace SiteGen.Content.Yaml;

/// <summary>
/// Reads the plain shape front matters are written in (block mappings and lists, one-line flow mappings and
/// lists, plain and quoted one-line values) straight into a <see cref="YamlNode"/> tree, the same tree with the
/// same positions as <see cref="YamlTreeReader"/> makes through SharpYaml; anything else it declines, and
/// SharpYaml reads it. Literal blocks (`|`) are read too: plans write long texts so.
/// <para>
/// Why: a build without its cache parses every front matter, and SharpYaml's scanner, generic over its
/// character buffer, was a tenth of such a build's processor time (docs/performance.md#yaml). It declines
/// rather than guesses: anchors, aliases, tags, folded or chomped blocks, other values over several lines, quoted keys,
/// escapes, empty values, tabs, repeated fields and every mistake go to SharpYaml, which reports them as
/// before. <c>PlainYamlReaderTests</c> holds its trees to SharpYaml's.
/// </para>
/// </summary>
public static class PlainYamlReader
{
    /// <summary>The tree of <paramref name="yaml"/> (starting on line <paramref name="firstLine"/> of its file), or false when the text is not in the plain shape.</summary>
    public static bool TryRead(string yaml, int firstLine, out YamlNode? root)
    {
        root = null;
        if (!OnlyPlainCharacters(yaml)) return false;
        var reader = new Reader(yaml, firstLine);
        try
        {
            if (!reader.SkipToContent()) return false; // no document: SharpYaml says what that is
            root = reader.Block(reader.Indent);
            return root is not null && !reader.SkipToContent() && reader.Nodes <= YamlTreeReader.MaxValues;
        }
        catch (DeclinedException)
        {
            root = null;
            return false;
        }
    }

    // Tabs, carriage returns, other control characters, YAML 1.1's other line breaks, byte-order marks and
    // surrogates (columns are counted in UTF-16 units here) are left to SharpYaml.
    private static bool OnlyPlainCharacters(string yaml)
    {
        foreach (var c in yaml)
        {
            if (c < ' ' ? c != '\n' : c is '\u007F' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF' || char.IsSurrogate(c)) return false;
        }
        return true;
    }

    private sealed class DeclinedException : Exception;

    private sealed class Reader(string text, int firstLine)
    {
        private static readonly DeclinedException Declined = new();

        private int _lineStart;   // where the current line starts in the text
        private int _lineEnd;     // where it ends (its '\n' or the end of the text)
        private int _line;        // 0-based
        private int _depth;       // collections open around the current node

        /// <summary>Deeper than front matters go, and well under SharpYaml's own limit, which then reports it.</summary>
        private const int MaxDepth = 32;

        public int Nodes { get; private set; }

        /// <summary>The indentation of the current line.</summary>
        public int Indent { get; private set; }

        /// <summary>Moves to the next line with content (not blank, not only a comment), from the current one; false at the end.</summary>
        public bool SkipToContent()
        {
            while (_lineStart <= text.Length)
            {
                var end = text.IndexOf('\n', _lineStart);
                _lineEnd = end < 0 ? text.Length : end;
                var indent = 0;
                while (_lineStart + indent < _lineEnd && text[_lineStart + indent] == ' ') indent++;
                if (_lineStart + indent < _lineEnd && text[_lineStart + indent] != '#')
                {
                    Indent = indent;
                    return true;
                }
                if (end < 0) break;
                _lineStart = end + 1;
                _line++;
            }
            _lineStart = text.Length + 1;
            return false;
        }

        private void NextLine()
        {
            _lineStart = _lineEnd + 1;
            _line++;
        }

        private static Exception Decline() => Declined;

        /// <summary>The block node whose first line is the current one, indented by <paramref name="indent"/>.</summary>
        public YamlNode Block(int indent)
        {
            var at = _lineStart + indent;
            return text[at] == '-' ? Sequence(indent) : Mapping(indent, at);
        }

        // Every collection opens here, so that nesting cannot run the stack out.
        private T Open<T>(T collection) where T : YamlNode
        {
            if (++_depth > MaxDepth) throw Decline();
            return Count(collection);
        }

        private int Column(int position) => position - _lineStart + 1;

        private YamlMappingNode Mapping(int indent, int firstKey)
        {
            var map = Open(new YamlMappingNode(_line + firstLine, Column(firstKey)));
            var keyAt = firstKey;
            while (true)
            {
                var keyEnd = KeyEnd(keyAt);
                var key = Count(new YamlScalarNode(text[keyAt..keyEnd], true, _line + firstLine, Column(keyAt)));
                if (map.KeyNamed(key.Value) is not null) throw Decline(); // SharpYaml's reader reports it
                var valueAt = SkipSpaces(keyEnd + 1);
                YamlNode value;
                if (valueAt + 1 == _lineEnd && text[valueAt] == '|')
                {
                    value = Literal(indent, valueAt);
                }
                else if (valueAt == _lineEnd || text[valueAt] == '#')
                {
                    NextLine();
                    if (!SkipToContent()) throw Decline(); // an empty value
                    if (Indent > indent) value = Block(Indent);
                    else if (Indent == indent && text[_lineStart + indent] == '-') value = Sequence(indent);
                    else throw Decline(); // an empty value
                }
                else
                {
                    value = Inline(valueAt);
                    NextLine();
                    SkipToContent();
                }
                map.Add(key, value);
                // The current line is the next one with content, or the end.
                if (_lineStart > text.Length || Indent < indent) { _depth--; return map; }
                if (Indent > indent || text[_lineStart + indent] == '-') throw Decline();
                keyAt = _lineStart + indent;
            }
        }

        private YamlSequenceNode Sequence(int indent)
        {
            var list = Open(new YamlSequenceNode(_line + firstLine, indent + 1));
            while (true)
            {
                var dash = _lineStart + indent;
                if (dash + 1 >= _lineEnd || text[dash + 1] != ' ') throw Decline(); // "-" alone, or "-x"
                var itemAt = SkipSpaces(dash + 1);
                if (itemAt == _lineEnd || text[itemAt] is '#' or '-') throw Decline();
                if (IsKey(itemAt))
                {
                    list.Add(Mapping(itemAt - _lineStart, itemAt));
                }
                else
                {
                    list.Add(Inline(itemAt));
                    NextLine();
                    SkipToContent();
                }
                if (_lineStart > text.Length || Indent < indent || (Indent == indent && text[_lineStart + indent] != '-')) { _depth--; return list; }
                if (Indent > indent) throw Decline();
            }
        }

        /// <summary>
        /// A literal block (`|` alone at <paramref name="bar"/>, the value of a field indented by <paramref name="indent"/>):
        /// its lines with their common indentation taken off, ending in one line break. Moves to the line after it.
        /// </summary>
        private YamlScalarNode Literal(int indent, int bar)
        {
            var (line, column) = (_line + firstLine, Column(bar));
            var lines = new List<(int Start, int End)>(); // each line's text after the block's indentation
            var blockIndent = -1;
            NextLine();
            while (_lineStart <= text.Length)
            {
                var end = text.IndexOf('\n', _lineStart);
                _lineEnd = end < 0 ? text.Length : end;
                var spaces = 0;
                while (_lineStart + spaces < _lineEnd && text[_lineStart + spaces] == ' ') spaces++;
                var blank = _lineStart + spaces == _lineEnd;
                if (!blank)
                {
                    if (blockIndent < 0) blockIndent = spaces;
                    if (spaces < blockIndent) break;
                    // Its last line without a line break after it ends the value without one: left to SharpYaml.
                    if (end < 0) throw Decline();
                    lines.Add((_lineStart + blockIndent, _lineEnd));
                }
                else
                {
                    // Spaces past the block's indentation on a blank line are text: left to SharpYaml.
                    if (spaces > (blockIndent < 0 ? indent : blockIndent)) throw Decline();
                    lines.Add((_lineEnd, _lineEnd));
                }
                if (end < 0) { _lineStart = text.Length + 1; break; }
                NextLine();
            }
            if (blockIndent <= indent) throw Decline(); // empty, or not indented under its field
            while (lines.Count > 0 && lines[^1].Start == lines[^1].End) lines.RemoveAt(lines.Count - 1);
            var value = string.Join('\n', lines.Select(l => text[l.Start..l.End])) + "\n";
            if (_lineStart <= text.Length) SkipToContent();
            return Count(new YamlScalarNode(value, false, line, column));
        }

        /// <summary>Whether a block mapping's key starts at <paramref name="at"/>: a name, a colon, then a space or the end of the line.</summary>
        private bool IsKey(int at)
        {
            var end = at;
            while (end < _lineEnd && IsNameCharacter(text[end])) end++;
            return end > at && end < _lineEnd && text[end] == ':' && (end + 1 == _lineEnd || text[end + 1] == ' ');
        }

        private int KeyEnd(int at)
        {
            if (!IsKey(at) || !(char.IsAsciiLetterOrDigit(text[at]) || text[at] == '_')) throw Decline();
            var end = at;
            while (IsNameCharacter(text[end])) end++;
            return end;
        }

        private static bool IsNameCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.';

        private int SkipSpaces(int at)
        {
            while (at < _lineEnd && text[at] == ' ') at++;
            return at;
        }

        /// <summary>A value that starts and ends on the current line, after which only a comment may follow.</summary>
        private YamlNode Inline(int at)
        {
            YamlNode node;
            int end;
            switch (text[at])
            {
                case '{' or '[':
                    (node, end) = Flow(at);
                    break;
                case '"' or '\'':
                    (node, end) = Quoted(at);
                    break;
                default:
                    end = PlainEnd(at, inFlow: false);
                    node = Count(new YamlScalarNode(text[at..end].TrimEnd(' '), true, _line + firstLine, Column(at)));
                    break;
            }
            end = SkipSpaces(end);
            if (end < _lineEnd && (text[end] != '#' || text[end - 1] != ' ')) throw Decline();
            return node;
        }

        /// <summary>Where a plain value starting at <paramref name="at"/> ends (before a comment, in a flow before `,`, `]` or `}`).</summary>
        private int PlainEnd(int at, bool inFlow)
        {
            // Indicators and what YAML reserves may not start a plain value.
            if (text[at] is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`')
                throw Decline();
            var end = at;
            while (end < _lineEnd)
            {
                var c = text[end];
                if (c == '#' && text[end - 1] == ' ') break;
                if (c == ':')
                {
                    var next = end + 1 < _lineEnd ? text[end + 1] : ' ';
                    if (inFlow || next == ' ') break;
                }
                if (inFlow && c is ',' or '[' or ']' or '{' or '}') break;
                end++;
            }
            var trimmed = end;
            while (text[trimmed - 1] == ' ') trimmed--;
            if (!inFlow && end < _lineEnd && text[end] == ':') throw Decline(); // "a: b: c" or a key with nothing after it
            return trimmed;
        }

        private (YamlNode Node, int End) Quoted(int at)
        {
            var quote = text[at];
            var close = at + 1;
            string value;
            if (quote == '"')
            {
                while (close < _lineEnd && text[close] != '"')
                {
                    if (text[close] == '\\') throw Decline(); // escapes
                    close++;
                }
                if (close >= _lineEnd) throw Decline(); // over several lines
                value = text[(at + 1)..close];
            }
            else
            {
                while (true)
                {
                    if (close >= _lineEnd) throw Decline();
                    if (text[close] == '\'')
                    {
                        if (close + 1 < _lineEnd && text[close + 1] == '\'') { close += 2; continue; }
                        break;
                    }
                    close++;
                }
                value = text[(at + 1)..close].Replace("''", "'");
            }
            // Leading or trailing spaces inside quotes are kept by YAML but easy to get wrong: leave them to SharpYaml.
            if (value.Length > 0 && (value[0] == ' ' || value[^1] == ' ')) throw Decline();
            return (Count(new YamlScalarNode(value, false, _line + firstLine, Column(at))), close + 1);
        }

        /// <summary>A flow mapping or list on the current line; returns it and the position after its closing bracket.</summary>
        private (YamlNode Node, int End) Flow(int at)
        {
            var mapping = text[at] == '{';
            var close = mapping ? '}' : ']';
            YamlNode node = mapping
                ? Open(new YamlMappingNode(_line + firstLine, Column(at)))
                : Open(new YamlSequenceNode(_line + firstLine, Column(at)));
            var i = SkipSpaces(at + 1);
            if (i < _lineEnd && text[i] == close) { _depth--; return (node, i + 1); }
            while (true)
            {
                if (i >= _lineEnd) throw Decline(); // over several lines
                if (mapping)
                {
                    var (key, keyEnd) = FlowItem(i);
                    if (key is not YamlScalarNode { IsPlain: true } name || keyEnd >= _lineEnd || text[keyEnd] != ':'
                        || keyEnd + 1 >= _lineEnd || text[keyEnd + 1] != ' ')
                        throw Decline();
                    var map = (YamlMappingNode)node;
                    if (map.KeyNamed(name.Value) is not null) throw Decline();
                    var valueAt = SkipSpaces(keyEnd + 1);
                    if (valueAt >= _lineEnd || text[valueAt] is ',' or '}') throw Decline(); // an empty value
                    var (value, valueEnd) = FlowItem(valueAt);
                    map.Add(key, value);
                    i = SkipSpaces(valueEnd);
                }
                else
                {
                    var (item, itemEnd) = FlowItem(i);
                    ((YamlSequenceNode)node).Add(item);
                    i = SkipSpaces(itemEnd);
                }
                if (i >= _lineEnd) throw Decline();
                if (text[i] == close) { _depth--; return (node, i + 1); }
                if (text[i] != ',') throw Decline();
                i = SkipSpaces(i + 1);
                if (i >= _lineEnd || text[i] == close) throw Decline(); // a trailing comma
            }
        }

        private (YamlNode Node, int End) FlowItem(int at)
        {
            switch (text[at])
            {
                case '{' or '[':
                    return Flow(at);
                case '"' or '\'':
                    return Quoted(at);
                default:
                    var end = PlainEnd(at, inFlow: true);
                    var node = Count(new YamlScalarNode(text[at..end], true, _line + firstLine, Column(at)));
                    var after = SkipSpaces(end);
                    if (after >= _lineEnd || text[after] is '[' or '{' or '#' || (text[after] == ':' && after != end)) throw Decline();
                    return (node, after == end ? end : after);
            }
        }

        private T Count<T>(T node) where T : YamlNode
        {
            Nodes++;
            return node;
        }
    }
}
