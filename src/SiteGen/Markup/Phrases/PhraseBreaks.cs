using SiteGen.I18n;
using SiteGen.Markup.Readings;

namespace SiteGen.Markup.Phrases;

/// <summary>
/// Where a line may break in a Japanese text: BudouX's phrase boundaries (<see cref="PhraseParser"/>) less those
/// that would part what a reader takes as one thing. A word of the site's stays whole (<see cref="WholeWords"/>), a number keeps its unit and its era or prefix (1,150件,
/// 65.2%, 令和4年度, 第4期), a Latin word or a URL is never cut, a short kana word the model cuts is joined
/// again, brackets and quotes stay with what they enclose, a phrase too long for a phone's line gets places to wrap, and nothing is marked beside a space (the browser breaks there already) or inside a surrogate pair. A text with no Japanese letter gets no break at all.
/// </summary>
public static class PhraseBreaks
{
    /// <summary>Texts up to this length are worked out on the stack.</summary>
    private const int StackLimit = 256;

    /// <summary>Whether <paramref name="text"/> holds a kana or a kanji, the only texts phrases are found in.</summary>
    public static bool HasJapanese(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (JapaneseLetter.Is(c)) return true;
        return false;
    }

    /// <summary>Whether <paramref name="text"/> holds a number <see cref="NumberUnits"/> may box: a digit, ASCII or full-width, or 元年 (令和元年).</summary>
    public static bool HasNumber(ReadOnlySpan<char> text) =>
        text.IndexOfAnyInRange('0', '9') >= 0 || text.IndexOfAnyInRange('０', '９') >= 0 || text.Contains("元年", StringComparison.Ordinal);

    /// <summary>Whether <see cref="Marks"/> may box something in <paramref name="text"/> besides its breaks: a number or a full-width tilde.</summary>
    public static bool HasBoxes(ReadOnlySpan<char> text) => HasNumber(text) || WaveDashes.Has(text);

    /// <summary>
    /// Writes into <paramref name="positions"/> (as long as the text) each code unit before which a line may
    /// break, in order, with its kind in <paramref name="kinds"/>, and returns how many there are.
    /// </summary>
    public static int Find(Phrasing phrasing, ReadOnlySpan<char> text, Span<int> positions, Span<PhraseBreak> kinds)
    {
        if (text.Length < 2 || !HasJapanese(text)) return 0;
        var parser = phrasing.Parser;
        bool[]? rentedFlags = null, rentedInside = null;
        long[]? rentedScores = null;
        var flags = text.Length <= StackLimit
            ? stackalloc bool[text.Length]
            : (rentedFlags = System.Buffers.ArrayPool<bool>.Shared.Rent(text.Length)).AsSpan(0, text.Length);
        var inside = text.Length <= StackLimit
            ? stackalloc bool[text.Length]
            : (rentedInside = System.Buffers.ArrayPool<bool>.Shared.Rent(text.Length)).AsSpan(0, text.Length);
        var scores = text.Length <= StackLimit
            ? stackalloc long[text.Length]
            : (rentedScores = System.Buffers.ArrayPool<long>.Shared.Rent(text.Length)).AsSpan(0, text.Length);
        try
        {
            parser.Scores(text, scores);
            for (var i = 0; i < text.Length; i++) flags[i] = i > 0 && scores[i] > 0;
            JoinKanaFragments(text, flags);
            MoveOffBrackets(text, flags);
            inside.Clear();
            phrasing.Words.MarkInside(text, inside);
            for (var i = 1; i < text.Length; i++) flags[i] = flags[i] && !inside[i] && Allowed(text, i);
            var count = 0;
            var start = 0;
            for (var end = 1; end <= text.Length; end++)
            {
                // A phrase ends at a boundary, and where a space is (the browser breaks there by itself).
                var space = end < text.Length && (char.IsWhiteSpace(text[end]) || char.IsWhiteSpace(text[end - 1]));
                if (end < text.Length && !flags[end] && !space) continue;
                if (end - start > LongPhrase) count = SplitLongPhrase(text, start, end, scores, inside, parser.DoubledBaseScore / 2, positions, kinds, count);
                if (end < text.Length) { positions[count] = end; kinds[count++] = flags[end] ? PhraseBreak.Between : PhraseBreak.Space; }
                start = end;
            }
            return count;
        }
        finally
        {
            if (rentedFlags is not null) System.Buffers.ArrayPool<bool>.Shared.Return(rentedFlags);
            if (rentedInside is not null) System.Buffers.ArrayPool<bool>.Shared.Return(rentedInside);
            if (rentedScores is not null) System.Buffers.ArrayPool<long>.Shared.Return(rentedScores);
        }
    }

