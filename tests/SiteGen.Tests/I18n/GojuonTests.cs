using SiteGen.I18n;

namespace SiteGen.Tests.I18n;

/// <summary>五十音順 as dictionaries sort: katakana as hiragana, voiced and small kana set aside first, ー as its vowel, then a stable tie-break.</summary>
public sealed class GojuonTests
{
    private static List<string> Sorted(params string[] readings) => [.. readings.Order(Comparer<string>.Create(Gojuon.Compare))];

    [Fact]
    public void Katakana_sorts_as_the_same_hiragana()
    {
        Assert.Equal(["あうとりいち", "アウトリーチ", "かいごよぼう"], Sorted("かいごよぼう", "アウトリーチ", "あうとりいち"));
        Assert.Equal(Gojuon.PrimaryKey("こみゅにてぃ"), Gojuon.PrimaryKey("コミュニティ"));
    }

    [Fact]
    public void Voiced_marks_are_set_aside_at_first_as_dictionaries_do()
    {
        // ダブルケア (だ) sorts among た, before ち: not after every unvoiced reading as code points would put it.
        Assert.Equal(["たいこ", "だぶるけあ", "ちいき"], Sorted("ちいき", "だぶるけあ", "たいこ"));
        // じゅうそう after しゃかい, before せいねん; ぷろぼの after ふくし.
        Assert.Equal(["しゃかいしげん", "じゅうそうてき", "せいねんこうけん"], Sorted("せいねんこうけん", "じゅうそうてき", "しゃかいしげん"));
        Assert.Equal(["ふくし", "プロボノ"], Sorted("プロボノ", "ふくし"));
    }

    [Fact]
    public void Readings_equal_but_for_marks_are_unvoiced_then_voiced_then_half_voiced()
    {
        Assert.Equal(["はす", "ばす", "ぱす"], Sorted("ぱす", "はす", "ばす"));
        // The voicing decides before small kana do (JIS X 4061): かつば (voiced ば) before かっぱ (half-voiced ぱ), though っ is small.
        Assert.Equal(["かつば", "かっぱ"], Sorted("かっぱ", "かつば"));
        Assert.Equal(["かっこ", "かつこ"], Sorted("かつこ", "かっこ"));
    }

    [Fact]
    public void The_long_vowel_mark_is_the_vowel_it_lengthens()
    {
        Assert.Equal("あうとりいち", Gojuon.PrimaryKey("アウトリーチ"));
        Assert.Equal("はちまるこおまるもんたい", Gojuon.PrimaryKey("はちまるごーまるもんだい"));
        // リーチ (りいち) sorts after りあ and before りう.
        Assert.Equal(["りあ", "リーチ", "りう"], Sorted("りう", "リーチ", "りあ"));
    }

    [Fact]
    public void Separators_in_a_reading_do_not_count()
    {
        Assert.Equal(Gojuon.PrimaryKey("みんせいいいんじどういいん"), Gojuon.PrimaryKey("みんせいいいん・じどういいん"));
        Assert.Equal(Gojuon.PrimaryKey("ちいき ふくし"), Gojuon.PrimaryKey("ちいきふくし"));
    }

    [Theory]
    [InlineData("アウトリーチ", "あ")]
    [InlineData("かいごよぼう", "か")]
    [InlineData("じゅうそうてき", "さ")]
    [InlineData("ダブルケア", "た")]
    [InlineData("ぬいぐるみ", "な")]
    [InlineData("プロボノ", "は")]
    [InlineData("みんせいいいん", "ま")]
    [InlineData("ゆうき", "や")]
    [InlineData("りょう", "ら")]
    [InlineData("ヴォランティア", "あ")]
    [InlineData("わがこと", "わ")]
    public void A_reading_is_listed_under_the_row_of_its_first_kana(string reading, string row) =>
        Assert.Equal(row, Gojuon.RowOf(reading));

    [Theory]
    [InlineData("しゃかいしげん", true)]
    [InlineData("ちいきほうかつケアシステム", true)]
    [InlineData("みんせいいいん・じどういいん", true)]
    [InlineData("社会資源", false)]
    [InlineData("shakai shigen", false)]
    [InlineData("", false)]
    [InlineData("・", false)]
    public void A_reading_is_kana_only(string text, bool reading) => Assert.Equal(reading, Gojuon.IsReading(text));
}
