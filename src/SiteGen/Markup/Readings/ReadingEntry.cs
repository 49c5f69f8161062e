using System.Text.Encodings.Web;
using System.Text;
using SiteGen.I18n;

namespace SiteGen.Markup.Readings;

/// <summary>
/// One word of the dictionary and its reading, with the ruby markup worked out once: the reading goes over the
/// kanji only, the kana written in the word (送り仮名) have none, as a person writes furigana:
/// 取り組み/とりくみ → 取(と)り組(く)み. Where the kana of the word cannot be found in its reading, one reading goes
/// over the whole word.
/// </summary>
public sealed class ReadingEntry
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public string Word { get; }
    public string Reading { get; }

    /// <summary>
    /// Written 〜中 in the file: the word is read so only where it ends another word (期間中 ちゅう, 地域内 ない, 第7次 じ),
    /// while the same kanji standing alone is read its own way (その中 なか).
    /// </summary>
    public bool AfterWord { get; }

    /// <summary>The word as HTML with its furigana, in the markup hand-written ruby has (Ruby.RubyText.ToHtml).</summary>
    public string Html { get; }

    public ReadingEntry(string word, string reading, bool afterWord = false)
    {
        Word = word;
        Reading = reading;
        AfterWord = afterWord;
        Html = ToHtml(Pair(word, reading), Encoder);
    }

    /// <summary>The word in pieces: each kanji run with its reading, each kana run with none.</summary>
    public static IReadOnlyList<(string Base, string? Reading)> Pair(string word, string reading)
    {
        var runs = new List<(string Text, bool Kanji)>();
        foreach (var c in word)
        {
            var kanji = !Kana.IsKana(c);
            if (runs.Count > 0 && runs[^1].Kanji == kanji) runs[^1] = (runs[^1].Text + c, kanji);
            else runs.Add((c.ToString(), kanji));
        }
        var pieces = new List<(string, string?)>();
        return runs.Count > 1 && Match(runs, 0, reading, 0, pieces) ? pieces : [(word, reading)];
    }

    // Kana runs must appear in the reading as written; each kanji run takes at least one kana of it.
    private static bool Match(List<(string Text, bool Kanji)> runs, int run, string reading, int at, List<(string, string?)> pieces)
    {
        if (run == runs.Count) return at == reading.Length;
        var (text, kanji) = runs[run];
        if (!kanji)
        {
            if (at + text.Length > reading.Length || !Kana.Same(text, reading.AsSpan(at, text.Length))) return false;
            pieces.Add((text, null));
            if (Match(runs, run + 1, reading, at + text.Length, pieces)) return true;
            pieces.RemoveAt(pieces.Count - 1);
            return false;
        }
        for (var end = at + 1; end <= reading.Length; end++)
        {
            pieces.Add((text, reading[at..end]));
            if (Match(runs, run + 1, reading, end, pieces)) return true;
            pieces.RemoveAt(pieces.Count - 1);
        }
        return false;
    }

    /// <summary>
    /// One &lt;ruby&gt; for the whole word, its kana under an empty &lt;rt&gt;: a browser may break a line at the edge of a
    /// ruby, and a word parted there (暮(く)|らせる) is hard to read; the theme keeps a ruby on one line.
    /// </summary>
    private static string ToHtml(IReadOnlyList<(string Base, string? Reading)> pieces, HtmlEncoder encoder)
    {
        var html = new StringBuilder("<ruby>");
        foreach (var (text, reading) in pieces)
        {
            html.Append(encoder.Encode(text));
            if (reading is null) html.Append("<rt></rt>");
            else html.Append("<rp>(</rp><rt>").Append(encoder.Encode(reading)).Append("</rt><rp>)</rp>");
        }
        return html.Append("</ruby>").ToString();
    }
}
