namespace SiteGen.Markup.Readings;

/// <summary>The characters a reading goes over: CJK ideographs and the marks written among them (々 〆).</summary>
public static class Kanji
{
    public static bool Is(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or '々' or '〆';
}

/// <summary>The letters of Japanese writing: kana (with ー and iteration marks), kanji and 〇.</summary>
public static class JapaneseLetter
{
    public static bool Is(char c) => I18n.Kana.IsKana(c) || Kanji.Is(c) || c == '〇';
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