    /// <summary>
    /// The numbers of a text with the letter they hold to on either side (令和3年度, 第4期, 1,000人), where
    /// <see cref="Find"/> gave no break: a browser breaks between a kanji and a digit even under keep-all (令和|3年度),
    /// so the HTML keeps each in a box that does not wrap. A box takes in the whole of a word of the site's it would
    /// part (令和, not 和), since readings go over whole words; an era's first year (令和元年) is a number too. Pairs of
    /// start and end, in order.
    /// </summary>
    /// <param name="running">
    /// Running text, whose lines are filled to the end: a box there takes in a kanji before the number only for an era or
    /// 第 (令和8年度, 第4期), and numbers side by side are boxes of their own, since a wide box leaves a gap at the end of
    /// the line before it (現状|5箇所 and 令和2年|6月 read well).
    /// </param>
    public static List<(int Start, int End)> NumberUnits(ReadOnlySpan<char> text, ReadOnlySpan<int> positions, WholeWords words, bool running = false)
    {
        var units = new List<(int Start, int End)>();
        Span<bool> inside = default;
        for (var i = 0; i < text.Length; i++)
        {
            var firstYear = text[i] == '元' && IsFirstYearOfEra(text, i);
            if (!Digits.Is(text[i]) && !firstYear) continue;
            var end = i + 1;
            while (!firstYear && end < text.Length && (Digits.Is(text[end]) || (IsNumberPunctuation(text[end]) && end + 1 < text.Length && Digits.Is(text[end + 1])))) end++;
            // An era or 第 before the number is taken in whole (令和, not 和), with or without the site's words.
            var start = i;
            if (i > 0 && Kanji.Is(text[i - 1]) && !positions.Contains(i) && NumberPrefixBefore(text[..i]) is var prefix && (!running || prefix > 0))
                start = i - Math.Max(prefix, 1);
            var last = end < text.Length && (Kanji.Is(text[end]) || Kana.IsKana(text[end])) && !positions.Contains(end) ? end + 1 : end;
            var holds = start < i || last > end; // a letter beside it, which a browser would part from the digit
            if (holds)
            {
                if (inside.IsEmpty) { inside = new bool[text.Length + 1]; words.MarkInside(text, inside[..text.Length]); }
                var wordStart = start;
                var wordEnd = last;
                while (wordStart > 0 && inside[wordStart]) wordStart--;
                while (wordEnd < text.Length && inside[wordEnd]) wordEnd++;
                if (wordEnd - wordStart <= LongNumber) (start, last) = (wordStart, wordEnd);
            }
            // 1丁目2番2号: one box; in running text, numbers that only meet stay two (令和2年|6月).
            if (units.Count > 0 && (start < units[^1].End || start == units[^1].End && !running)) units[^1] = (units[^1].Start, last);
            else if (holds) units.Add((start, last));
            i = last - 1;
        }
        return units;
    }

    /// <summary>The eras of the calendar, whose first year is written 元年.</summary>
    private static readonly string[] Eras = ["令和", "平成", "昭和", "大正", "明治"];

    /// <summary>The words a number is read with that stand before it: the eras, 第 (the Nth), 西暦 (the year AD).</summary>
    private static readonly string[] NumberPrefixes = [.. Eras, "第", "西暦"];

    /// <summary>The length of the number prefix <paramref name="text"/> ends with (2 for 令和, 1 for 第), or 0.</summary>
    private static int NumberPrefixBefore(ReadOnlySpan<char> text) => EndingAmong(text, NumberPrefixes);

    /// <summary>元 of 令和元年, an era's first year, which is written with 元 rather than 1.</summary>
    private static bool IsFirstYearOfEra(ReadOnlySpan<char> text, int i) =>
        i + 1 < text.Length && text[i + 1] == '年' && EndingAmong(text[..i], Eras) > 0;

    private static int EndingAmong(ReadOnlySpan<char> text, ReadOnlySpan<string> words)
    {
        foreach (var word in words)
            if (text.EndsWith(word, StringComparison.Ordinal)) return word.Length;
        return 0;
    }

    /// <summary>A number's box takes in whole words up to this length; beyond it, only the letters beside the number.</summary>
    internal const int LongNumber = 10;

