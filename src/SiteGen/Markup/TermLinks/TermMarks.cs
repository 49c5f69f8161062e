using SiteGen.Markup.Lines;
using SiteGen.Diagnostics;
using SiteGen.I18n;

namespace SiteGen.Markup.TermLinks;

/// <summary>
/// A text of a content file that has a ※ in it, where it is written: what `check` looks at for marks that link
/// nowhere. <paramref name="TextColumn"/> is the column of the text's first letter when the text is on one line
/// of the file, so a mark is reported at its own column; null for a text over several lines (reported at its start).
/// </summary>
public sealed record MarkedText(string Text, Language Language, SourceLocation At, string Field, int? TextColumn);

/// <summary>
/// ※ marks that follow a word no glossary term ends with: the reader sees a ※ that promises an explanation and
/// links nowhere. A ※ that starts a note (※各柱の施策は…), or stands after a space or a bracket, is no term mark.
/// </summary>
public static class TermMarks
{
    /// <summary>Each such mark: its index in <paramref name="text"/> (at the ※ or its opening bracket) and the word before it, as written.</summary>
    public static IEnumerable<(int Index, string Word)> Unmatched(string text, TermIndex terms)
    {
        for (var i = text.IndexOf('※'); i >= 0; i = text.IndexOf('※', i + 1))
        {
            var start = i > 0 && text[i - 1] is '（' or '(' ? i - 1 : i;
            var markLength = TermIndex.MarkAt(text.AsSpan(start));
            if (markLength == 0) continue;
            var before = text.AsSpan(0, start);
            var termEnd = TermIndex.TermEnd(before, markLength);
            if (termEnd == 0 || !char.IsLetterOrDigit(before[termEnd - 1])) continue;
            if (terms.EndOf(before[..termEnd]) is not null) continue;
            yield return (start, WordBefore(before[..termEnd]));
        }
    }

    /// <summary>Up to 12 letters before the mark, back to the nearest space or punctuation: enough to find the place.</summary>
    private static string WordBefore(ReadOnlySpan<char> text)
    {
        var from = text.Length;
        while (from > 0 && text.Length - from < 12 && (char.IsLetterOrDigit(text[from - 1]) || text[from - 1] is '・' or 'ー' or '-'))
            from--;
        return text[from..].ToString();
    }

    /// <summary>Where the mark at <paramref name="index"/> of a marked text is: its own line and column when the text is written on one line.</summary>
    public static SourceLocation At(MarkedText marked, int index) =>
        marked.TextColumn is { } column ? marked.At with { Column = column + index } : marked.At;

    /// <summary>The marks of a Markdown text (a narrative) that link nowhere, at their lines; fenced code and code spans are left alone.</summary>
    public static IEnumerable<(SourceLocation At, string Word)> UnmatchedIn(string? markdown, string file, int firstLine, TermIndex terms)
    {
        if (markdown is null) yield break;
        foreach (var (i, line) in ProseLines.Of(markdown))
        {
            if (line.Contains('`')) continue;
            foreach (var (index, word) in Unmatched(line, terms))
                yield return (new SourceLocation(file, firstLine + i, index + 1), word);
        }
    }
}
