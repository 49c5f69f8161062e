using System.Diagnostics;
using SiteGen.Markup.Readings;

namespace SiteGen.Tests.Markup.Readings;

/// <summary>A glossary term in Roman letters, parted into the words of the readings dictionary that spell its reading.</summary>
public sealed class PronunciationTests
{
    private static readonly Pronunciation Said = new(new ReadingDictionary(
    [
        new("成年", "せいねん"), new("後見", "こうけん"), new("制度", "せいど"), new("社会", "しゃかい"), new("福祉", "ふくし"),
        new("協議", "きょうぎ"), new("会", "かい"), new("問題", "もんだい"), new("寄り添う", "よりそう"), new("地域", "ちいき"),
        new("包括", "ほうかつ"), new("支援", "しえん"), new("民生", "みんせい"), new("委員", "いいん"), new("児童", "じどう"),
        new("期間", "きかん"), new("中", "ちゅう", afterWord: true), new("日", "ひ"),
    ], "test"));

    [Theory]
    [InlineData("成年後見制度", "せいねんこうけんせいど", "seinen kōken seido")]
    // A one-kanji word after another is its suffix: 協議会 is one word.
    [InlineData("社会福祉協議会", "しゃかいふくしきょうぎかい", "shakai fukushi kyōgikai")]
    [InlineData("期間中", "きかんちゅう", "kikanchū")]
    // Katakana and hiragana between words are words of their own; ・ is a comma.
    [InlineData("地域包括支援センター", "ちいきほうかつしえんセンター", "chiiki hōkatsu shien sentā")]
    [InlineData("民生委員・児童委員", "みんせいいいん・じどういいん", "minsei iin, jidō iin")]
    // The kana a word writes after its kanji are no long vowel: 寄り添う is yorisou, not yorisō.
    [InlineData("寄り添う", "よりそう", "yorisou")]
    // Digits and a kanji the dictionary lacks take what is left between the words around them.
    [InlineData("8050問題", "はちまるごーまるもんだい", "hachimarugōmaru mondai")]
    [InlineData("協議体", "きょうぎたい", "kyōgi tai")]
    public void A_term_is_said_in_the_words_of_the_dictionary(string term, string reading, string expected) =>
        Assert.Equal(expected, Said.Of(term, reading).Romaji);

    [Theory]
    [InlineData("成年後見制度", "せいねんこうけんせいど", "seinen kouken seido")]
    [InlineData("社会福祉協議会", "しゃかいふくしきょうぎかい", "shakai fukushi kyougikai")]
    [InlineData("地域包括支援センター", "ちいきほうかつしえんセンター", "chiiki houkatsu shien senta")]
    // Long only by ー, or not long at all: the Roman letters without macrons are what is typed, so nothing more.
    [InlineData("センター", "センター", null)]
    [InlineData("社会福祉", "しゃかいふくし", null)]
    public void A_term_as_a_kana_keyboard_types_it_is_given_where_a_search_would_not_find_it_otherwise(string term, string reading, string? typed) =>
        Assert.Equal(typed, Said.Of(term, reading).Typed);

    [Theory]
    // Spaces in the reading part words the dictionary cannot (katakana, kana after kana).
    [InlineData("コミュニティソーシャルワーク", "コミュニティ ソーシャル ワーク", "komyuniti sōsharu wāku")]
    [InlineData("8050問題", "はちまる ごーまる もんだい", "hachimaru gōmaru mondai")]
    [InlineData("成年後見制度", "せいねん こうけん せいど", "seinen kōken seido")]
    // A reading the words do not spell (the dictionary's 日 is ひ) is written as its parts.
    [InlineData("日本", "にほん", "nihon")]
    [InlineData("社会福祉", "しゃかい ふく し", "shakai fuku shi")]
    public void The_reading_as_written_parts_words_and_decides_when_the_dictionary_does_not_spell_it(string term, string reading, string expected) =>
        Assert.Equal(expected, Said.Of(term, reading).Romaji);

    [Theory]
    // The reading in the same words, a line may break between them: a suffix stays with its word, a ・ ends the word before it.
    [InlineData("社会福祉協議会", "しゃかいふくしきょうぎかい", "しゃかい|ふくし|きょうぎかい")]
    [InlineData("民生委員・児童委員", "みんせいいいん・じどういいん", "みんせい|いいん・|じどう|いいん")]
    [InlineData("寄り添う", "よりそう", "よりそう")]
    [InlineData("コミュニティソーシャルワーク", "コミュニティ ソーシャル ワーク", "コミュニティ|ソーシャル|ワーク")]
    [InlineData("8050問題", "はちまる ごーまる もんだい", "はちまる|ごーまる|もんだい")]
    [InlineData("日本", "に ほん", "に|ほん")]
    public void The_reading_is_parted_into_the_same_words(string term, string reading, string expected) =>
        Assert.Equal(expected, string.Join('|', Said.Of(term, reading).Words));

    [Fact]
    public void A_term_written_to_defeat_the_search_gives_up_quickly()
    {
        // Unknown runs between kana may each take any number of letters: without a limit, 2^40 tries.
        var term = string.Concat(Enumerable.Repeat("漢あ", 40));
        var reading = new string('あ', 200);
        var clock = Stopwatch.StartNew();
        var said = Said.Of(term, reading).Romaji;
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Equal(new string('a', 200), said);
    }

    [Fact]
    public void A_term_longer_than_any_real_one_is_written_as_its_reading_without_a_search()
    {
        // Searched, it would recurse once a letter: deeper than a thread's stack.
        var said = Said.Of(string.Concat(Enumerable.Repeat("成年", 50_000)), string.Concat(Enumerable.Repeat("せいねん ", 50_000))).Romaji;
        Assert.StartsWith("seinen seinen ", said, StringComparison.Ordinal);
        Assert.Equal(50_000, said.Split(' ').Length);
        // At the limit the words are still found.
        Assert.Equal(string.Join(' ', Enumerable.Repeat("seinen", Pronunciation.MaximumTermLength / 2)),
            Said.Of(string.Concat(Enumerable.Repeat("成年", Pronunciation.MaximumTermLength / 2)), string.Concat(Enumerable.Repeat("せいねん", Pronunciation.MaximumTermLength / 2))).Romaji);
    }
}
