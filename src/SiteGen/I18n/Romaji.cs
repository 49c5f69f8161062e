using System.Text;

namespace SiteGen.I18n;

/// <summary>
/// Kana in Roman letters, by the Hepburn system (ヘボン式) as passports, station signs and the 2025 recommendation of
/// the Council for Cultural Affairs write it: し shi, ち chi, つ tsu, ふ fu, じ ji, を o, ん n (n' before a vowel or y),
/// っ doubling the next consonant (っち tch), long vowels with a macron (こう kō, くう kū, ー ā ī ū ē ō). ああ, いい and
/// ええ stay two letters (場合 baai, 委員 iin): Japanese words put two vowels side by side too often to join them.
/// What a foreign resident reads to say a Japanese term at a counter; no library on NuGet does it.
/// </summary>
public static class Romaji
{
    /// <summary>
    /// One word in Roman letters, lower case. <paramref name="kana"/> is hiragana or katakana; おう, おお and うう join
    /// into ō and ū in hiragana only: katakana writes a long vowel with ー, so its ウ after オ is a sound of its own
    /// (ボウル bouru). Letters that are not kana are left out.
    /// </summary>
    public static string Word(string kana)
    {
        var output = new StringBuilder(kana.Length * 2);
        Append(kana, output);
        return output.ToString();
    }

    /// <summary>
    /// Appends <paramref name="kana"/> as <see cref="Word"/> does, joining long vowels only within it. <paramref name="typed"/>
    /// spells it as a kana keyboard is typed (wāpuro): こう kou, おお oo, を wo, no macron for ー (センター senta, as a
    /// search folds sentā): what many residents type to look a word up.
    /// </summary>
    public static void Append(ReadOnlySpan<char> kana, StringBuilder output, bool typed = false)
    {
        var wordStart = output.Length;
        var geminate = false;
        for (var i = 0; i < kana.Length; i++)
        {
            var c = kana[i];
            var katakana = Kana.IsKatakana(c);
            var h = Kana.ToHiragana(c);
            if (c == 'ー') { if (!typed) Lengthen(output, wordStart); continue; }
            if (h == 'っ') { geminate = true; continue; }
            var syllable = typed && h == 'を' ? "wo" : Syllable(h); // the key a keyboard types for を
            if (syllable is null) continue;
            // A small kana after this one makes one sound with it: きゃ kya, しょ sho, ティ ti, ファ fa.
            if (i + 1 < kana.Length && Combined(h, syllable, Kana.ToHiragana(kana[i + 1])) is { } combined) { syllable = combined; i++; }
            if (h == 'ん')
            {
                output.Append('n');
                var next = i + 1 < kana.Length ? Syllable(Kana.ToHiragana(kana[i + 1])) : null;
                if (next is { Length: > 0 } && next[0] is 'a' or 'i' or 'u' or 'e' or 'o' or 'y') output.Append('\'');
                geminate = false;
                continue;
            }
            if (geminate && syllable[0] is not ('a' or 'i' or 'u' or 'e' or 'o'))
                output.Append(syllable.StartsWith("ch", StringComparison.Ordinal) ? 't' : syllable[0]);
            geminate = false;
            if (!typed && !katakana && output.Length > wordStart && syllable is "u" or "o" && LongVowel(output[^1], syllable[0]) is { } joined)
            {
                output[^1] = joined;
                continue;
            }
            output.Append(syllable);
        }
    }

    // おう, おお → ō and うう → ū; the other pairs stay apart.
    private static char? LongVowel(char before, char vowel) => (before, vowel) switch
    {
        ('o', 'u') or ('o', 'o') => 'ō',
        ('u', 'u') => 'ū',
        _ => null,
    };

    private const string Vowels = "aiueo";
    private const string LongVowels = "āīūēō";

    // ー: the vowel before it, with a macron; at the start of a word, or after ん, it has none to lengthen.
    private static void Lengthen(StringBuilder output, int wordStart)
    {
        if (output.Length <= wordStart) return;
        if (Vowels.IndexOf(output[^1]) is var v and >= 0) output[^1] = LongVowels[v];
    }

