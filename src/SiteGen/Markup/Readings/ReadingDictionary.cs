using SiteGen.I18n;
namespace SiteGen.Markup.Readings;

/// <summary>
/// The words of the readings dictionary, found by longest match. Words are filed by their first character, longest
/// first: a text is read once, and at each character only the few words that start with it are compared (a
/// first-character index is as fast as Aho-Corasick for words this short and takes no automaton to build).
/// </summary>
public sealed class ReadingDictionary
{
    public static readonly ReadingDictionary Empty = new([], "");

    private readonly Dictionary<char, ReadingEntry[]> _byFirst;
    private readonly Dictionary<char, ReadingEntry[]> _afterWordByFirst;
    private readonly string _source;

    public ReadingDictionary(IEnumerable<ReadingEntry> entries, string source)
    {
        var all = entries.ToList();
        _byFirst = ByFirst(all.Where(e => !e.AfterWord));
        _afterWordByFirst = ByFirst(all.Where(e => e.AfterWord));
        Count = all.Count;
        _source = source;
    }

    private static Dictionary<char, ReadingEntry[]> ByFirst(IEnumerable<ReadingEntry> entries) =>
        entries.GroupBy(e => e.Word[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Word.Length).ThenBy(e => e.Word, StringComparer.Ordinal).ToArray());

    public int Count { get; }
    public bool IsEmpty => Count == 0;

    /// <summary>How long the longest word standing alone (not the 〜中 kind) that starts at <paramref name="at"/> is; 0 for none.</summary>
    public int WordLengthAt(ReadOnlySpan<char> text, int at) => Longest(_byFirst, text[at..])?.Word.Length ?? 0;

    /// <summary>
    /// The longest word that starts at <paramref name="at"/> in <paramref name="text"/>, or null. Right after a kanji,
    /// katakana or digit an after-word entry (〜中) is a candidate too, and wins a tie.
    /// </summary>
    public ReadingEntry? LongestAt(ReadOnlySpan<char> text, int at)
    {
        var rest = text[at..];
        var plain = Longest(_byFirst, rest);
        if (at == 0 || _afterWordByFirst.Count == 0 || !EndsAWord(text[at - 1])) return plain;
        var afterWord = Longest(_afterWordByFirst, rest);
        return afterWord is not null && (plain is null || afterWord.Word.Length >= plain.Word.Length) ? afterWord : plain;
    }

    private static ReadingEntry? Longest(Dictionary<char, ReadingEntry[]> index, ReadOnlySpan<char> rest)
    {
        if (!index.TryGetValue(rest[0], out var words)) return null;
        foreach (var entry in words)
            if (rest.StartsWith(entry.Word, StringComparison.Ordinal)) return entry;
        return null;
    }

    // What a suffix such as 中 or 内 is attached to: a kanji word, a katakana word or a number.
    private static bool EndsAWord(char c) => Kanji.Is(c) || Kana.IsKatakanaWord(c) || Digits.Is(c);

    /// <summary>
    /// The words that have a kanji taught after <paramref name="grade"/> (<see cref="SchoolGrades"/>); 0 keeps every word.
    /// A word of early kanji goes, so its parts are not read either (学校 loses its reading, 福祉 keeps its own).
    /// </summary>
    public ReadingDictionary Above(int grade) =>
        grade <= 0 ? this : new ReadingDictionary(
            _byFirst.Values.Concat(_afterWordByFirst.Values).SelectMany(w => w).Where(e => SchoolGrades.NeedsReading(e.Word, grade)), $"{_source}\n{grade}");

    /// <summary>Two dictionaries read from the same text are the same (a `serve` rebuild renders every page again when it changes).</summary>
    public bool SameAs(ReadingDictionary other) => string.Equals(_source, other._source, StringComparison.Ordinal);
}
