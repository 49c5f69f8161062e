using System.Text.RegularExpressions;

namespace SiteGen.Content.Yaml;

/// <summary>
/// What staff most often break in a line of YAML, found by looking at the lines themselves once the
/// parser has failed. The parser notices an unclosed quote or bracket only where the next field starts,
/// a missing space after a colon one line late, and an English text with ": " in it as a mapping
/// "not allowed in this context"; this names the mistake and points at it.
/// </summary>
/// <param name="Line">0-based line of the YAML text.</param>
/// <param name="Column">0-based column.</param>
public sealed partial record LikelyMistake(int Line, int Column, string Message, string Hint)
{
    /// <summary>
    /// The first line with an unclosed quote or bracket or an unquoted text holding ": ", else the first
    /// `name:value` without a space; null if none. Lines inside a block text (`|`, `>`) are not looked at.
    /// </summary>
    public static LikelyMistake? In(IReadOnlyList<string> yamlLines)
    {
        var lines = OutsideBlockTexts(yamlLines).ToList();
        foreach (var i in lines)
        {
            if (UnclosedOn(yamlLines[i], i) is { } unclosed) return unclosed;
        }
        foreach (var i in lines)
        {
            if (NoSpaceAfterColon().Match(yamlLines[i]) is { Success: true } m)
                return new LikelyMistake(i, m.Groups[1].Index + m.Groups[1].Length, $"there is no space after the colon of `{m.Groups[1].Value}`",
                    $"write a half-width space after the colon: `{m.Groups[1].Value}: {Shorten(yamlLines[i][(m.Index + m.Length)..])}`");
        }
        return null;
    }

    /// <summary>The lines that are YAML, not the text of a block value (`|` or `>`), which may hold anything.</summary>
    private static IEnumerable<int> OutsideBlockTexts(IReadOnlyList<string> yamlLines)
    {
        var blockIndent = -1;
        for (var i = 0; i < yamlLines.Count; i++)
        {
            var line = yamlLines[i];
            var indent = line.Length - line.TrimStart(' ').Length;
            if (blockIndent >= 0 && (line.Trim().Length == 0 || indent > blockIndent)) continue;
            blockIndent = BlockStart().IsMatch(line) ? indent : -1;
            yield return i;
        }
    }

    /// <summary>An unclosed quote or bracket on the line, or a second `: ` in one value (English text with a colon, unquoted).</summary>
    private static LikelyMistake? UnclosedOn(string line, int index)
    {
        // One entry per open bracket (the line itself is the outermost): the bracket, where the current
        // entry in it starts, and where that entry's `: ` is once seen.
        var entries = new Stack<(int Bracket, int Start, int Colon)>();
        entries.Push((-1, 0, -1));
        for (var c = 0; c < line.Length; c++)
        {
            var ch = line[c];
            if (ch is '"' or '\'' && StartsScalar(line, c))
            {
                var end = QuoteEnd(line, c);
                if (end < 0)
                    return new LikelyMistake(index, c, $"the quote {ch} on this line is never closed",
                        $"end the text with {ch} on the same line; to write {ch} inside it, write {(ch == '"' ? "\\\"" : "''")}");
                c = end;
            }
            else if (ch == '#' && (c == 0 || line[c - 1] == ' ')) break;
            else if (ch is '{' or '[') entries.Push((c, c + 1, -1));
            else if (ch is '}' or ']' && entries.Count > 1) entries.Pop();
            else if (ch == ',' && entries.Count > 1)
            {
                entries.Push((entries.Pop().Bracket, c + 1, -1));
            }
            else if (ch == ':' && (c + 1 == line.Length || line[c + 1] == ' '))
            {
                var (bracket, start, colon) = entries.Pop();
                if (colon >= 0) return SecondColon(line, index, start, colon, c, inBrackets: bracket >= 0);
                entries.Push((bracket, start, c));
            }
        }
        return entries.Count > 1
            ? new LikelyMistake(index, entries.ElementAt(entries.Count - 2).Bracket, "a { or [ on this line is never closed",
                "close every { with } and every [ with ] on the same line, or quote the text if it contains brackets")
            : null;
    }

    private static LikelyMistake SecondColon(string line, int index, int entryStart, int colon, int second, bool inBrackets)
    {
        var name = line[entryStart..colon].Trim().TrimStart('-', ' ');
        var valueStart = colon + 2;
        var valueEnd = inBrackets ? line.IndexOfAny([',', '}', ']'], second) : -1;
        var value = line[valueStart..(valueEnd < 0 ? line.Length : valueEnd)].Trim();
        return new LikelyMistake(index, second, $"the text after `{name}:` has a colon and a space in it, which YAML reads as the start of another field",
            $"put the text in double quotes: `{name}: \"{Shorten(value)}\"`");
    }

    /// <summary>A quote opens a quoted value only where a value starts (an apostrophe inside words does not).</summary>
    private static bool StartsScalar(string line, int at)
    {
        var before = at - 1;
        while (before >= 0 && line[before] == ' ') before--;
        return before < 0 || line[before] is ':' or ',' or '[' or '{' or '-' or '?';
    }

    /// <summary>Where the quoted value opened at <paramref name="start"/> ends on this line, or -1.</summary>
    private static int QuoteEnd(string line, int start)
    {
        var quote = line[start];
        for (var c = start + 1; c < line.Length; c++)
        {
            if (quote == '"' && line[c] == '\\') c++;
            else if (line[c] == quote && quote == '\'' && c + 1 < line.Length && line[c + 1] == '\'') c++;
            else if (line[c] == quote) return c;
        }
        return -1;
    }

    private static string Shorten(string value) => value.Length > 30 ? value[..30] + "…" : value;

    [GeneratedRegex(@"^\s*(?:-\s+)?([A-Za-z][A-Za-z0-9]*):(?=[^\s/])")]
    private static partial Regex NoSpaceAfterColon();

    /// <summary>A field whose value is a block of text on the lines below: `name: |`, `name: >-`, `- |`…</summary>
    [GeneratedRegex(@"(^\s*-|:)\s+[|>][+-]?[0-9]?\s*(#.*)?$")]
    private static partial Regex BlockStart();
}