    /// <summary>
    /// The markup a text's HTML has before each place of <paramref name="positions"/>, at its start and at its end, in
    /// order: a &lt;wbr&gt; and a long phrase's box (<see cref="MarkupAt"/>), and with the site's <paramref name="words"/> each
    /// number's box (<see cref="NumberUnits"/>), closed before and opened after a break at the same place. The HTML is
    /// the text's escaped pieces between these places, each followed by its markup. Empty when the text has none.
    /// </summary>
    public static IReadOnlyList<(int At, string Markup)> Marks(ReadOnlySpan<char> text, ReadOnlySpan<int> positions, ReadOnlySpan<PhraseBreak> kinds, WholeWords? words, bool running = false)
    {
        var units = words is null ? [] : Boxes(text, positions, words, running);
        if (positions.Length == 0 && units.Count == 0) return [];
        var marks = new List<(int At, string Markup)>(positions.Length + 2 * units.Count + 2);
        var count = positions.Length;
        if (MarkupAtStart(count, kinds) is { Length: > 0 } start) marks.Add((0, start));
        var k = 0;
        var u = 0;
        var open = false;
        while (k < count || u < units.Count)
        {
            var edge = u < units.Count ? (open ? units[u].End : units[u].Start) : int.MaxValue;
            var place = Math.Min(k < count ? positions[k] : int.MaxValue, edge);
            if (open && edge == place) { marks.Add((place, BoxClose)); open = false; u++; }
            if (k < count && positions[k] == place) { marks.Add((place, MarkupAt(k, count, kinds))); k++; }
            if (!open && u < units.Count && units[u].Start == place) { marks.Add((place, units[u].Open)); open = true; }
        }
        if (MarkupAtEnd(count, kinds) is { Length: > 0 } end) marks.Add((text.Length, end));
        return marks;
    }

    private const string NumberOpen = "<span class=\"number\">";
    private const string BoxClose = "</span>";

    /// <summary>The boxes that do not wrap, in order: each number's (<see cref="NumberUnits"/>) and each ～'s (<see cref="WaveDashes"/>).</summary>
    private static List<(int Start, int End, string Open)> Boxes(ReadOnlySpan<char> text, ReadOnlySpan<int> positions, WholeWords words, bool running)
    {
        var boxes = new List<(int Start, int End, string Open)>();
        if (HasNumber(text))
            foreach (var (start, end) in NumberUnits(text, positions, words, running)) boxes.Add((start, end, NumberOpen));
        WaveDashes.Keep(text, boxes, words);
        return boxes;
    }

    /// <summary>What a text's HTML has before its first character.</summary>
    public static string MarkupAtStart(int count, ReadOnlySpan<PhraseBreak> kinds) => count > 0 && kinds[0] == PhraseBreak.Inside ? Open : "";

    /// <summary>
    /// What a text's HTML has at break <paramref name="k"/>: a &lt;wbr&gt; (none at a space), and between phrases the end
    /// and start of a long phrase that wraps inside (an inline-block, so that it moves to the next line whole while it fits).
    /// </summary>
    public static string MarkupAt(int k, int count, ReadOnlySpan<PhraseBreak> kinds)
    {
        if (kinds[k] == PhraseBreak.Inside) return Break;
        var closes = k > 0 && kinds[k - 1] == PhraseBreak.Inside;
        var opens = k + 1 < count && kinds[k + 1] == PhraseBreak.Inside;
        var between = kinds[k] == PhraseBreak.Between;
        return (closes, between, opens) switch
        {
            (false, true, false) => Break,
            (false, false, false) => "",
            (true, true, false) => Close + Break,
            (true, false, false) => Close,
            (false, true, true) => Break + Open,
            (false, false, true) => Open,
            (true, true, true) => Close + Break + Open,
            (true, false, true) => Close + Open,
        };
    }

    /// <summary>What a text's HTML has after its last character.</summary>
    public static string MarkupAtEnd(int count, ReadOnlySpan<PhraseBreak> kinds) => count > 0 && kinds[count - 1] == PhraseBreak.Inside ? Close : "";

    private const string Break = "<wbr>";
    private const string Open = "<span class=\"phrase\">";
    private const string Close = "</span>";

    /// <summary>A phrase longer than this may be wider than a heading's line on a small phone, and gets places to wrap of its own.</summary>
    public const int LongPhrase = 8;

