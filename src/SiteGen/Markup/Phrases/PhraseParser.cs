using System.Collections.Frozen;
using System.Text.Json;

namespace SiteGen.Markup.Phrases;

/// <summary>
/// BudouX's phrase segmenter (the npm package <c>budoux</c>, Parser.parseBoundaries) over its Japanese
/// model: at each position between two UTF-16 code units it sums the model's scores for the characters
/// around it (unigrams UW1–UW6, bigrams BW1–BW3, trigrams TW1–TW4) and marks a phrase boundary where the
/// sum is above zero. Keys are taken exactly as JavaScript's <c>substring</c> takes them (clipped at both
/// ends of the text), so every boundary is the one the npm library finds (PhraseParserTests proves it).
/// The model is read once and never changes; the parser keeps no other state and is safe on every thread.
/// </summary>
public sealed class PhraseParser
{
    /// <summary>The window of each feature, relative to the position: where its text starts, and its length.</summary>
    private static readonly (string Name, int Start, int Length)[] Features =
    [
        ("UW1", -3, 1), ("UW2", -2, 1), ("UW3", -1, 1), ("UW4", 0, 1), ("UW5", 1, 1), ("UW6", 2, 1),
        ("BW1", -2, 2), ("BW2", -1, 2), ("BW3", 0, 2),
        ("TW1", -3, 3), ("TW2", -2, 3), ("TW3", -1, 3), ("TW4", 0, 3),
    ];

    private static readonly Lazy<PhraseParser> LazyJapanese = new(() => Load(ModelResource));

    /// <summary>The name of the embedded BudouX Japanese model (Markup/Phrases/budoux-ja.json).</summary>
    public const string ModelResource = "phrases/budoux-ja.json";

    /// <summary>The parser for Japanese, with the model shipped inside the program.</summary>
    public static PhraseParser Japanese => LazyJapanese.Value;

    // Feature index, key length and up to three UTF-16 units packed in one number: one hash lookup per feature.
    private readonly FrozenDictionary<ulong, int> _scores;
    // Twice BudouX's base score (-0.5 times the sum of every score), so that the sums stay whole numbers.
    private readonly long _doubledBase;

    private PhraseParser(FrozenDictionary<ulong, int> scores, long doubledBase)
    {
        _scores = scores;
        _doubledBase = doubledBase;
    }

    /// <summary>Reads a model in BudouX's JSON form: {"UW1": {"あ": 123, …}, …, "TW4": {…}}.</summary>
    public static PhraseParser FromJson(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        var scores = new Dictionary<ulong, int>();
        long total = 0;
        foreach (var group in document.RootElement.EnumerateObject())
        {
            var feature = Array.FindIndex(Features, f => f.Name == group.Name);
            foreach (var entry in group.Value.EnumerateObject())
            {
                var score = entry.Value.GetInt32();
                total += score;
                // A key of another length than its feature's window can still match where the window is
                // clipped at the text's ends, as in JavaScript; a key longer than three units never can.
                if (feature >= 0 && entry.Name.Length is > 0 and <= 3) scores[Key(feature, entry.Name)] = score;
            }
        }
        return new PhraseParser(scores.ToFrozenDictionary(), -total);
    }

    private static PhraseParser Load(string resource)
    {
        using var stream = typeof(PhraseParser).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The phrase model {resource} is missing from the program.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return FromJson(bytes);
    }

    private static ulong Key(int feature, ReadOnlySpan<char> text)
    {
        var key = ((ulong)feature << 52) | ((ulong)text.Length << 48);
        for (var i = 0; i < text.Length; i++) key |= (ulong)text[i] << (32 - 16 * i);
        return key;
    }

    /// <summary>
    /// Marks the phrase boundaries of <paramref name="text"/>: <paramref name="breakBefore"/>[i] is set when a
    /// phrase starts at code unit i (never at 0). <paramref name="breakBefore"/> must be as long as the text.
    /// </summary>
    public void Boundaries(ReadOnlySpan<char> text, Span<bool> breakBefore)
    {
        if (breakBefore.Length < text.Length) throw new ArgumentException("One flag per character is needed.", nameof(breakBefore));
        if (text.Length > 0) breakBefore[0] = false;
        for (var i = 1; i < text.Length; i++)
        {
            var doubled = _doubledBase;
            for (var f = 0; f < Features.Length; f++)
            {
                var (_, start, length) = Features[f];
                var from = Math.Max(i + start, 0);
                var to = Math.Min(i + start + length, text.Length);
                if (to <= from) continue;
                if (_scores.TryGetValue(Key(f, text[from..to]), out var score)) doubled += 2L * score;
            }
            breakBefore[i] = doubled > 0;
        }
    }

    /// <summary>The phrases of <paramref name="text"/>, as BudouX's Parser.parse returns them (none for an empty text).</summary>
    public List<string> Parse(string text)
    {
        var phrases = new List<string>();
        if (text.Length == 0) return phrases;
        var flags = new bool[text.Length];
        Boundaries(text, flags);
        var start = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (!flags[i]) continue;
            phrases.Add(text[start..i]);
            start = i;
        }
        phrases.Add(text[start..]);
        return phrases;
    }
}
