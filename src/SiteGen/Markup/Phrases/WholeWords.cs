using SiteGen.I18n;
using SiteGen.Markup.Readings;

namespace SiteGen.Markup.Phrases;

/// <summary>
/// Words no line may break inside: the words of the site's readings dictionary (content/readings.tsv, made from its
/// texts and checked by its staff) that start with a kanji or katakana, found in a text by longest match from its start,
/// as the furigana pass reads it. BudouX knows no words and now and then parts one (相談支援体|制, 柏中|央地区, 寄り|添った);
/// read as words, 支援|体制 leaves no boundary inside 体制. A word that starts with kana (に対する, ください) is a particle
/// or an ending, beside which a phrase may well begin: it is not one of these.
/// </summary>
public sealed class WholeWords(ReadingDictionary dictionary)
{
    public static readonly WholeWords None = new(ReadingDictionary.Empty);

    /// <summary>Sets <c>inside[i]</c> for each place between <c>text[i - 1]</c> and <c>text[i]</c> that is inside a word.</summary>
    public void MarkInside(ReadOnlySpan<char> text, Span<bool> inside)
    {
        if (dictionary.IsEmpty) return;
        for (var at = 0; at < text.Length;)
        {
            var length = LengthAt(text, at);
            if (length == 0)
            {
                at++;
                continue;
            }
            inside.Slice(at + 1, length - 1).Fill(true);
            at += length;
        }
    }

    /// <summary>The length of the word that starts at <paramref name="at"/>, as <see cref="MarkInside"/> reads the text; 0 for none.</summary>
    public int LengthAt(ReadOnlySpan<char> text, int at)
    {
        var length = Kanji.Is(text[at]) || Kana.IsKatakanaWord(text[at]) ? dictionary.WordLengthAt(text, at) : 0;
        return length < 2 ? 0 : length;
    }
}
