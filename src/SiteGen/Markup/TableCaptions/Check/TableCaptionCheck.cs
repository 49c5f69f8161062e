using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using SiteGen.Diagnostics;

namespace SiteGen.Markup.TableCaptions.Check;

/// <summary>
/// Warns about each Markdown table that has no caption, at its line, when the content is read, so that
/// `check` says it (the page would build, and the site's accessibility audit would list the table). A namespace of
/// its own: it reads with the renderer's block pipeline, which the caption extension is part of.
/// </summary>
public static class TableCaptionCheck
{
    // Parsing only: the blocks of the narrative pipeline that can hold a table, and the caption rule.
    private static readonly MarkdownPipeline Parsing = MarkdownRenderer.Blocks(new MarkdownPipelineBuilder()).Build();

    /// <summary>
    /// Adds a warning for every table in <paramref name="markdown"/> without a caption.
    /// <paramref name="firstLine"/> is the line of <paramref name="file"/> the text starts on.
    /// </summary>
    public static void Check(string? markdown, string file, int firstLine, string field, DiagnosticBag diagnostics)
    {
        // Parsed only when a table may lack a caption: the page parses it again anyway (docs/performance.md, "One pass over each page").
        if (markdown is null || EveryTableLooksCaptioned(markdown)) return;
        foreach (var table in Markdown.Parse(markdown, Parsing).Descendants<Table>())
        {
            if (TableCaptions.CaptionOf(table) is not null) continue;
            diagnostics.Warning(new SourceLocation(file, firstLine + table.Line, table.Column + 1), field,
                "this table has no caption: screen readers announce it only as a table, and the site's accessibility check lists it",
                "write the table's title on the line right above it, starting with 表： in Japanese text or Table: in English text, for example 表：地区の人口割合 or Table: Population by age");
        }
    }

    /// <summary>
    /// A look at the lines, not a parse: true when the text has no delimiter row, or a caption line heads the
    /// paragraph right above each table's header row (with at most one blank line between). It can be wrong
    /// only for text Markdown does not read as a table with a paragraph above it (in a code block, say),
    /// and only towards "captioned": whatever it doubts is parsed.
    /// </summary>
    private static bool EveryTableLooksCaptioned(string markdown)
    {
        if (!markdown.Contains('|') || !markdown.Contains('-')) return true;
        var lines = markdown.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (!IsDelimiterRow(lines[i])) continue;
            var end = i - 2; // lines[i - 1] is the header row
            if (end >= 0 && string.IsNullOrWhiteSpace(lines[end])) end--;
            if (end < 0 || string.IsNullOrWhiteSpace(lines[end])) return false;
            var start = end;
            while (start > 0 && !string.IsNullOrWhiteSpace(lines[start - 1])) start--;
            if (!TableCaptions.StartsWithPrefix(lines[start].AsSpan().TrimStart())) return false;
        }
        return true;
    }

    /// <summary>A pipe table's delimiter row: only '|', '-', ':' and spaces, with at least one '|' and one '-'.</summary>
    private static bool IsDelimiterRow(string line)
    {
        var row = line.AsSpan().Trim();
        return row.Contains('|') && row.Contains('-') && !row.ContainsAnyExcept("|-: \t");
    }
}
