namespace SiteGen.Markup.Readings;

/// <summary>The characters a reading goes over: CJK ideographs and the marks written among them (々 〆).</summary>
public static class Kanji
{
    public static bool Is(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or '々' or '〆';
}

/// <summary>Digits as a text writes numbers: ASCII and full-width (１２日).</summary>
public static class Digits
{
    /// <summary>The digit's value, or -1 for a character that is not a digit.</summary>
    public static int Value(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '０' and <= '９' => c - '０',
        _ => -1,
    };

    public static bool Is(char c) => Value(c) >= 0;
}

/// <summary>What a reading is written with: hiragana and the long-vowel mark.</summary>
public static class Kana
{
    public static bool IsReading(char c) => c is >= '\u3041' and <= '\u3096' or 'ゝ' or 'ゞ' or 'ー';

    /// <summary>Katakana as hiragana (a base's カ matches a reading's か); other characters as they are.</summary>
    public static char AsHiragana(char c) => c is >= '\u30A1' and <= '\u30F6' ? (char)(c - 0x60) : c;

    public static bool IsKana(char c) => c is >= '\u3041' and <= '\u3096' or >= '\u30A1' and <= '\u30FA' or 'ー';

    /// <summary>Whether two runs of kana are the same sounds, katakana counted as hiragana (ケア as けあ).</summary>
    public static bool Same(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
            if (AsHiragana(a[i]) != AsHiragana(b[i])) return false;
        return true;
    }

    /// <summary>Katakana and the long-vowel mark written with it (センター).</summary>
    public static bool IsKatakana(char c) => c is >= '\u30A1' and <= '\u30FA' or 'ー';
}
