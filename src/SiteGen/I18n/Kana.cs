namespace SiteGen.I18n;

/// <summary>
/// Kana as the program tells them apart, for readings, 五十音 order, phrase breaks and Roman letters alike: hiragana
/// and katakana letters with their iteration marks, and the long-vowel mark ー written with either.
/// </summary>
public static class Kana
{
    /// <summary>Hiragana letters (ぁ … ゖ) and their iteration marks ゝ ゞ.</summary>
    public static bool IsHiragana(char c) => c is >= '\u3041' and <= '\u3096' or 'ゝ' or 'ゞ';

    /// <summary>Katakana letters (ァ … ヺ) and their iteration marks ヽ ヾ.</summary>
    public static bool IsKatakana(char c) => c is >= '\u30A1' and <= '\u30FA' or 'ヽ' or 'ヾ';

    /// <summary>A kana letter, an iteration mark or the long-vowel mark ー.</summary>
    public static bool IsKana(char c) => IsHiragana(c) || IsKatakana(c) || c == 'ー';

    /// <summary>What a reading is written with: hiragana and ー.</summary>
    public static bool IsReading(char c) => IsHiragana(c) || c == 'ー';

    /// <summary>Katakana or the long-vowel mark written with it (センター): where a katakana word goes on.</summary>
    public static bool IsKatakanaWord(char c) => IsKatakana(c) || c == 'ー';

    /// <summary>Katakana as hiragana (カ as か, ヷ as わ); other characters as they are.</summary>
    public static char ToHiragana(char c) => c switch
    {
        >= '\u30A1' and <= '\u30F6' => (char)(c - 0x60),
        'ヷ' => 'わ',
        'ヸ' => 'ゐ',
        'ヹ' => 'ゑ',
        'ヺ' => 'を',
        'ヽ' => 'ゝ',
        'ヾ' => 'ゞ',
        _ => c,
    };

    /// <summary>Whether two runs of kana are the same sounds, katakana counted as hiragana (ケア as けあ).</summary>
    public static bool Same(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
            if (ToHiragana(a[i]) != ToHiragana(b[i])) return false;
        return true;
    }
}
