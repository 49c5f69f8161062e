using SiteGen.Diagnostics;
using SiteGen.Markup.Nesting;

namespace SiteGen.Content;

/// <summary>
/// Reads one content file into a document: <see cref="ContentFile.Parse"/>, or a `serve` session's parsed files wrapping
/// it (<see cref="DocumentCache.Around"/>).
/// </summary>
/// <param name="bodyField">What the Markdown body is to the site ("narrative", "description"), for its diagnostics; null when no page shows it.</param>
public delegate SourceDocument ParseFile(string path, string relativePath, DiagnosticBag diagnostics, bool frontMatterRequired, string? bodyField);

/// <summary>
/// One content file from disk to <see cref="SourceDocument"/>: its text read, its front matter split off and
/// parsed, its Markdown body checked for nesting no page could show. A file that is not UTF-8 is reported at its
/// first bad byte and gives an empty document, so that what a wrongly saved file decodes to is never built, nor
/// reported as a heap of YAML mistakes.
/// </summary>
public static class ContentFile
{
    /// <summary>Reads every file, parsing every front matter.</summary>
    public static ParseFile Parse { get; } = Reading(FrontMatterParser.ParseTree);

    /// <summary>Reads every file, its front matter's tree made by <paramref name="readTree"/> (the trees kept on disk, <see cref="Yaml.YamlTreeCache"/>).</summary>
    public static ParseFile Reading(Yaml.ReadTree readTree) =>
        (path, relativePath, diagnostics, frontMatterRequired, bodyField) => Read(path, relativePath, diagnostics, frontMatterRequired, bodyField, readTree);

    private static SourceDocument Read(string path, string relativePath, DiagnosticBag diagnostics, bool frontMatterRequired, string? bodyField,
        Yaml.ReadTree readTree)
    {
        if (ContentText.Read(path, out var invalid) is not { } text)
        {
            var shiftJis = invalid.LooksLikeShiftJis ? "; it looks like it was saved as Shift_JIS (ANSI in Notepad)" : "";
            diagnostics.Error(new SourceLocation(relativePath, invalid.Line, invalid.Column), "encoding",
                $"the file is not valid UTF-8 (byte 0x{invalid.Value:X2} at line {invalid.Line}, column {invalid.Column}){shiftJis}",
                "save the file as UTF-8: in Notepad (メモ帳) use 名前を付けて保存 and choose 文字コード「UTF-8」; in VS Code click the encoding in the status bar, then Save with Encoding → UTF-8");
            return new SourceDocument(relativePath, null, 1, "", 1);
        }
        var document = FrontMatterParser.Parse(relativePath, text, diagnostics, frontMatterRequired, readTree);
        if (bodyField is not null && NestingCheck.TooDeep(document.Body) is { } deep)
            diagnostics.Error(new SourceLocation(relativePath, document.BodyFirstLine + deep.Line, deep.Column + 1), bodyField, NestingCheck.Message, NestingCheck.Hint);
        return document;
    }
}