    /// <summary>Roman letters without their macrons (kyōgikai as kyogikai), as a search folds them.</summary>
    public static string WithoutMacrons(string romaji) =>
        string.Create(romaji.Length, romaji, static (letters, from) =>
        {
            for (var i = 0; i < from.Length; i++)
                letters[i] = LongVowels.IndexOf(from[i]) is var v and >= 0 ? Vowels[v] : from[i];
        });

    /// <summary>A kana and the small kana after it as one sound, or null when they are two.</summary>
    private static string? Combined(char kana, string syllable, char small)
    {
        if (kana is 'ん' or 'っ') return null;
        switch (small)
        {
            case 'ゃ' or 'ゅ' or 'ょ':
                var vowel = small switch { 'ゃ' => "a", 'ゅ' => "u", _ => "o" };
                // し, ち, じ and ぢ keep no y: しゃ sha, ちょ cho, じゅ ju.
                if (syllable is "shi" or "chi" or "ji") return syllable[..^1] + vowel;
                return Consonant(syllable) + "y" + vowel;
            case 'ぁ' or 'ぃ' or 'ぅ' or 'ぇ' or 'ぉ':
                var v = small switch { 'ぁ' => "a", 'ぃ' => "i", 'ぅ' => "u", 'ぇ' => "e", _ => "o" };
                return kana switch
                {
                    'う' => "w" + v,       // ウィ wi, ウェ we
                    'い' => "y" + v,       // イェ ye
                    'し' or 'ち' or 'じ' => syllable[..^1] + v, // シェ she, チェ che, ジェ je
                    _ => Consonant(syllable) + v, // ティ ti, ファ fa, ヴァ va, トゥ tu
                };
            case 'ゎ':
                return Consonant(syllable) + "wa";
            default:
                return null;
        }
    }

    // The syllable without its vowel: ki k, tsu ts, fu f, u (nothing).
    private static string Consonant(string syllable) => syllable.TrimEnd('a', 'i', 'u', 'e', 'o');

    /// <summary>One hiragana alone in Roman letters; null for what is not kana.</summary>
    private static string? Syllable(char h) => h switch
    {
        'あ' or 'ぁ' => "a", 'い' or 'ぃ' or 'ゐ' => "i", 'う' or 'ぅ' => "u", 'え' or 'ぇ' or 'ゑ' => "e", 'お' or 'ぉ' or 'を' => "o",
        'か' or 'ゕ' => "ka", 'き' => "ki", 'く' => "ku", 'け' or 'ゖ' => "ke", 'こ' => "ko",
        'が' => "ga", 'ぎ' => "gi", 'ぐ' => "gu", 'げ' => "ge", 'ご' => "go",
        'さ' => "sa", 'し' => "shi", 'す' => "su", 'せ' => "se", 'そ' => "so",
        'ざ' => "za", 'じ' => "ji", 'ず' => "zu", 'ぜ' => "ze", 'ぞ' => "zo",
        'た' => "ta", 'ち' => "chi", 'つ' => "tsu", 'て' => "te", 'と' => "to",
        'だ' => "da", 'ぢ' => "ji", 'づ' => "zu", 'で' => "de", 'ど' => "do",
        'な' => "na", 'に' => "ni", 'ぬ' => "nu", 'ね' => "ne", 'の' => "no",
        'は' => "ha", 'ひ' => "hi", 'ふ' => "fu", 'へ' => "he", 'ほ' => "ho",
        'ば' => "ba", 'び' => "bi", 'ぶ' => "bu", 'べ' => "be", 'ぼ' => "bo",
        'ぱ' => "pa", 'ぴ' => "pi", 'ぷ' => "pu", 'ぺ' => "pe", 'ぽ' => "po",
        'ま' => "ma", 'み' => "mi", 'む' => "mu", 'め' => "me", 'も' => "mo",
        'や' or 'ゃ' => "ya", 'ゆ' or 'ゅ' => "yu", 'よ' or 'ょ' => "yo",
        'ら' => "ra", 'り' => "ri", 'る' => "ru", 'れ' => "re", 'ろ' => "ro",
        'わ' or 'ゎ' => "wa", 'ん' => "n", 'ゔ' => "vu",
        _ => null,
    };
}
