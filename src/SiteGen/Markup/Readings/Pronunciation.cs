using System.Text;
using SiteGen.I18n;

namespace SiteGen.Markup.Readings;

/// <summary>
/// How a Japanese term is said, in Roman letters (<see cref="Romaji"/>) with a space between its words:
/// 成年後見制度 せいねんこうけんせいど → seinen kōken seido. For readers who cannot read kana: a foreign resident can say the
/// term at a counter. The words are the readings dictionary's, found in the term by longest match as furigana are, and
/// the term's own reading decides: the words must spell it. A space or ・ written in the reading parts words too
/// (コミュニティ・ソーシャルワーク), and a reading the words do not spell is written as its parts.
/// </summary>
public sealed class Pronunciation(ReadingDictionary dictionary)
{
    /// <summary>
    /// A term as said: in Roman letters (seinen kōken seido), and its reading in the same words (せいねん, こうけん, せいど;
    /// a ・ ends the word before it), so that a line may break between them and nowhere else.
    /// </summary>
    /// <param name="Typed">
    /// The Roman letters as a kana keyboard types them (seinen kouken seido; <see cref="Romaji.Append"/>), or null when
    /// that is the Roman letters without their macrons (sōsharu: sosharu), which a search finds already.
    /// </param>
    public sealed record Said(string Romaji, IReadOnlyList<string> Words, string? Typed);

    /// <summary>A word of the term: its reading, the kana it writes after its kanji (送り仮名), how it joins the word before, and whether the term writes it in kana alone.</summary>
    private readonly record struct Word(string Reading, string Okurigana, Join Join, bool KanaRun = false);

    private enum Join { Space, Comma, None }

    /// <summary>The longest term parted into the dictionary's words (a glossary term is a few words).</summary>
    public const int MaximumTermLength = 64;

    /// <summary>The term in Roman letters, lower case (empty when <paramref name="reading"/> has no kana), and its reading's words.</summary>
    public Said Of(string term, string reading)
    {
        var (letters, breaks) = Letters(reading);
        // The search recurses once a letter: a term longer than any real one is written as its reading, not searched.
        var words = term.Length <= MaximumTermLength ? new Alignment(dictionary, term, letters, breaks).Run() : null;
        words ??= [new Word(WithBreaks(letters, breaks, 0, letters.Length), "", Join.Space)];
        var romaji = Write(words, typed: false);
        var typed = Write(words, typed: true);
        return new Said(romaji, KanaWords(words), typed == Romaji.WithoutMacrons(romaji) ? null : typed);
    }

    /// <summary>The reading's kana, and before which of them a space (or ・, a comma) was written.</summary>
    private static (string Letters, Dictionary<int, Join> Breaks) Letters(string reading)
    {
        var letters = new StringBuilder(reading.Length);
        var breaks = new Dictionary<int, Join>();
        foreach (var c in reading)
        {
            if (!IsSeparator(c)) letters.Append(c);
            else if (letters.Length > 0 && (c == '・' || !breaks.ContainsKey(letters.Length))) breaks[letters.Length] = c == '・' ? Join.Comma : Join.Space;
        }
        return (letters.ToString(), breaks);
    }

    /// <summary>
    /// The term read against the reading's letters: a dictionary word takes its reading, a kana itself, and a run of
    /// anything else (a kanji the dictionary lacks, digits) as many letters as lets the rest match.
    /// </summary>
    private sealed class Alignment(ReadingDictionary dictionary, string term, string letters, Dictionary<int, Join> breaks)
    {
        // Runs of unknown letters may take any number of kana: a term written to defeat the search gives up, not hangs.
        private int _budget = 10_000;
        private readonly List<Word> _words = [];

        public List<Word>? Run() => Align(0, 0, null) ? _words : null;

