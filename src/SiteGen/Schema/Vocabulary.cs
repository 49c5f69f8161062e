namespace SiteGen.Schema;

/// <summary>A closed set of words content may use (kebab-case, the same in every language) and the value each stands for.</summary>
public abstract class Vocabulary
{
    public abstract string Name { get; }
    public abstract Doc Doc { get; }
    public abstract IReadOnlyList<(string Word, Doc Doc)> Entries { get; }
}

/// <summary>
/// Words for the values of <typeparamref name="T"/>. Every value must have exactly one word: a value left out
/// (a new flag, say) fails on first use instead of printing as some other value's label.
/// </summary>
public sealed class Vocabulary<T> : Vocabulary where T : struct, Enum
{
    private readonly Dictionary<string, T> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<T, (string Word, Doc Doc)> _byValue = [];
    private readonly List<(string Word, Doc Doc)> _entries = [];

    /// <param name="unnamed">Values that are not words of their own (a [Flags] enum's None).</param>
    public Vocabulary(string name, Doc doc, IEnumerable<(string Word, T Value, Doc Doc)> entries, params T[] unnamed)
    {
        Name = name;
        Doc = doc;
        foreach (var (word, value, meaning) in entries)
        {
            if (!_byWord.TryAdd(word, value)) throw new InvalidOperationException($"vocabulary {name}: the word `{word}` is listed twice");
            if (!_byValue.TryAdd(value, (word, meaning))) throw new InvalidOperationException($"vocabulary {name}: {value} has two words");
            _entries.Add((word, meaning));
        }
        foreach (var value in Enum.GetValues<T>())
            if (!_byValue.ContainsKey(value) && Array.IndexOf(unnamed, value) < 0)
                throw new InvalidOperationException($"vocabulary {name}: {typeof(T).Name}.{value} has no word");
    }

    public override string Name { get; }
    public override Doc Doc { get; }
    public override IReadOnlyList<(string Word, Doc Doc)> Entries => _entries;
    public IEnumerable<string> Words => _byWord.Keys;
    public IEnumerable<T> Values => _byValue.Keys;

    public bool TryParse(string word, out T value) => _byWord.TryGetValue(word, out value);
    public bool Contains(string word) => _byWord.ContainsKey(word);

    public string WordOf(T value) => _byValue.TryGetValue(value, out var entry) ? entry.Word
        : throw new ArgumentOutOfRangeException(nameof(value), value, $"vocabulary {Name} has no word for it");

    public Doc DocOf(T value) => _byValue[value].Doc;
}
