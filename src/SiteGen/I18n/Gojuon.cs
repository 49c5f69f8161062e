using System.Text;

namespace SiteGen.I18n;

/// <summary>
/// 五十音順: the order Japanese dictionaries and glossaries use, from a term's reading in kana. As dictionaries do
/// (JIS X 4061): katakana counts as hiragana, voiced and half-voiced marks (゛゜) and small kana are ignored at first
/// (が sorts with か, っ with つ) and the long-vowel mark ー counts as the vowel it lengthens (リーチ as りいち);
/// only readings equal that way are told apart, unvoiced before voiced before half-voiced (は ば ぱ), then small
/// kana before large (っ before つ), then hiragana before katakana. Ordinal, so the same on every machine.
/// </summary>
public static class Gojuon
{
    /// <summary>The rows of the table (行), each under the kana that heads it: あ か さ た な は ま や ら わ.</summary>
    public static readonly IReadOnlyList<string> Rows = ["あ", "か", "さ", "た", "な", "は", "ま", "や", "ら", "わ"];

    private const string Voiced = "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽゔ";
    private const string Unvoiced = "かきくけこさしすせそたちつてとはひふへほはひふへほう";
    private const string Small = "ぁぃぅぇぉっゃゅょゎゕゖ";
    private const string Large = "あいうえおつやゆよわかけ";
    private static readonly string[] RowKana =
        ["あいうえお", "かきくけこ", "さしすせそ", "たちつてと", "なにぬねの", "はひふへほ", "まみむめも", "やゆよ", "らりるれろ", "わゐゑをん"];
    private static readonly string[] VowelKana =
        ["あかさたなはまやらわ", "いきしちにひみりゐ", "うくすつぬふむゆる", "えけせてねへめれゑ", "おこそとのほもよろを"];

    /// <summary>True when <paramref name="text"/> is a reading: hiragana or katakana (with ー), parts parted by ・ or spaces.</summary>
    public static bool IsReading(string text)
    {
        var kana = false;
        foreach (var c in text)
        {
            if (Kana.IsKana(c)) kana = true;
            else if (c is not ('・' or ' ' or '　')) return false;
        }
        return kana;
    }

    /// <summary>True when every letter of <paramref name="text"/> is kana, so that it is its own reading (アウトリーチ, ささえあい協議会 is not).</summary>
    public static bool IsAllKana(string text) => IsReading(text);

    /// <summary>The reading as dictionaries first compare it: hiragana, no voicing marks, no small kana, ー as its vowel, no ・ or spaces.</summary>
    public static string PrimaryKey(string reading) => Key(reading, keepVoicing: false, keepSmall: false);

    /// <summary>
    /// Orders two readings; 0 only when they are the same kana. Break further ties (the term, its id) after this.
    /// </summary>
    public static int Compare(string a, string b)
    {
        var order = string.CompareOrdinal(PrimaryKey(a), PrimaryKey(b));
        if (order == 0) order = string.CompareOrdinal(Key(a, keepVoicing: true, keepSmall: false), Key(b, keepVoicing: true, keepSmall: false));
        if (order == 0) order = string.CompareOrdinal(Key(a, keepVoicing: true, keepSmall: true), Key(b, keepVoicing: true, keepSmall: true));
        if (order == 0) order = string.CompareOrdinal(a, b); // hiragana (U+3041…) before katakana (U+30A1…)
        return order;
    }

    /// <summary>The row (あ … わ) the reading is listed under, or null when it does not start with kana.</summary>
    public static string? RowOf(string reading)
    {
        var key = PrimaryKey(reading);
        if (key.Length == 0) return null;
        for (var i = 0; i < RowKana.Length; i++)
            if (RowKana[i].Contains(key[0])) return Rows[i];
        return null;
    }

    private static string Key(string reading, bool keepVoicing, bool keepSmall)
    {
        var key = new StringBuilder(reading.Length);
        foreach (var original in reading)
        {
            var c = Kana.ToHiragana(original);
            if (c is '・' or ' ' or '　') continue;
            if (c == 'ー')
            {
                // The long-vowel mark is the vowel of the kana before it (リー → りい); at the start, or after ん, it is left out.
                if (key.Length > 0 && VowelOf(Plain(key[^1])) is { } vowel) key.Append(vowel);
                continue;
            }
            if (!keepVoicing && Voiced.IndexOf(c) is var v and >= 0) c = Unvoiced[v];
            if (!keepSmall && Small.IndexOf(c) is var s and >= 0) c = Large[s];
            key.Append(c);
        }
        return key.ToString();
    }

    private static char Plain(char c)
    {
        if (Voiced.IndexOf(c) is var v and >= 0) c = Unvoiced[v];
        if (Small.IndexOf(c) is var s and >= 0) c = Large[s];
        return c;
    }

    private static char? VowelOf(char c)
    {
        for (var i = 0; i < VowelKana.Length; i++)
            if (VowelKana[i].Contains(c)) return "あいうえお"[i];
        return null;
    }

}
