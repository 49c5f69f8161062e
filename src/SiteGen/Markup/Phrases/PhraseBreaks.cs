namespace SiteGen.Markup.Phrases;

/// <summary>
/// Where a line may break in a Japanese text: BudouX's phrase boundaries (<see cref="PhraseParser"/>) less those
/// that would part what a reader takes as one thing. A number keeps its unit and its era or prefix (1,150件,
/// 65.2%, 令和4年度, 第4期), a Latin word or a URL is never cut, a short kana word the model cuts is joined
/// again, and nothing is marked beside a space (the browser breaks there already) or inside a surrogate pair. A text with no Japanese letter gets no break at all.
/// </summary>
public static class PhraseBreaks
{
    /// <summary>Texts up to this length are worked out on the stack.</summary>
    private const int StackLimit = 256;

    /// <summary>Whether <paramref name="text"/> holds a kana or a kanji, the only texts phrases are found in.</summary>
    public static bool HasJapanese(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (IsJapanese(c)) return true;
        return false;
    }

    /// <summary>
    /// Writes into <paramref name="positions"/> (as long as the text) each code unit before which a line may
    /// break, in order, and returns how many there are.
    /// </summary>
    public static int Find(PhraseParser parser, ReadOnlySpan<char> text, Span<int> positions)
    {
        if (text.Length < 2 || !HasJapanese(text)) return 0;
        bool[]? rented = null;
        var flags = text.Length <= StackLimit
            ? stackalloc bool[text.Length]
            : (rented = System.Buffers.ArrayPool<bool>.Shared.Rent(text.Length)).AsSpan(0, text.Length);
        try
        {
            parser.Boundaries(text, flags);
            JoinKanaFragments(text, flags);
            var count = 0;
            for (var i = 1; i < text.Length; i++)
                if (flags[i] && Allowed(text, i)) positions[count++] = i;
            return count;
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<bool>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// The model cuts some kana words in two (しく|み, ゆる|やかな, 支え|あう, まる|ごと): a phrase of one or two kana
    /// joins the kana on either side of it, so a line never starts or ends inside such a word. Only boundaries are
    /// removed, so every break left is one BudouX marked.
    /// </summary>
    private static void JoinKanaFragments(ReadOnlySpan<char> text, Span<bool> flags)
    {
        var start = 0;
        for (var end = 1; end <= text.Length; end++)
        {
            if (end < text.Length && !flags[end]) continue;
            if (end - start <= 2 && IsHiragana(text[start..end]))
            {
                if (start > 0 && IsHiragana(text[start - 1])) flags[start] = false;
                if (end < text.Length && IsHiragana(text[end])) flags[end] = false;
            }
            start = end;
        }
    }

    private static bool IsHiragana(char c) => c is >= '\u3041' and <= '\u309F';

    private static bool IsHiragana(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!IsHiragana(c)) return false;
        return true;
    }

    /// <summary>Whether a phrase boundary between text[i - 1] and text[i] may become a line break.</summary>
    private static bool Allowed(ReadOnlySpan<char> text, int i)
    {
        var before = text[i - 1];
        var after = text[i];
        if (char.IsHighSurrogate(before) || char.IsWhiteSpace(before) || char.IsWhiteSpace(after)) return false;
        if (IsLatin(before) || IsLatin(after)) return false;
        // A number holds to what follows it (its unit, counter or decimal part) ...
        if (IsDigit(before) || (IsNumberPunctuation(before) && i >= 2 && IsDigit(text[i - 2]))) return false;
        // ... and to a kanji or sign before it (第4期, 令和4年度, 約1,000人, ＋5); after kana or punctuation a number may start a line.
        if (IsDigit(after) && !IsKana(before) && !IsBreakingPunctuation(before)) return false;
        return true;
    }

    private static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    private static bool IsNumberPunctuation(char c) => c is '.' or ',' or '，' or '．';

    private static bool IsLatin(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= 'Ａ' and <= 'Ｚ') or (>= 'ａ' and <= 'ｚ')
        || (c >= '\u00C0' && c <= '\u024F' && char.IsLetter(c));

    private static bool IsKana(char c) => c is (>= '\u3041' and <= '\u309F') or (>= '\u30A0' and <= '\u30FF');

    private static bool IsBreakingPunctuation(char c) => c is '、' or '。' or '，' or '．' or '・' or '）' or '」' or '』' or '】' or ')' or '：' or ':' or '／';

    private static bool IsJapanese(char c) => IsKana(c) || c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or '々' or '〆' or '〇';
}
