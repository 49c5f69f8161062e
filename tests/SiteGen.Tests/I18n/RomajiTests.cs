using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SiteGen.I18n;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.I18n;

/// <summary>Kana in Roman letters by Hepburn: the spellings of the passport and station-sign tables, and the npm package wanakana.</summary>
public sealed partial class RomajiTests
{
    [Theory]
    // し ち つ ふ じ ぢ づ を: Hepburn's own letters.
    [InlineData("しちつふ", "shichitsufu")]
    [InlineData("じぢずづ", "jijizuzu")]
    [InlineData("を", "o")]
    // Small ゃゅょ: one sound, with no y after sh, ch and j.
    [InlineData("きゃくしゃちょうじゅりょこう", "kyakushachōjuryokō")]
    [InlineData("にゃひゅみょぎゃびゅぴょ", "nyahyumyogyabyupyo")]
    // ん: n everywhere (しんぶん, not shimbun), n' before a vowel or y.
    [InlineData("しんぶん", "shinbun")]
    [InlineData("きんえん", "kin'en")]
    [InlineData("しんよう", "shin'yō")]
    [InlineData("ほん", "hon")]
    // っ doubles the consonant after it, and before ch is t.
    [InlineData("かっぱ", "kappa")]
    [InlineData("まっちゃ", "matcha")]
    [InlineData("ざっし", "zasshi")]
    // Long vowels: おう and おお are ō, うう ū; ああ, いい, ええ and えい stay two letters.
    [InlineData("とうきょう", "tōkyō")]
    [InlineData("おおさか", "ōsaka")]
    [InlineData("くうき", "kūki")]
    [InlineData("ばあい", "baai")]
    [InlineData("いいん", "iin")]
    [InlineData("せんせい", "sensei")]
    public void Hiragana_is_written_as_Hepburn_writes_it(string kana, string expected) => Assert.Equal(expected, Romaji.Word(kana));

    [Theory]
    // ー lengthens the vowel before it; katakana's own おう stays (ボウル), its sounds of other languages are Hepburn's.
    [InlineData("センター", "sentā")]
    [InlineData("コンピューター", "konpyūtā")]
    [InlineData("アウトリーチ", "autorīchi")]
    [InlineData("ボウル", "bouru")]
    [InlineData("ティッシュ", "tisshu")]
    [InlineData("ディスク", "disuku")]
    [InlineData("ファイル", "fairu")]
    [InlineData("フォーラム", "fōramu")]
    [InlineData("ウィキ", "wiki")]
    [InlineData("ウェブ", "webu")]
    [InlineData("ヴァイオリン", "vaiorin")]
    [InlineData("チェック", "chekku")]
    [InlineData("シェア", "shea")]
    [InlineData("ジェット", "jetto")]
    [InlineData("デュエット", "dyuetto")]
    [InlineData("トゥデイ", "tudei")]
    [InlineData("イェール", "yēru")]
    public void Katakana_is_written_as_Hepburn_writes_it(string kana, string expected) => Assert.Equal(expected, Romaji.Word(kana));

    [Fact]
    public void What_is_not_kana_is_left_out_and_a_long_mark_with_nothing_before_it_lengthens_nothing()
    {
        Assert.Equal("ā", Romaji.Word("あー"));
        Assert.Equal("a", Romaji.Word("ーあ"));
        Assert.Equal("hon", Romaji.Word("本ほん"));
        Assert.Equal("", Romaji.Word("っ"));
    }

