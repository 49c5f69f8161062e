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
    private readonly string _source;

    public ReadingDictionary(IEnumerable<ReadingEntry> entries, string source)
    {
        _byFirst = entries.GroupBy(e => e.Word[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Word.Length).ThenBy(e => e.Word, StringComparer.Ordinal).ToArray());
        Count = _byFirst.Values.Sum(words => words.Length);
        _source = source;
    }

    public int Count { get; }
    public bool IsEmpty => Count == 0;

    /// <summary>The longest word that starts at <paramref name="at"/> in <paramref name="text"/>, or null.</summary>
    public ReadingEntry? LongestAt(ReadOnlySpan<char> text, int at)
    {
        if (!_byFirst.TryGetValue(text[at], out var words)) return null;
        var rest = text[at..];
        foreach (var entry in words)
            if (rest.StartsWith(entry.Word, StringComparison.Ordinal)) return entry;
        return null;
    }

    /// <summary>
    /// The words that have a kanji taught after <paramref name="grade"/> (<see cref="SchoolGrades"/>); 0 keeps every word.
    /// A word of early kanji goes, so its parts are not read either (学校 loses its reading, 福祉 keeps its own).
    /// </summary>
    public ReadingDictionary Above(int grade) =>
        grade <= 0 ? this : new ReadingDictionary(_byFirst.Values.SelectMany(w => w).Where(e => SchoolGrades.NeedsReading(e.Word, grade)), $"{_source}\n{grade}");

    /// <summary>Two dictionaries read from the same text are the same (a `serve` rebuild renders every page again when it changes).</summary>
    public bool SameAs(ReadingDictionary other) => string.Equals(_source, other._source, StringComparison.Ordinal);
}
