using System.Buffers;
using System.Text;
using SiteGen.Markup.PageText;

namespace SiteGen.Markup.Readings;

/// <summary>
/// Puts furigana from the readings dictionary over the words of a Japanese page: in the text of its &lt;body&gt; only
/// (<see cref="BodyText"/>: never in tags, code, existing ruby, where a hand-written reading wins, or an element whose
/// lang is not Japanese), longest word first, as the same &lt;ruby&gt; markup hand-written furigana has.
/// </summary>
public static class ReadingAnnotator
{
    /// <summary>The page with furigana over the words of <paramref name="readings"/>; the page as it is when none is found.</summary>
    public static string Annotate(string html, ReadingDictionary readings)
    {
        var output = new StringBuilder();
        return Annotated(html, readings, output) ? output.ToString() : html;
    }

    /// <summary>The page with furigana into <paramref name="output"/> (empty): whether it has any.</summary>
    public static bool Annotated(ReadOnlySpan<char> html, ReadingDictionary readings, StringBuilder output) =>
        !readings.IsEmpty && BodyText.Rewrite(html, lang => !BodyText.IsJapanese(lang), acrossBreaks: true, FirstKanjiOrKana, (text, o) => Text(text, readings, o), output);

    private static int FirstKanjiOrKana(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('\u3005', '\uFFFF');

    /// <summary>
    /// One run of text between tags, its words replaced by the word with furigana. A phrase break (&lt;wbr&gt;) the line
    /// breaker left inside a dictionary word is dropped, so the word gets its reading and never breaks.
    /// </summary>
    private static void Text(ReadOnlySpan<char> text, ReadingDictionary readings, StringBuilder output)
    {
        if (text.IndexOf(BodyText.Break.AsSpan(), StringComparison.Ordinal) < 0) { Words(text, [], readings, output); return; }
        // Pooled: most Japanese runs have a break in them, and a page has thousands of runs.
        var letters = ArrayPool<char>.Shared.Rent(text.Length);
        var breaks = ArrayPool<int>.Shared.Rent(text.Length / BodyText.Break.Length + 1); // where a <wbr> stood, as a position in the letters
        try
        {
            var length = 0;
            var count = 0;
            for (var rest = text; ;)
            {
                var at = rest.IndexOf(BodyText.Break.AsSpan(), StringComparison.Ordinal);
                var part = at < 0 ? rest : rest[..at];
                part.CopyTo(letters.AsSpan(length));
                length += part.Length;
                if (at < 0) break;
                breaks[count++] = length;
                rest = rest[(at + BodyText.Break.Length)..];
            }
            Words(letters.AsSpan(0, length), breaks.AsSpan(0, count), readings, output);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(letters);
            ArrayPool<int>.Shared.Return(breaks);
        }
    }

    /// <summary>Letters whose phrase breaks were taken out (<paramref name="breaks"/>: where each stood), with furigana and the breaks not inside a word.</summary>
    private static void Words(ReadOnlySpan<char> plain, ReadOnlySpan<int> breaks, ReadingDictionary readings, StringBuilder output)
    {
        var next = 0; // the next break to write
        var written = 0;
        var i = 0;
        while (i < plain.Length)
        {
            // Text without kanji is most of a page's bytes: pass it by cheaply.
            if (plain[i] < '\u3005' || readings.LongestAt(plain, i) is not { } entry) { i++; continue; }
            // 6日 is read むいか: the number goes under the reading with its 日.
            var (start, html) = DayCounts.Before(plain, written, i, entry) ?? (i, entry.Html);
            next = Letters(plain, written, start, breaks, next, output);
            output.Append(html);
            i += entry.Word.Length;
            while (next < breaks.Length && breaks[next] < i) next++; // inside the word
            written = i;
        }
        Letters(plain, written, plain.Length, breaks, next, output);
    }

    /// <summary>Writes letters [from, to) and the breaks before each and at <paramref name="to"/>; returns the next break not written.</summary>
    private static int Letters(ReadOnlySpan<char> plain, int from, int to, ReadOnlySpan<int> breaks, int next, StringBuilder output)
    {
        for (; next < breaks.Length && breaks[next] <= to; next++)
        {
            output.Append(plain[from..breaks[next]]).Append(BodyText.Break);
            from = breaks[next];
        }
        output.Append(plain[from..to]);
        return next;
    }
}
