namespace SiteGen.Markup.Phrases;

/// <summary>
/// ～ (U+FF5E), which Japanese Windows writes for the wave dash: unlike 〜 (U+301C) browsers break on either side of it
/// even under line-break: strict and keep-all, so <see cref="PhraseBreaks.Marks"/> keeps it in a box with its letter.
/// One that closes (令和元年度～, 目指して～) keeps the letter before it; one at the start or after a space opens a
/// subtitle (まちづくり ～地域共生社会の実現を目指して～) and keeps the letter after it.
/// </summary>
internal static class WaveDashes
{
    private const char FullwidthTilde = '～';
    private const string KeepOpen = "<span class=\"keep\">";

    /// <summary>Whether <paramref name="text"/> holds a ～ to box.</summary>
    public static bool Has(ReadOnlySpan<char> text) => text.Contains(FullwidthTilde);

    /// <summary>Whether <paramref name="c"/> is a wave dash, ～ or 〜.</summary>
    public static bool Is(char c) => c is FullwidthTilde or '〜';

    /// <summary>Whether the wave dash at <paramref name="i"/> opens: at the start or after a space.</summary>
    public static bool IsOpening(ReadOnlySpan<char> text, int i) => Is(text[i]) && (i == 0 || char.IsWhiteSpace(text[i - 1]));

    /// <summary>Whether the wave dash at <paramref name="i"/> closes what is before it (令和元年度～, 目指して～).</summary>
    public static bool IsClosing(ReadOnlySpan<char> text, int i) => Is(text[i]) && !IsOpening(text, i);

    /// <summary>Adds to <paramref name="boxes"/> (in order, not overlapping) a box for each ～ of the text, or widens the number's box it touches.</summary>
    public static void Keep(ReadOnlySpan<char> text, List<(int Start, int End, string Open)> boxes, WholeWords words)
    {
        if (!Has(text)) return;
        Span<bool> inside = default;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != FullwidthTilde) continue;
            if (IsOpening(text, i)) KeepOpening(text, i, boxes, words, ref inside);
            else KeepClosing(text, i, boxes, words, ref inside);
        }
    }

    /// <summary>A closing ～ with the letter before it, taking in the number's box that ends there or else the word of the site's it would part.</summary>
    private static void KeepClosing(ReadOnlySpan<char> text, int i, List<(int Start, int End, string Open)> boxes, WholeWords words, ref Span<bool> inside)
    {
        var start = char.IsLowSurrogate(text[i - 1]) && i >= 2 ? i - 2 : i - 1;
        var next = boxes.FindIndex(b => b.End > start);
        if (next < 0) next = boxes.Count;
        else if (boxes[next].Start <= start) { boxes[next] = (boxes[next].Start, i + 1, boxes[next].Open); return; }
        var floor = next > 0 ? boxes[next - 1].End : 0;
        MarkWords(text, words, ref inside);
        while (start > floor && inside[start] && i - start < PhraseBreaks.LongNumber) start--;
        boxes.Insert(next, (start, i + 1, KeepOpen));
    }

    /// <summary>An opening ～ with the letter after it (～地域), taking in the number's box that starts there or else the word it would part.</summary>
    private static void KeepOpening(ReadOnlySpan<char> text, int i, List<(int Start, int End, string Open)> boxes, WholeWords words, ref Span<bool> inside)
    {
        if (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) return;
        var next = boxes.FindIndex(b => b.End > i);
        if (next < 0) next = boxes.Count;
        else if (boxes[next].Start == i + 1) { boxes[next] = (i, boxes[next].End, boxes[next].Open); return; }
        var end = char.IsHighSurrogate(text[i + 1]) && i + 2 < text.Length ? i + 3 : i + 2;
        var ceiling = next < boxes.Count ? boxes[next].Start : text.Length;
        MarkWords(text, words, ref inside);
        while (end < ceiling && inside[end] && end - i < PhraseBreaks.LongNumber) end++;
        boxes.Insert(next, (i, Math.Min(end, ceiling), KeepOpen));
    }

    /// <summary>Which letters are inside a word of the site's, worked out once per text and only when a ～ needs it.</summary>
    private static void MarkWords(ReadOnlySpan<char> text, WholeWords words, ref Span<bool> inside)
    {
        if (!inside.IsEmpty) return;
        inside = new bool[text.Length];
        words.MarkInside(text, inside);
    }
}
