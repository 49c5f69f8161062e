using System.Text;
using SiteGen.Markup.PageText;
using SiteGen.Markup.Readings;

namespace SiteGen.Markup.LanguageOfParts;

/// <summary>
/// Marks the Japanese in a page of another language (a name such as ラコルタ柏 in an English plan, a 重点 mark) with
/// &lt;span lang="ja"&gt;, so a screen reader reads it with a Japanese voice (WCAG 3.1.2, language of parts). Authors
/// cannot mark it in Markdown, and a name is Japanese by its letters, so the page is marked after it is written.
/// </summary>
public static class JapaneseRuns
{
    private const string Open = "<span lang=\"ja\">";
    private const string Close = "</span>";

    /// <summary>The page with each run of Japanese in its body marked, except inside what is already Japanese.</summary>
    public static string Mark(string html)
    {
        var output = new StringBuilder();
        return Marked(html, output) ? output.ToString() : html;
    }

    /// <summary>The page with its Japanese marked into <paramref name="output"/> (empty): whether it had any.</summary>
    public static bool Marked(ReadOnlySpan<char> html, StringBuilder output) =>
        BodyText.Rewrite(html, BodyText.IsJapanese, acrossBreaks: false, FirstJapanese, Text, output);

    // Most English text has no letter past U+3005: such a run is never copied.
    private static int FirstJapanese(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('\u3005', '\u9FFF');

    private static void Text(ReadOnlySpan<char> text, StringBuilder output)
    {
        var written = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!JapaneseLetter.Is(text[i])) { i++; continue; }
            var end = RunEnd(text, i);
            output.Append(text[written..i]).Append(Open).Append(text[i..end]).Append(Close);
            written = i = end;
        }
        output.Append(text[written..]);
    }

    /// <summary>Where a run of Japanese that starts with a letter at <paramref name="start"/> ends.</summary>
    private static int RunEnd(ReadOnlySpan<char> text, int start)
    {
        var end = start + 1;
        var i = end;
        while (i < text.Length)
        {
            var c = text[i];
            if (JapaneseLetter.Is(c)) { end = ++i; continue; }
            // Japanese punctuation, full-width forms, marks and digits belong to the run when more Japanese follows.
            if (IsJapaneseMark(c) || char.IsAsciiDigit(c)) { i++; continue; }
            break;
        }
        // A closing bracket or mark right after the last letter stays with it (「柏」, 第4期）).
        while (end < text.Length && IsJapaneseMark(text[end]) && IsClosing(text[end])) end++;
        return end;
    }

    private static bool IsJapaneseMark(char c) => c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF' or '・' or '◎' or '△' or '○';

    private static bool IsClosing(char c) => c is '」' or '』' or '）' or '】' or '〕' or '〉' or '》' or '。' or '、';
}
