namespace SiteGen.Markup.EastAsianLineBreaks;

/// <summary>
/// Japanese is written without spaces, so a line break inside a Japanese sentence is not a space: between two
/// wide characters (UAX #11 Wide and Fullwidth) it joins the lines, as goldmark's East-Asian line-break option does.
/// </summary>
public static class EastAsianWidth
{
    public static bool IsWide(char c) => c switch
    {
        >= '\u1100' and <= '\u115F' => true,          // Hangul Jamo
        >= '\u2E80' and <= '\u303E' => true,          // CJK radicals, ideographic description, CJK symbols and punctuation
        >= '\u3041' and <= '\u33FF' => true,          // Hiragana, Katakana, Bopomofo, CJK compatibility
        >= '\u3400' and <= '\u4DBF' => true,          // CJK extension A
        >= '\u4E00' and <= '\u9FFF' => true,          // CJK unified ideographs
        >= '\uA000' and <= '\uA4CF' => true,          // Yi
        >= '\uAC00' and <= '\uD7A3' => true,          // Hangul syllables
        >= '\uF900' and <= '\uFAFF' => true,          // CJK compatibility ideographs
        >= '\uFE30' and <= '\uFE4F' => true,          // CJK compatibility forms
        >= '\uFF01' and <= '\uFF60' => true,          // fullwidth forms
        >= '\uFFE0' and <= '\uFFE6' => true,          // fullwidth signs
        >= '\uD840' and <= '\uD87F' => true,          // high surrogates of planes 2 and 3 (CJK extensions B–H)
        _ => false,
    };

    /// <summary>The text with every line break between two wide characters removed; other line breaks kept.</summary>
    public static string JoinLines(string text)
    {
        if (!text.Contains('\n')) return text;
        var result = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' && i > 0 && i + 1 < text.Length && IsWide(Last(text, i)) && IsWide(text[i + 1])) continue;
            result.Append(text[i]);
        }
        return result.ToString();
    }

    /// <summary>The last character before <paramref name="end"/>; one written as a surrogate pair counts by its high surrogate.</summary>
    public static char Last(string text, int end) => char.IsLowSurrogate(text[end - 1]) && end >= 2 ? text[end - 2] : text[end - 1];
}
