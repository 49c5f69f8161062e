using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using SiteGen.Markup.Ruby;

namespace SiteGen.Markup.Phrases;

/// <summary>
/// A plain text as HTML with a &lt;wbr&gt; between its phrases (<see cref="PhraseBreaks"/>), so that a browser
/// told <c>word-break: keep-all</c> breaks a Japanese line only there. Every character is escaped with the
/// encoder given, furigana ({漢字|かんじ}) becomes &lt;ruby&gt; as in <see cref="RubyText.ToHtml"/>, and a
/// &lt;wbr&gt; only ever stands between two escaped pieces of text: never inside a tag, an entity or a ruby.
/// Without a phrase boundary the HTML is exactly RubyText.ToHtml's. One per build: the same texts (labels,
/// units, names) come back on many pages, so each is worked out once.
/// </summary>
public sealed class PhraseHtml
{
    private const int MarkupLength = 32; // room for a long phrase's box as well
    private readonly Phrasing _phrasing;
    private readonly TextEncoder _encoder;
    private readonly Func<string, string> _encode;
    private readonly Func<string, string> _build;
    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);
    private readonly BreakFinder _find;

    /// <summary>Where a text may break: <see cref="PhraseBreaks.Find"/>, or <see cref="AddressBreaks.Find"/> for addresses.</summary>
    public delegate int BreakFinder(Phrasing phrasing, ReadOnlySpan<char> text, Span<int> positions, Span<PhraseBreak> kinds);

    public PhraseHtml(Phrasing phrasing, TextEncoder encoder, BreakFinder? find = null)
    {
        _find = find ?? PhraseBreaks.Find;
        _phrasing = phrasing;
        _encoder = encoder;
        _encode = encoder.Encode;
        _build = text => Build(text, phrased: true);
    }

    /// <summary>The text as HTML, its phrases parted by &lt;wbr&gt; when it is Japanese.</summary>
    public string ToHtml(string text) =>
        PhraseBreaks.HasJapanese(text) ? _cache.GetOrAdd(text, _build) : RubyText.ToHtml(text, _encode);

    /// <summary>
    /// Running text (a sentence or paragraph, where the browser's breaking between any two letters reads well) as HTML:
    /// no &lt;wbr&gt;, only each number kept whole with the letters it holds to (令和8年度, 第4期) and ～ with the letter before it, which a browser would part.
    /// Not kept: such texts are long and seldom repeat.
    /// </summary>
    public string RunningToHtml(string text) =>
        PhraseBreaks.HasBoxes(text) && PhraseBreaks.HasJapanese(text) ? Build(text, phrased: false) : RubyText.ToHtml(text, _encode);

    private string Build(string text, bool phrased)
    {
        var hasRuby = text.Contains('{');
        var plain = hasRuby ? RubyText.Strip(text) : text;
        var positions = phrased ? new int[plain.Length] : [];
        var kinds = phrased ? new PhraseBreak[plain.Length] : [];
        var count = phrased ? _find(_phrasing, plain, positions, kinds) : 0;
        if (hasRuby)
        {
            // Furigana: breaks between phrases only, so that no long phrase's box opens or closes inside a ruby.
            var kept = 0;
            for (var k = 0; k < count; k++)
                if (kinds[k] == PhraseBreak.Between) positions[kept++] = positions[k];
            count = kept;
            Array.Clear(kinds);
        }
        // Numbers boxed with their era, prefix or unit; not under furigana, whose bases are never read apart.
        var marks = PhraseBreaks.Marks(plain, positions.AsSpan(0, count), kinds.AsSpan(0, count), hasRuby ? null : _phrasing.Words, running: !phrased);
        if (marks.Count == 0) return RubyText.ToHtml(text, _encode);

        using var html = new StringWriter(new System.Text.StringBuilder(text.Length + marks.Count * MarkupLength));
        var next = 0; // the next mark, in marks
        var at = 0;   // where the source is read, in text
        var read = 0; // how much of the plain text is written
        while (at < text.Length)
        {
            while (next < marks.Count && marks[next].At == read) html.Write(marks[next++].Markup);
            if (hasRuby && text[at] == '{' && RubyText.Match(text.AsSpan(at)) is { } ruby)
            {
                html.Write("<ruby>");
                foreach (var pair in ruby.Pairs)
                {
                    _encoder.Encode(html, pair.Base);
                    html.Write("<rp>(</rp><rt>");
                    _encoder.Encode(html, pair.Reading);
                    html.Write("</rt><rp>)</rp>");
                    read += pair.Base.Length;
                }
                html.Write("</ruby>");
                while (next < marks.Count && marks[next].At < read) next++; // no break inside a ruby's base
                at += ruby.Length;
                continue;
            }
            // Plain text runs to the next mark or the next brace, whichever is first.
            var end = text.Length;
            if (next < marks.Count) end = Math.Min(end, at + marks[next].At - read);
            if (hasRuby)
            {
                var brace = text.IndexOf('{', at + 1);
                if (brace >= 0) end = Math.Min(end, brace);
            }
            _encoder.Encode(html, text, at, end - at);
            read += end - at;
            at = end;
        }
        while (next < marks.Count) html.Write(marks[next++].Markup);
        return html.ToString();
    }
}
