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

    /// <summary>Texts up to this length are worked out on the stack.</summary>
    private const int StackLimit = 256;

    // Feature index, key length and up to three UTF-16 units packed in one number: one hash lookup per feature.
    private readonly FrozenDictionary<ulong, int> _scores;
    // Twice BudouX's base score (-0.5 times the sum of every score), so that the sums stay whole numbers.
    private readonly long _doubledBase;
    // The same scores looked up once per character, pair and triple instead of once per feature and position
    // (three lookups where there were thirteen); null when a key is shorter than its window (see FromJson).
    private readonly Grams? _grams;

    private PhraseParser(FrozenDictionary<ulong, int> scores, long doubledBase, bool keysFillTheirWindows)
    {
        _scores = scores;
        _doubledBase = doubledBase;
        if (keysFillTheirWindows) _grams = new Grams(scores);
    }

    /// <summary>
    /// Each character's six unigram scores (UW1–UW6), each pair's three bigram scores (BW1–BW3) and each triple's
    /// four trigram scores (TW1–TW4), doubled, as the features of the positions around them see them.
    /// </summary>
    private sealed class Grams
    {
        public readonly ushort[] UnigramSlot = new ushort[char.MaxValue + 1];
        public readonly int[] Unigrams;
        public readonly FrozenDictionary<uint, int> BigramSlot;
        public readonly int[] Bigrams;
        public readonly FrozenDictionary<ulong, int> TrigramSlot;
        public readonly int[] Trigrams;

        public Grams(FrozenDictionary<ulong, int> scores)
        {
            var unigrams = new List<int>(new int[6]); // slot 0: a character the model does not know
            var bigrams = new Dictionary<uint, int>();
            var bigramScores = new List<int>();
            var trigrams = new Dictionary<ulong, int>();
            var trigramScores = new List<int>();
            foreach (var (key, score) in scores)
            {
                var feature = (int)(key >> 52);
                var (_, _, length) = Features[feature];
                var c0 = (char)(key >> 32);
                var c1 = (char)(key >> 16);
                var c2 = (char)key;
                switch (length)
                {
                    case 1:
                        if (UnigramSlot[c0] == 0) { UnigramSlot[c0] = (ushort)(unigrams.Count / 6); unigrams.AddRange(new int[6]); }
                        unigrams[UnigramSlot[c0] * 6 + feature] = 2 * score;
                        break;
                    case 2:
                        var pair = ((uint)c0 << 16) | c1;
                        if (!bigrams.TryGetValue(pair, out var b)) { bigrams[pair] = b = bigramScores.Count; bigramScores.AddRange(new int[3]); }
                        bigramScores[b + feature - 6] = 2 * score;
                        break;
                    default:
                        var triple = ((ulong)c0 << 32) | ((ulong)c1 << 16) | c2;
                        if (!trigrams.TryGetValue(triple, out var t)) { trigrams[triple] = t = trigramScores.Count; trigramScores.AddRange(new int[4]); }
                        trigramScores[t + feature - 9] = 2 * score;
                        break;
                }
            }
            Unigrams = unigrams.ToArray();
            BigramSlot = bigrams.ToFrozenDictionary();
            Bigrams = bigramScores.ToArray();
            TrigramSlot = trigrams.ToFrozenDictionary();
            Trigrams = trigramScores.ToArray();
        }
    }

    /// <summary>Reads a model in BudouX's JSON form: {"UW1": {"あ": 123, …}, …, "TW4": {…}}.</summary>
    public static PhraseParser FromJson(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        var scores = new Dictionary<ulong, int>();
        long total = 0;
        var keysFillTheirWindows = true;
        foreach (var group in document.RootElement.EnumerateObject())
        {
            var feature = Array.FindIndex(Features, f => f.Name == group.Name);
            foreach (var entry in group.Value.EnumerateObject())
            {
                var score = entry.Value.GetInt32();
                total += score;
                // A key of another length than its feature's window can still match where the window is
                // clipped at the text's ends, as in JavaScript; a key longer than three units never can.
                if (feature < 0 || entry.Name.Length is 0 or > 3) continue;
                scores[Key(feature, entry.Name)] = score;
                keysFillTheirWindows &= entry.Name.Length == Features[feature].Length;
            }
        }
        return new PhraseParser(scores.ToFrozenDictionary(), -total, keysFillTheirWindows);
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
        long[]? rented = null;
        var scores = text.Length <= StackLimit
            ? stackalloc long[text.Length]
            : (rented = System.Buffers.ArrayPool<long>.Shared.Rent(text.Length)).AsSpan(0, text.Length);
        try
        {
            Scores(text, scores);
            for (var i = 0; i < text.Length; i++) breakBefore[i] = i > 0 && scores[i] > 0;
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<long>.Shared.Return(rented);
        }
    }

    /// <summary>Twice the score of a position where no feature of the model applies (BudouX's base score).</summary>
    public long DoubledBaseScore => _doubledBase;

    /// <summary>
    /// Twice BudouX's score of each position of <paramref name="text"/> (<paramref name="scores"/>[i] for a phrase
    /// starting at i; [0] is left 0): above zero is a boundary, and the nearer zero, the likelier one.
    /// </summary>
    public void Scores(ReadOnlySpan<char> text, Span<long> scores)
    {
        if (scores.Length < text.Length) throw new ArgumentException("One score per character is needed.", nameof(scores));
        if (text.Length == 0) return;
        scores[0] = 0;
        if (_grams is null) ScoresByFeature(text, scores);
        else ScoresByGram(_grams, text, scores);
    }

    /// <summary>The model's scores looked up feature by feature, each with its window clipped as JavaScript clips it.</summary>
    private void ScoresByFeature(ReadOnlySpan<char> text, Span<long> scores)
    {
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
            scores[i] = doubled;
        }
    }

    /// <summary>
    /// The same sums when every key fills its window: a clipped window then matches no key, so a character, pair or
    /// triple beyond the text's ends adds nothing. Each is looked up once, and each position adds what it gives.
    /// </summary>
    private void ScoresByGram(Grams grams, ReadOnlySpan<char> text, Span<long> scores)
    {
        var n = text.Length;
        int[]? rented = null;
        var slots = n <= StackLimit
            ? stackalloc int[n * 3]
            : (rented = System.Buffers.ArrayPool<int>.Shared.Rent(n * 3)).AsSpan(0, n * 3);
        try
        {
            // Per start j: the unigram slot of text[j], the bigram at j and the trigram at j (-1: not in the model).
            var unigram = slots[..n];
            var bigram = slots.Slice(n, n);
            var trigram = slots.Slice(2 * n, n);
            for (var j = 0; j < n; j++)
            {
                unigram[j] = grams.UnigramSlot[text[j]] * 6;
                bigram[j] = j + 1 < n && grams.BigramSlot.TryGetValue(((uint)text[j] << 16) | text[j + 1], out var b) ? b : -1;
                trigram[j] = j + 2 < n && grams.TrigramSlot.TryGetValue(((ulong)text[j] << 32) | ((ulong)text[j + 1] << 16) | text[j + 2], out var t) ? t : -1;
            }
            var u = grams.Unigrams;
            var bw = grams.Bigrams;
            var tw = grams.Trigrams;
            for (var i = 1; i < n; i++)
            {
                long doubled = _doubledBase;
                // UW1..UW6: the characters at i-3 .. i+2.
                if (i >= 3) doubled += u[unigram[i - 3] + 0];
                if (i >= 2) doubled += u[unigram[i - 2] + 1];
                doubled += u[unigram[i - 1] + 2] + u[unigram[i] + 3];
                if (i + 1 < n) doubled += u[unigram[i + 1] + 4];
                if (i + 2 < n) doubled += u[unigram[i + 2] + 5];
                // BW1..BW3: the pairs starting at i-2, i-1, i.
                if (i >= 2 && bigram[i - 2] >= 0) doubled += bw[bigram[i - 2] + 0];
                if (bigram[i - 1] >= 0) doubled += bw[bigram[i - 1] + 1];
                if (bigram[i] >= 0) doubled += bw[bigram[i] + 2];
                // TW1..TW4: the triples starting at i-3 .. i.
                if (i >= 3 && trigram[i - 3] >= 0) doubled += tw[trigram[i - 3] + 0];
                if (i >= 2 && trigram[i - 2] >= 0) doubled += tw[trigram[i - 2] + 1];
                if (trigram[i - 1] >= 0) doubled += tw[trigram[i - 1] + 2];
                if (trigram[i] >= 0) doubled += tw[trigram[i] + 3];
                scores[i] = doubled;
            }
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<int>.Shared.Return(rented);
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
