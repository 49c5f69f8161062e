using SiteGen.Diagnostics;
using SiteGen.I18n;

namespace SiteGen.Markup.Readings;

/// <summary>
/// content/readings.tsv, the furigana dictionary: one word a line, <c>word&#9;reading&#9;status</c>, the reading in
/// hiragana, the status <c>auto</c> (made by <c>npm run readings</c>) or <c>checked</c> (by a person). Lines starting
/// with # and the header line are not words. A word written with a leading 〜 (〜中) is read so only where it ends
/// another word (<see cref="ReadingEntry.AfterWord"/>). Every problem is reported at its line and column.
/// </summary>
public static class ReadingsFile
{
    public const string FileName = "readings.tsv";
    public const string Header = "word\treading\tstatus";
    public const string Auto = "auto";
    public const string Checked = "checked";

    /// <summary>The dictionary of the site's content folder; empty when it has none.</summary>
    public static ReadingDictionary Load(string siteRoot, string contentFolder, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(siteRoot, contentFolder, FileName);
        if (!File.Exists(path)) return ReadingDictionary.Empty;
        var relative = Path.GetRelativePath(siteRoot, path).Replace('\\', '/');
        return Parse(File.ReadAllText(path), relative, diagnostics);
    }

    public static ReadingDictionary Parse(string text, string file, DiagnosticBag diagnostics)
    {
        var words = new Dictionary<string, (string Reading, int Line)>(StringComparer.Ordinal); // keyed as written, 〜 kept
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            var number = index + 1;
            if (line.Length == 0 || line.StartsWith('#') || line == Header) continue;
            if (Row(line, file, number, diagnostics) is not { } row) continue;
            var key = AfterWordMark(row.Word) is { } suffix ? "〜" + suffix : row.Word; // 〜 and ～ are one mark
            if (words.TryGetValue(key, out var first))
            {
                diagnostics.Error(new SourceLocation(file, number, 1), "word", $"「{key}」 is already on line {first.Line}",
                    "keep one line per word: delete this one or the other, keeping the right reading");
                continue;
            }
            words[key] = (row.Reading, number);
        }
        return new ReadingDictionary(words.Select(w => AfterWordMark(w.Key) is { } suffix
            ? new ReadingEntry(suffix, w.Value.Reading, afterWord: true)
            : new ReadingEntry(w.Key, w.Value.Reading)), text);
    }

    /// <summary>The word after a leading 〜 (or the full-width ～ a Japanese keyboard types), or null.</summary>
    public static string? AfterWordMark(string word) => word.Length > 1 && word[0] is '〜' or '～' ? word[1..] : null;

    private static (string Word, string Reading)? Row(string line, string file, int number, DiagnosticBag diagnostics)
    {
        var cells = line.Split('\t');
        SourceLocation At(int cell) => new(file, number, 1 + cells.Take(cell).Sum(c => c.Length + 1));
        if (cells.Length is < 2 or > 3)
        {
            diagnostics.Error(At(0), "word", $"a line has 2 or 3 cells parted by tabs (word, reading, status), this one has {cells.Length}",
                "write the word, a tab, its reading in hiragana and, optionally, a tab and auto or checked");
            return null;
        }
        var (word, reading) = (cells[0], cells[1]);
        var ok = true;
        if (word.Trim().Length == 0)
        {
            diagnostics.Error(At(0), "word", "the word is empty", "write the word as it is printed, or delete the line");
            ok = false;
        }
        else if (word != word.Trim())
        {
            diagnostics.Error(At(0), "word", $"「{word}」 has spaces around it", "delete the spaces: the word is matched exactly as written");
            ok = false;
        }
        else if (!word.Any(Kanji.Is))
        {
            diagnostics.Error(At(0), "word", $"「{word}」 has no kanji, so it needs no reading", "delete the line");
            ok = false;
        }
        if (reading.Length == 0)
        {
            diagnostics.Error(At(1), "reading", $"「{word}」 has no reading", "write its reading in hiragana, for example 地域\tちいき");
            ok = false;
        }
        else if (reading.IndexOf(c => !Kana.IsReading(c)) is var bad and >= 0)
        {
            diagnostics.Error(new SourceLocation(file, number, At(1).Column + bad), "reading",
                $"the reading 「{reading}」 of 「{word}」 has 「{reading[bad]}」, which is not hiragana",
                "write the reading in hiragana only (ー is allowed), for example ちいき, not チイキ or chiiki");
            ok = false;
        }
        if (cells.Length == 3 && cells[2] is not (Auto or Checked or ""))
        {
            diagnostics.Error(At(2), "status", $"the status 「{cells[2]}」 is neither {Auto} nor {Checked}",
                $"write {Checked} when a person has checked the reading, {Auto} when not");
            ok = false;
        }
        return ok ? (word, reading) : null;
    }
}

internal static class StringSearch
{
    public static int IndexOf(this string text, Func<char, bool> predicate)
    {
        for (var i = 0; i < text.Length; i++)
            if (predicate(text[i])) return i;
        return -1;
    }
}
