namespace SiteGen.Markup.Readings;

/// <summary>
/// A day after a number, read with its number: 6日 is むいか, not ろく + にち. The dictionary reads 日 after a number
/// にち (〜日), right for 11日 or 30日; these are the days Japanese reads otherwise, a date's 1日 (4月1日) ついたち and a
/// count's (1日あたり) いちにち.
/// </summary>
public static class DayCounts
{
    private static readonly Dictionary<int, string> Irregular = new()
    {
        [2] = "ふつか", [3] = "みっか", [4] = "よっか", [5] = "いつか", [6] = "むいか", [7] = "なのか", [8] = "ようか",
        [9] = "ここのか", [10] = "とおか", [14] = "じゅうよっか", [20] = "はつか", [24] = "にじゅうよっか",
    };

    /// <summary>
    /// Where <paramref name="entry"/>, found at <paramref name="at"/>, is 日 read にち after a number that Japanese reads with
    /// its 日: the number's start (not before <paramref name="from"/>) and the number and day with one reading; else null.
    /// </summary>
    public static (int Start, string Html)? Before(ReadOnlySpan<char> text, int from, int at, ReadingEntry entry)
    {
        if (!entry.Word.StartsWith('日') || !entry.Reading.StartsWith("にち", StringComparison.Ordinal)) return null;
        var start = at;
        while (start > from && at - start < 3 && Digits.Is(text[start - 1])) start--;
        if (start == at || (start > from && Digits.Is(text[start - 1]))) return null; // no number, or one too long to be days
        var number = 0;
        foreach (var c in text[start..at]) number = number * 10 + Digits.Value(c);
        var day = number == 1 ? (start > 0 && text[start - 1] == '月' ? "ついたち" : "いちにち") : Irregular.GetValueOrDefault(number);
        if (day is null) return null;
        var word = string.Concat(text[start..at], entry.Word);
        return (start, new ReadingEntry(word, day + entry.Reading[2..]).Html);
    }
}
