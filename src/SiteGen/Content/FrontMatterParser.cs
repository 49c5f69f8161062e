using SiteGen.Diagnostics;
using SiteGen.Content.Yaml;

namespace SiteGen.Content;

/// <summary>Splits "---\nYAML\n---\nMarkdown" and parses the YAML into a node tree that keeps positions.</summary>
public static partial class FrontMatterParser
{
    private const string MalformedYamlHint = "check indentation (spaces, not tabs), that every `name:` has a space after the colon, and that quotes are closed";

    /// <summary>Parses every front matter (<see cref="YamlTreeReader.Read"/>).</summary>
    public static readonly ReadTree ParseTree = (_, yaml, firstLine) => YamlTreeReader.Read(yaml, firstLine);

    public static SourceDocument Parse(string relativePath, string text, DiagnosticBag diagnostics, bool frontMatterRequired) =>
        Parse(relativePath, text, diagnostics, frontMatterRequired, ParseTree);

    /// <param name="readTree">Makes the front matter's tree: <see cref="ParseTree"/>, or the trees kept on disk wrapping it (<see cref="YamlTreeCache"/>).</param>
    public static SourceDocument Parse(string relativePath, string text, DiagnosticBag diagnostics, bool frontMatterRequired, ReadTree readTree)
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

        // Find the closing fence: a line that is exactly "---" (or "...", YAML's document end). Found by
        // position, without splitting the file into lines: every plan file is read at every build.
        const int yamlStart = 4, yamlFirstLine = 2;
        var (fenceStart, fenceEnd, fenceLine) = (-1, -1, yamlFirstLine);
        for (var start = yamlStart; start <= text.Length; fenceLine++)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (text.AsSpan(start, end - start).TrimEnd() is "---" or "...") { (fenceStart, fenceEnd) = (start, end); break; }
            start = end + 1;
        }
        if (fenceStart < 0)
        {
            diagnostics.Error(new SourceLocation(relativePath, 1, 1), "",
                "the front matter is never closed",
                "add a line with three dashes (---) after the last YAML field");
            return new SourceDocument(relativePath, null, 2, "", text.AsSpan().Count('\n') + 2);
        }

        var yaml = fenceStart > yamlStart ? text[yamlStart..(fenceStart - 1)] : "";
        var body = fenceEnd < text.Length ? text[(fenceEnd + 1)..] : "";
        var bodyFirstLine = fenceLine + 1;

        if (!LayoutIsClean(relativePath, yaml, yamlFirstLine, diagnostics))
            return new SourceDocument(relativePath, null, yamlFirstLine, body, bodyFirstLine);

        YamlMappingNode? root = null;
        try
        {
            switch (readTree(relativePath, yaml, yamlFirstLine))
            {
                case null: root = new YamlMappingNode(yamlFirstLine, 1); break;
                case YamlMappingNode map: root = map; break;
                default:
                    diagnostics.Error(new SourceLocation(relativePath, yamlFirstLine, 1), "",
                        "the front matter must be a list of fields (name: value)",
                        "write each field on its own line as `name: value`");
                    break;
            }
        }
        catch (YamlSyntaxException e)
        {
            // The parser's own words (no hint) are often late and vague: look for the mistake in the lines first.
            if (e.Hint is null && LikelyMistake.In(yaml.Split('\n')) is { } mistake)
                diagnostics.Error(new SourceLocation(relativePath, yamlFirstLine + mistake.Line, mistake.Column + 1), "",
                    "the YAML is malformed: " + mistake.Message, mistake.Hint);
            else
                diagnostics.Error(new SourceLocation(relativePath, e.Line, e.Column), "",
                    "the YAML is malformed: " + e.Message, e.Hint ?? MalformedYamlHint);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever else the YAML parser may throw on input it was not written for, it is still a content mistake, not a crash.
            diagnostics.Error(new SourceLocation(relativePath, yamlFirstLine, 1), "",
                "the YAML is malformed and the YAML reader could not say where", MalformedYamlHint);
        }

        return new SourceDocument(relativePath, root, yamlFirstLine, body, bodyFirstLine);
    }

    /// <summary>
    /// Catches what Japanese editors put into YAML by accident and the YAML parser reports at the
    /// wrong place or in cryptic words: tabs and full-width spaces used for indentation, and a
    /// full-width colon after a field name.
    /// </summary>
    private static bool LayoutIsClean(string file, string yaml, int firstLine, DiagnosticBag diagnostics)
    {
        var clean = true;
        for (var (i, start) = (0, 0); start < yaml.Length; i++)
        {
            var end = yaml.IndexOf('\n', start);
            if (end < 0) end = yaml.Length;
            var line = yaml.AsSpan(start, end - start);
            start = end + 1;
            var indentEnd = 0;
            while (indentEnd < line.Length && line[indentEnd] is ' ' or '\t' or '\u3000') indentEnd++;
            var tab = line[..indentEnd].IndexOf('\t');
            var wide = line[..indentEnd].IndexOf('\u3000');
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
            else
            {
                foreach (var colon in FullWidthColon().EnumerateMatches(line))
                {
                    diagnostics.Error(new SourceLocation(file, firstLine + i, colon.Index + colon.Length), "", "the field name is followed by a full-width colon (：)",
                        "write a half-width colon and a space after the field name, e.g. `title: …`");
                    clean = false;
                }
            }
        }
        return clean;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*-?\s*[A-Za-z][A-Za-z0-9]*\s*：")]
    private static partial System.Text.RegularExpressions.Regex FullWidthColon();
}
