using SiteGen.I18n;

namespace SiteGen.Tests.I18n;

/// <summary>The one definition of kana that readings, 五十音 order, phrase breaks and Roman letters share.</summary>
public sealed class KanaTests
{
    [Theory]
    [InlineData('あ', true, false)]
    [InlineData('ゖ', true, false)]  // the last hiragana letter (small ke)
    [InlineData('ゞ', true, false)]  // an iteration mark (いすゞ)
    [InlineData('゛', false, false)] // a voicing mark alone is no letter
    [InlineData('ア', false, true)]
    [InlineData('ヺ', false, true)]
    [InlineData('ヾ', false, true)]
    [InlineData('・', false, false)] // a separator, not a letter
    [InlineData('ー', false, false)] // written with either: kana, not hiragana or katakana
    public void Hiragana_and_katakana_are_their_letters_and_iteration_marks(char c, bool hiragana, bool katakana)
    {
        Assert.Equal(hiragana, Kana.IsHiragana(c));
        Assert.Equal(katakana, Kana.IsKatakana(c));
        Assert.Equal(hiragana || katakana || c == 'ー', Kana.IsKana(c));
    }

    [Fact]
    public void The_long_vowel_mark_goes_on_a_katakana_word_and_is_part_of_a_reading()
    {
        Assert.True(Kana.IsKatakanaWord('ー'));
        Assert.True(Kana.IsReading('ー'));
        Assert.False(Kana.IsReading('ア')); // readings are written in hiragana
    }

    [Theory]
    [InlineData("ケアマネジャー", "けあまねじゃー")]
    [InlineData("ヷヸヹヺ", "わゐゑを")]
    [InlineData("ヽヾ", "ゝゞ")]
    public void Katakana_is_the_same_sounds_as_hiragana(string katakana, string hiragana) =>
        Assert.True(Kana.Same(katakana, hiragana));
}