    /// <summary>
    /// Every reading of the repository's dictionary and glossary written in hiragana, against wanakana's toRomaji (the npm
    /// package pinned in package.json): the same letters but for what this romaniser does on purpose, which is applied to
    /// wanakana's output before comparing: おう, おお and うう as ō and ū, ー as a macron, を as o.
    /// </summary>
    [Fact]
    [Trait(Needs.Trait, Needs.Npm)]
    public void Hiragana_readings_are_spelt_as_wanakana_spells_them_but_for_long_vowels()
    {
        var (readings, theirs) = WanakanaRomaji();
        var differences = readings.Select((reading, i) => (reading, expected: AsThisRomaniserWrites(theirs[i]), actual: Romaji.Word(reading)))
            .Where(r => r.expected != r.actual).Select(r => $"{r.reading}: wanakana {r.expected}, here {r.actual}").ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(20)));
    }

    [Fact]
    [Trait(Needs.Trait, Needs.Npm)]
    public void Typed_as_a_kana_keyboard_hiragana_readings_are_spelt_as_wanakana_spells_them_but_for_the_long_mark()
    {
        // wanakana spells what is typed (kouken, wo): the search spelling of a glossary term's reading. Its - for ー
        // (pe-ji) is left out here: a search would read two words, and finds peji from pēji already.
        var (readings, theirs) = WanakanaRomaji();
        var differences = readings.Select((reading, i) => (reading, expected: theirs[i].Replace("-", ""), actual: Typed(reading)))
            .Where(r => r.expected != r.actual).Select(r => $"{r.reading}: wanakana {r.expected}, here {r.actual}").ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(20)));
    }

    [Theory]
    [InlineData("こうけん", "kouken")]
    [InlineData("おおきい", "ookii")]
    [InlineData("くうき", "kuuki")]
    [InlineData("きょうぎかい", "kyougikai")]
    [InlineData("センター", "senta")] // ー is not typed as a letter; a search folds sentā to senta
    [InlineData("てをつなぐ", "tewotsunagu")]
    public void Typed_long_vowels_are_their_kana(string kana, string typed) => Assert.Equal(typed, Typed(kana));

    private static string Typed(string kana)
    {
        var output = new StringBuilder();
        Romaji.Append(kana, output, typed: true);
        return output.ToString();
    }

    /// <summary>Every hiragana reading of the seed dictionary, and wanakana's toRomaji of each.</summary>
    private static (List<string> Readings, List<string> Theirs) WanakanaRomaji()
    {
        var readings = HiraganaReadings();
        Assert.True(readings.Count > 500, $"only {readings.Count} readings found");
        var json = NodeScript.Run("wanakana",
            "const w = require('wanakana'); let s = ''; process.stdin.on('data', d => s += d).on('end', () => " +
            "process.stdout.write(JSON.stringify(JSON.parse(s).map(r => w.toRomaji(r)))));",
            new JsonArray(readings.Select(r => (JsonNode?)JsonValue.Create(r)).ToArray()).ToJsonString());
        return (readings, JsonNode.Parse(json)!.AsArray().Select(n => n!.GetValue<string>()).ToList());
    }

    private static string AsThisRomaniserWrites(string wanakana)
    {
        var text = wanakana.Replace("wo", "o", StringComparison.Ordinal);
        text = LongVowel().Replace(text, m => m.Value is "uu" ? "ū" : "ō");
        return MarkedLongVowel().Replace(text, m => m.Value[0] switch { 'a' => "ā", 'i' => "ī", 'u' => "ū", 'e' => "ē", _ => "ō" });
    }

    [GeneratedRegex("ou|oo|uu")]
    private static partial Regex LongVowel();

    [GeneratedRegex("[aiueo]-")]
    private static partial Regex MarkedLongVowel();

    private static List<string> HiraganaReadings()
    {
        var readings = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(Repository.Content, "readings.tsv"), Encoding.UTF8))
        {
            var fields = line.Split('\t');
            if (fields.Length >= 2 && IsHiragana(fields[1])) readings.Add(fields[1]);
        }
        foreach (var line in File.ReadLines(Path.Combine(Repository.Content, "glossary.md"), Encoding.UTF8))
            if (line.Trim().StartsWith("reading: ", StringComparison.Ordinal) && line.Trim()[9..] is var r && IsHiragana(r)) readings.Add(r);
        return [.. readings];
    }

    private static bool IsHiragana(string text) => text.Length > 0 && text.All(c => c is >= '\u3041' and <= '\u3096' or 'ー');
}