        /// <param name="pending">The separator written in the term since the last word (null: none).</param>
        private bool Align(int at, int read, Join? pending)
        {
            if (--_budget < 0) return false;
            if (at == term.Length) return read == letters.Length;
            var c = term[at];
            if (IsSeparator(c)) return Align(at + 1, read, c == '・' ? Join.Comma : pending ?? Join.Space);
            if (read == letters.Length) return false;
            Join? written = breaks.TryGetValue(read, out var inReading) ? inReading : pending;

            // A word with kanji in it (お互い, あり方 too); a word of kana alone is read as kana.
            var entry = dictionary.LongestAt(term, at);
            if (entry is not null && !entry.Word.All(Kana.IsKana) && Spells(read, entry.Reading))
            {
                var okurigana = Okurigana(entry);
                // A one-kanji word straight after another word is its suffix (協議会 kyōgikai, 重層的 jūsōteki), as is a 〜中 word.
                var suffix = written is null && _words.Count > 0 && (entry.AfterWord || entry.Word.Length == 1);
                // A space the reading has inside the word parts it too: the person who wrote the reading decides.
                var word = new Word(WithBreaks(letters, breaks, read, entry.Reading.Length - okurigana.Length), okurigana, written ?? (suffix ? Join.None : Join.Space));
                if (Push(word, replaces: false, () => Align(at + entry.Word.Length, read + entry.Reading.Length, null))) return true;
            }

            if (Kana.IsKana(c))
            {
                if (Kana.ToHiragana(c) != Kana.ToHiragana(letters[read])) return false;
                // Kana in a row are one word, katakana apart from hiragana: ケアシステム stays one, な after 的 is its own.
                var continues = written is null && _words.Count > 0 && _words[^1].KanaRun && Kana.IsKatakanaWord(term[at - 1]) == Kana.IsKatakanaWord(c);
                var word = continues ? _words[^1] with { Reading = _words[^1].Reading + letters[read] } : new Word(letters[read].ToString(), "", written ?? Join.Space, KanaRun: true);
                return Push(word, continues, () => Align(at + 1, read + 1, null));
            }

            // Anything else (a kanji the dictionary lacks, digits) up to the next kana, separator or dictionary word, with at
            // least one letter of the reading. A dictionary word is never read another way: the reading then spells no words.
            if (entry is not null && !entry.Word.All(Kana.IsKana)) return false;
            var end = at + 1;
            while (end < term.Length && !Kana.IsKana(term[end]) && !IsSeparator(term[end]) && dictionary.LongestAt(term, end) is null) end++;
            for (var taken = letters.Length - read; taken >= 1; taken--)
            {
                var word = new Word(WithBreaks(letters, breaks, read, taken), "", written ?? Join.Space);
                if (Push(word, replaces: false, () => Align(end, read + taken, null))) return true;
            }
            return false;
        }

        /// <summary>Adds (or puts in place of the last) <paramref name="word"/> and goes on; takes it back when the rest does not match.</summary>
        private bool Push(Word word, bool replaces, Func<bool> rest)
        {
            var previous = replaces ? _words[^1] : default;
            if (replaces) _words[^1] = word; else _words.Add(word);
            if (rest()) return true;
            if (replaces) _words[^1] = previous; else _words.RemoveAt(_words.Count - 1);
            return false;
        }

        private bool Spells(int at, string reading) => at + reading.Length <= letters.Length && Kana.Same(letters.AsSpan(at, reading.Length), reading);
    }

    private static bool IsSeparator(char c) => c is '・' or ' ' or '\u3000';

    // The kana a word writes after its last kanji, as the reading spells them: 寄り添う → う, whose う is not a long vowel.
    private static string Okurigana(ReadingEntry entry)
    {
        var pieces = ReadingEntry.Pair(entry.Word, entry.Reading);
        return pieces.Count > 1 && pieces[^1].Reading is null && entry.Reading.EndsWith(pieces[^1].Base, StringComparison.Ordinal)
            ? pieces[^1].Base : "";
    }

    private static string Separator(Join join) => join switch { Join.Comma => ", ", Join.None => "", _ => " " };

    /// <summary>The letters from <paramref name="at"/>, with the spaces and ・ the reading has between them.</summary>
    private static string WithBreaks(string letters, Dictionary<int, Join> breaks, int at, int length)
    {
        var text = new StringBuilder(length + 2);
        for (var i = at; i < at + length; i++)
        {
            if (i > at && breaks.TryGetValue(i, out var join)) text.Append(join == Join.Comma ? '・' : ' ');
            text.Append(letters[i]);
        }
        return text.ToString();
    }

    private static string Write(IEnumerable<Word> words, bool typed)
    {
        var output = new StringBuilder();
        foreach (var word in words)
        {
            if (output.Length > 0) output.Append(Separator(word.Join));
            // A word may hold the reading's own breaks (a run the dictionary does not know): each part is a word.
            var parts = word.Reading.AsSpan();
            while (parts.IndexOfAny(' ', '・') is var at and >= 0)
            {
                Romaji.Append(parts[..at], output, typed);
                output.Append(Separator(parts[at] == '・' ? Join.Comma : Join.Space));
                parts = parts[(at + 1)..];
            }
            Romaji.Append(parts, output, typed);
            Romaji.Append(word.Okurigana, output, typed);
        }
        return output.ToString();
    }

    /// <summary>The reading in the words of <see cref="Write"/>: a suffix stays with its word, a ・ ends the word before it (a line never starts with one).</summary>
    private static List<string> KanaWords(IEnumerable<Word> words)
    {
        var kana = new List<string>();
        var current = new StringBuilder();
        void Next(bool withComma)
        {
            if (current.Length == 0) return;
            if (withComma) current.Append('・');
            kana.Add(current.ToString());
            current.Clear();
        }
        foreach (var word in words)
        {
            if (word.Join != Join.None) Next(word.Join == Join.Comma);
            foreach (var c in word.Reading)
            {
                if (c is ' ' or '・') Next(c == '・');
                else current.Append(c);
            }
            current.Append(word.Okurigana);
        }
        Next(withComma: false);
        return kana;
    }
}
