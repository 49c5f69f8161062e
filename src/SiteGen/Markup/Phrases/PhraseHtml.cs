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
    private const string NumberOpen = "<span class=\"number\">";
    private const string NumberClose = "</span>";
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
        _build = Build;
    }

    /// <summary>The text as HTML, its phrases parted by &lt;wbr&gt; when it is Japanese.</summary>
    public string ToHtml(string text) =>
        PhraseBreaks.HasJapanese(text) ? _cache.GetOrAdd(text, _build) : RubyText.ToHtml(text, _encode);

    private string Build(string text)
    {
        var hasRuby = text.Contains('{');
        var plain = hasRuby ? RubyText.Strip(text) : text;
        var positions = new int[plain.Length];
        var kinds = new PhraseBreak[plain.Length];
        var count = _find(_phrasing, plain, positions, kinds);
        if (hasRuby)
        {
            // Furigana: breaks between phrases only, so that no long phrase's box opens or closes inside a ruby.
            var kept = 0;
            for (var k = 0; k < count; k++)
                if (kinds[k] == PhraseBreak.Between) positions[kept++] = positions[k];
            count = kept;
            Array.Clear(kinds);
        }
        // Numbers with their era, prefix or unit, each whole (without furigana, whose bases are not read apart).
        var units = hasRuby ? [] : PhraseBreaks.NumberUnits(plain, positions.AsSpan(0, count));
        if (count == 0 && units.Count == 0) return RubyText.ToHtml(text, _encode);

        using var html = new StringWriter(new System.Text.StringBuilder(text.Length + count * MarkupLength));
        var next = 0; // the next break, in positions
        var at = 0;   // where the source is read, in text
        var read = 0; // how much of the plain text is written
        var unit = 0; // the next number to open or close, in units
        html.Write(PhraseBreaks.MarkupAtStart(count, kinds));
        while (at < text.Length)
        {
            if (hasRuby && text[at] == '{' && RubyText.Match(text.AsSpan(at)) is { } ruby)
            {
                if (next < count && positions[next] == read) { html.Write(PhraseBreaks.MarkupAt(next, count, kinds)); next++; }
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
                while (next < count && positions[next] < read) next++; // no break inside a ruby's base
                at += ruby.Length;
                continue;
            }
            if (unit < units.Count && units[unit].End == read) { html.Write(NumberClose); unit++; }
            if (next < count && positions[next] == read) { html.Write(PhraseBreaks.MarkupAt(next, count, kinds)); next++; }
            if (unit < units.Count && units[unit].Start == read) html.Write(NumberOpen);
            // Plain text runs to the next break, number's edge or brace, whichever is first.
            var end = text.Length;
            if (next < count) end = Math.Min(end, at + positions[next] - read);
            if (unit < units.Count) end = Math.Min(end, at + (units[unit].Start > read ? units[unit].Start : units[unit].End) - read);
            if (hasRuby)
            {
                var brace = text.IndexOf('{', at + 1);
                if (brace >= 0) end = Math.Min(end, brace);
            }
            _encoder.Encode(html, text, at, end - at);
            read += end - at;
            at = end;
        }
        if (unit < units.Count) html.Write(NumberClose);
        html.Write(PhraseBreaks.MarkupAtEnd(count, kinds));
        return html.ToString();
    }
}
