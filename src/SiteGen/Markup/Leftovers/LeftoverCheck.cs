using SiteGen.Markup.Lines;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.Markup.Leftovers;

/// <summary>
/// Warns, at their lines, about what a text copied from a PDF leaves behind and a reader of the page cannot use:
/// ■…■ decoration around a title, a placeholder for a picture that is not there ([イメージ], [Illustration]),
/// and a heading with nothing under it. A look at the lines, not a parse: `check` stays as fast as it is.
/// </summary>
public static partial class LeftoverCheck
{
    public static void Check(string? markdown, string file, int firstLine, string field, DiagnosticBag diagnostics)
    {
        if (markdown is null) return;
        (int Line, int Level, string Text)? open = null;
        foreach (var (i, line) in ProseLines.Of(markdown))
        {
            var at = new SourceLocation(file, firstLine + i, 1);
            if (Heading().Match(line) is { Success: true } heading)
            {
                var level = heading.Groups[1].Length;
                if (open is { } previous && level <= previous.Level) Empty(previous, file, firstLine, field, diagnostics);
                open = (i, level, heading.Groups[2].Value.Trim());
            }
            else open = null;
            if (Decorated().IsMatch(line))
                diagnostics.Warning(at with { Column = line.IndexOf('■') + 1 }, field, "■ … ■ around a title is decoration from the PDF: a screen reader reads out each ■",
                    "remove the ■ marks; if the line titles what follows, make it a heading (#### title)");
            if (Placeholder().IsMatch(line))
                diagnostics.Warning(at with { Column = line.Length - line.TrimStart().Length + 1 }, field, "a placeholder for a picture that is not on the page (from the PDF)",
                    "remove the line, or describe in words what the picture shows (a list or a table)");
        }
        if (open is { } last) Empty(last, file, firstLine, field, diagnostics);
    }

    private static void Empty((int Line, int Level, string Text) heading, string file, int firstLine, string field, DiagnosticBag diagnostics) =>
        diagnostics.Warning(new SourceLocation(file, firstLine + heading.Line, 1), field,
            $"the heading `{heading.Text}` has nothing under it: readers find an empty section",
            "write what the section says under the heading, or remove the heading");

    [GeneratedRegex(@"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")]
    private static partial Regex Heading();

    /// <summary>A line whose text starts and ends with ■ (inside ** or not), as PDF titles are framed.</summary>
    [GeneratedRegex(@"^\s*(\*\*|__)?\s*■.*■\s*(\*\*|__)?")]
    private static partial Regex Decorated();

    [GeneratedRegex(@"^\s*(\*\*|__)?\s*[\[［](イメージ|イメージ図|図|写真|イラスト|Illustration|Image|Figure|Picture|Photo)[\]］]\s*(\*\*|__)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();
}
