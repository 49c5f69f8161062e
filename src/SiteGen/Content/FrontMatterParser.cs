using SiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Content;

/// <summary>Splits "---\nYAML\n---\nMarkdown" and parses the YAML into a node tree that keeps positions.</summary>
public static partial class FrontMatterParser
{
    // YamlDotNet parses no faster on two threads than on one (816 against 800 ms for the 1,000-plan
    // front matter): since version 16 its scanner takes its buffers from pools that every thread
    // shares (aaubry/YamlDotNet#957), and parallel parses mostly wait on each other there
    // (docs/performance.md, "YAML"). One parse at a time gives the same YAML throughput and leaves
    // the other cores to the rest of loading (reading, Markdown, binding): on 1,000 plans the load
    // stage's processor time fell 15 % and its wall time about 5 %; on 10,000 its processor time fell
    // as much and its wall time stayed the same.
    private static readonly object OneParseAtATime = new();

    private const string MalformedYamlHint = "check indentation (spaces, not tabs), that every `name:` has a space after the colon, and that quotes are closed";

    public static SourceDocument Parse(string relativePath, string text, DiagnosticBag diagnostics, bool frontMatterRequired)
    {
        text = text.Replace("\r\n", "\n");
        if (text.StartsWith('\uFEFF')) text = text[1..];

        if (!text.StartsWith("---\n") && text != "---")
        {
            if (frontMatterRequired)
                diagnostics.Error(SourceLocation.StartOf(relativePath), "",
                    "the file does not start with front matter",
                    "put a line with three dashes (---) first, the YAML fields, then another --- line");
            return new SourceDocument(relativePath, null, 1, text, 1);
        }

        // Find the closing fence: a line that is exactly "---" (or "...", YAML's document end).
        var lines = text.Split('\n');
        var close = -1;
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...") { close = i; break; }
        }
        if (close < 0)
        {
            diagnostics.Error(new SourceLocation(relativePath, 1, 1), "",
                "the front matter is never closed",
                "add a line with three dashes (---) after the last YAML field");
            return new SourceDocument(relativePath, null, 2, "", lines.Length + 1);
        }

        var yaml = string.Join('\n', lines[1..close]);
        var body = string.Join('\n', lines[(close + 1)..]);
        const int yamlFirstLine = 2;
        var bodyFirstLine = close + 2;

        if (!LayoutIsClean(relativePath, lines[1..close], yamlFirstLine, diagnostics))
            return new SourceDocument(relativePath, null, yamlFirstLine, body, bodyFirstLine);

        YamlMappingNode? root = null;
        try
        {
            var stream = new YamlStream();
            lock (OneParseAtATime) stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0)
                root = new YamlMappingNode();
            else if (stream.Documents[0].RootNode is YamlMappingNode map)
                root = map;
            else
                diagnostics.Error(new SourceLocation(relativePath, yamlFirstLine, 1), "",
                    "the front matter must be a list of fields (name: value)",
                    "write each field on its own line as `name: value`");
        }
        catch (Exception e) when (e is not YamlException)
        {
            // YamlDotNet throws a plain exception (not a YamlException) for some unclosed brackets, without a
            // position (InvalidOperationException in 16+, System.Exception in 15): find the line.
            if (UnclosedBracket(lines[1..close]) is var (line, column))
                diagnostics.Error(new SourceLocation(relativePath, yamlFirstLine + line, column + 1), "",
                    "the YAML is malformed: a { or [ on this line is never closed",
                    "close every { with } and every [ with ] on the same line, or quote the text if it contains brackets");
            else
                diagnostics.Error(new SourceLocation(relativePath, yamlFirstLine, 1), "",
                    "the YAML is malformed and the YAML reader could not say where", MalformedYamlHint);
        }
        catch (YamlException e)
        {
            var line = (int)e.Start.Line + yamlFirstLine - 1;
            var column = (int)e.Start.Column;
            diagnostics.Error(new SourceLocation(relativePath, Math.Max(line, yamlFirstLine), Math.Max(column, 1)), "",
                "the YAML is malformed: " + Describe(e),
                MalformedYamlHint);
        }

        return new SourceDocument(relativePath, root, yamlFirstLine, body, bodyFirstLine);
    }

    /// <summary>
    /// Catches what Japanese editors put into YAML by accident and the YAML parser reports at the
    /// wrong place or in cryptic words: tabs and full-width spaces used for indentation, and a
    /// full-width colon after a field name.
    /// </summary>
    private static bool LayoutIsClean(string file, string[] yamlLines, int firstLine, DiagnosticBag diagnostics)
    {
        var clean = true;
        for (var i = 0; i < yamlLines.Length; i++)
        {
            var line = yamlLines[i];
            var indentEnd = 0;
            while (indentEnd < line.Length && line[indentEnd] is ' ' or '\t' or '\u3000') indentEnd++;
            var tab = line.IndexOf('\t', 0, indentEnd);
            var wide = line.IndexOf('\u3000', 0, indentEnd);
            if (tab >= 0)
            {
                diagnostics.Error(new SourceLocation(file, firstLine + i, tab + 1), "", "a tab is used to indent this line",
                    "indent with spaces only (two spaces per level); many editors can show tabs and convert them");
                clean = false;
            }
            else if (wide >= 0)
            {
                diagnostics.Error(new SourceLocation(file, firstLine + i, wide + 1), "", "a full-width space (全角スペース) is used to indent this line",
                    "indent with half-width spaces only (two per level)");
                clean = false;
            }
            else if (FullWidthColon().Match(line) is { Success: true } colon)
            {
                diagnostics.Error(new SourceLocation(file, firstLine + i, colon.Index + colon.Length), "", "the field name is followed by a full-width colon (：)",
                    "write a half-width colon and a space after the field name, e.g. `title: …`");
                clean = false;
            }
        }
        return clean;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*-?\s*[A-Za-z][A-Za-z0-9]*\s*：")]
    private static partial System.Text.RegularExpressions.Regex FullWidthColon();

    /// <summary>The first line (0-based) with more opening than closing brackets outside quotes, and where its first unclosed one is; null if none.</summary>
    private static (int Line, int Column)? UnclosedBracket(string[] yamlLines)
    {
        for (var i = 0; i < yamlLines.Length; i++)
        {
            var open = new Stack<int>();
            char? quote = null;
            var line = yamlLines[i];
            for (var c = 0; c < line.Length; c++)
            {
                var ch = line[c];
                if (quote is not null) { if (ch == quote) quote = null; continue; }
                if (ch is '"' or '\'') quote = ch;
                else if (ch == '#' && (c == 0 || line[c - 1] == ' ')) break;
                else if (ch is '{' or '[') open.Push(c);
                else if (ch is '}' or ']' && open.Count > 0) open.Pop();
            }
            if (open.Count > 0) return (i, open.Last());
        }
        return null;
    }

    private static string Describe(YamlException e)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line...): "; the position is already in the location.
        var message = e.InnerException?.Message ?? e.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 ? message[(cut + 3)..] : message).Trim();
    }
}