    /// <summary>
    /// A long phrase, most often a compound of kanji words (第４期柏市地域健康福祉活動計画), would otherwise wrap at
    /// whatever letter the line ends on. It may wrap where kanji and katakana meet (地域包括支援|センター), between
    /// two kanji where the model's score is over half way from its base to a boundary (第４期|柏市地域健康福祉|活動計画),
    /// and after a word of the site's that names a municipality (千葉市|社会福祉協議会, <see cref="PlaceNames"/>);
    /// never inside kana, where the model already said no, nor inside a word of the site's (<paramref name="inside"/>).
    /// Writes those places after <paramref name="count"/>.
    /// </summary>
    private static int SplitLongPhrase(ReadOnlySpan<char> text, int start, int end, ReadOnlySpan<long> scores, ReadOnlySpan<bool> inside, long halfway,
        Span<int> positions, Span<PhraseBreak> kinds, int count)
    {
        for (var i = start + 1; i < end; i++)
        {
            var before = text[i - 1];
            var after = text[i];
            var kanjiKatakana = (Kanji.Is(before) && Kana.IsKatakana(after)) || (Kana.IsKatakanaWord(before) && Kanji.Is(after));
            var likelyWord = Kanji.Is(before) && Kanji.Is(after) && scores[i] > halfway;
            // The end of a word of the site's that names a municipality or ward (its last letter inside it).
            var afterPlace = i >= 2 && inside[i - 1] && PlaceNames.EndsMunicipality(before) && Kanji.Is(after);
            if ((kanjiKatakana || likelyWord || afterPlace) && !inside[i] && Allowed(text, i)) { positions[count] = i; kinds[count++] = PhraseBreak.Inside; }
        }
        return count;
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
                if (start > 0 && Kana.IsHiragana(text[start - 1])) flags[start] = false;
                if (end < text.Length && Kana.IsHiragana(text[end])) flags[end] = false;
            }
            start = end;
        }
    }

    /// <summary>
    /// A line never ends on an opening bracket or quote nor starts with a closing one or a wave dash (JIS X 4051;
    /// browsers under line-break: strict agree): a boundary the model puts after 「 moves before it, one before 」 or ～
    /// moves after it and the punctuation that follows (…活動計画|「“私たちの”支えあいプラン」|（令和元年度～|令和6年度）).
    /// </summary>
    private static void MoveOffBrackets(ReadOnlySpan<char> text, Span<bool> flags)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (!flags[i]) continue;
            if (IsOpening(text[i - 1]) || WaveDashes.IsOpening(text, i - 1))
            {
                flags[i] = false;
                var j = i - 1;
                while (j > 0 && IsOpening(text[j - 1])) j--;
                if (j > 0) flags[j] = true;
            }
            else if (IsClosing(text[i]) || WaveDashes.IsClosing(text, i))
            {
                flags[i] = false;
                var j = i + 1;
                while (j < text.Length && (IsClosing(text[j]) || WaveDashes.Is(text[j]) || text[j] is '、' or '。' or '，' or '．')) j++;
                if (j < text.Length) flags[j] = true;
                i = j;
            }
        }
    }

    private static bool IsHiragana(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!Kana.IsHiragana(c)) return false;
        return true;
    }

    /// <summary>Whether a phrase boundary between text[i - 1] and text[i] may become a line break.</summary>
    private static bool Allowed(ReadOnlySpan<char> text, int i)
    {
        var before = text[i - 1];
        var after = text[i];
        if (char.IsHighSurrogate(before) || char.IsWhiteSpace(before) || char.IsWhiteSpace(after)) return false;
        if (IsLatin(before) || IsLatin(after)) return false;
        // An opening bracket or quote keeps to what it opens, a closing one to what it closes (JIS X 4051): a <wbr>
        // would override the browser's own rule, so a line could end on 「 or start with 」.
        if (IsOpening(before) || IsClosing(after)) return false;
        // A number holds to what follows it (its unit, counter or decimal part) ...
        if (Digits.Is(before) || (IsNumberPunctuation(before) && i >= 2 && Digits.Is(text[i - 2]))) return false;
        // ... and to a kanji or sign before it (第4期, 令和4年度, 約1,000人, ＋5); after kana or punctuation a number may start a line.
        if (Digits.Is(after) && !Kana.IsKana(before) && !IsBreakingPunctuation(before)) return false;
        return true;
    }

    /// <summary>Opening brackets and quotes, full-width and ASCII (“ and ‘ open in Japanese text).</summary>
    private static bool IsOpening(char c) => c is '「' or '『' or '（' or '(' or '【' or '〔' or '［' or '[' or '｛' or '〈' or '《' or '〘' or '〖' or '“' or '‘' or '〝';

    /// <summary>Closing brackets and quotes, the counterparts of <see cref="IsOpening"/>.</summary>
    private static bool IsClosing(char c) => c is '」' or '』' or '）' or ')' or '】' or '〕' or '］' or ']' or '｝' or '〉' or '》' or '〙' or '〗' or '”' or '’' or '〟';

    private static bool IsNumberPunctuation(char c) => c is '.' or ',' or '，' or '．';

    private static bool IsLatin(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= 'Ａ' and <= 'Ｚ') or (>= 'ａ' and <= 'ｚ')
        || (c >= '\u00C0' && c <= '\u024F' && char.IsLetter(c));

    private static bool IsBreakingPunctuation(char c) => c is '、' or '。' or '，' or '．' or '・' or '）' or '」' or '』' or '】' or ')' or '：' or ':' or '／';
}

/// <summary>What is at a place <see cref="PhraseBreaks.Find"/> reports.</summary>
public enum PhraseBreak : byte
{
    /// <summary>Between two phrases: a &lt;wbr&gt;.</summary>
    Between,
    /// <summary>Inside a long phrase, where it may wrap when it cannot fit a line: a &lt;wbr&gt; in the phrase's box.</summary>
    Inside,
    /// <summary>Beside a space, where the browser breaks by itself: only where a long phrase's box starts or ends.</summary>
    Space,
}
