namespace SiteGen.Markup.Phrases;

/// <summary>
/// Words no line may break inside: the site's own words (content/readings.tsv, made from its texts and checked by
/// its staff) that start with a kanji or katakana, found in a text by longest match from its start, as the furigana
/// pass reads it. BudouX knows no words and now and then parts one (相談支援体|制, 柏中|央地区, 寄り|添った); read
/// as words, 支援|体制 leaves no boundary inside 体制. A word that starts with kana (に対する, ください) is a
/// particle or an ending, beside which a phrase may well begin: it is not one of these.
/// </summary>
public sealed class WholeWords
{
    public static readonly WholeWords None = new([]);

    // Filed by first character, longest first: at each character only the few words that start with it are compared.
    private readonly Dictionary<char, string[]> _byFirst;

    public WholeWords(IEnumerable<string> words) =>
        _byFirst = words.Where(w => w.Length >= 2 && StartsAWord(w[0])).Distinct(StringComparer.Ordinal)
            .GroupBy(w => w[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).ToArray());

    public int Count => _byFirst.Values.Sum(w => w.Length);

    /// <summary>Sets <c>inside[i]</c> for each place between <c>text[i - 1]</c> and <c>text[i]</c> that is inside a word.</summary>
    public void MarkInside(ReadOnlySpan<char> text, Span<bool> inside)
    {
        if (_byFirst.Count == 0) return;
        for (var at = 0; at < text.Length;)
        {
            var length = LongestAt(text[at..]);
            if (length == 0)
            {
                at++;
                continue;
            }
            inside.Slice(at + 1, length - 1).Fill(true);
            at += length;
        }
    }

    private int LongestAt(ReadOnlySpan<char> rest)
    {
        if (!_byFirst.TryGetValue(rest[0], out var words)) return 0;
        foreach (var word in words)
            if (rest.StartsWith(word, StringComparison.Ordinal)) return word.Length;
        return 0;
    }

    private static bool StartsAWord(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or '々' or (>= '\u30A1' and <= '\u30FA');
}
