using System.Text;

namespace SiteGen.Markup.Readings;

/// <summary>
/// Puts furigana from the readings dictionary over the words of a Japanese page: in the text of its &lt;body&gt; only,
/// longest word first, as the same &lt;ruby&gt; markup hand-written furigana has. Never in a tag or its attributes (link
/// addresses, alt texts), never in code, scripts, forms' options, SVG, an existing &lt;ruby&gt; (a hand-written reading
/// wins) or an element whose lang is not Japanese. The page is the HTML the templates wrote: well-formed, attributes
/// quoted and escaped, so a scan for tags is enough and no HTML parser is needed.
/// </summary>
public static class ReadingAnnotator
{
    // Elements whose text gets no reading: code and input, what a browser cannot show ruby in, ruby itself.
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "code", "pre", "kbd", "samp", "var", "ruby", "rt", "rp", "textarea", "select", "option", "optgroup", "svg", "math", "template",
        "script", "style",
    };

    // Elements with no end tag: one of these with a lang of its own opens nothing to skip.
    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    /// <summary>The page with furigana over the words of <paramref name="readings"/>; the page as it is when none is found.</summary>
    public static string Annotate(string html, ReadingDictionary readings)
    {
        if (readings.IsEmpty) return html;
        var body = html.IndexOf("<body", StringComparison.Ordinal);
        var output = new StringBuilder(html.Length + html.Length / 2);
        var span = html.AsSpan();
        var at = body < 0 ? 0 : body;
        output.Append(span[..at]);
        string? skipping = null; // the element whose content is skipped, and how deep in it
        var depth = 0;
        while (at < html.Length)
        {
            var lt = skipping is null ? RunEnd(html, at) : html.IndexOf('<', at);
            var textEnd = lt < 0 ? html.Length : lt;
            if (skipping is null) Text(span[at..textEnd], readings, output);
            else output.Append(span[at..textEnd]);
            if (lt < 0) break;

            var tag = Tag.Read(span, lt);
            output.Append(span[lt..tag.End]);
            at = tag.End;
            if (tag.Name.Length == 0) continue; // a comment, a doctype, a stray '<'
            if (skipping is not null)
            {
                if (tag.Name != skipping || tag.SelfClosing) continue;
                depth += tag.Closing ? -1 : 1;
                if (depth == 0) skipping = null;
                continue;
            }
            if (tag.Closing || tag.SelfClosing || Void.Contains(tag.Name)) continue;
            if (tag.Name is "script" or "style")
            {
                // Raw text: its end tag is the first that closes it, whatever the script says before.
                var close = html.IndexOf("</" + tag.Name, at, StringComparison.OrdinalIgnoreCase);
                var end = close < 0 ? html.Length : close;
                output.Append(span[at..end]);
                at = end;
                continue;
            }
            if (Skipped.Contains(tag.Name) || tag.ForeignLanguage || tag.NoTranslate) (skipping, depth) = (tag.Name, 1);
        }
        return output.ToString();
    }

    private const string Break = "<wbr>";

    /// <summary>Where the run of text from <paramref name="at"/> ends: at the first tag that is not a line-break opportunity.</summary>
    private static int RunEnd(string html, int at)
    {
        var lt = html.IndexOf('<', at);
        while (lt >= 0 && string.CompareOrdinal(html, lt, Break, 0, Break.Length) == 0) lt = html.IndexOf('<', lt + Break.Length);
        return lt;
    }

    /// <summary>
    /// One run of text between tags, its words replaced by the word with furigana. A phrase break (&lt;wbr&gt;) the line
    /// breaker left inside a dictionary word is dropped, so the word gets its reading and never breaks.
    /// </summary>
    private static void Text(ReadOnlySpan<char> text, ReadingDictionary readings, StringBuilder output)
    {
        if (text.IndexOf(Break.AsSpan(), StringComparison.Ordinal) < 0) { Words(text, readings, output); return; }
        var letters = new StringBuilder(text.Length);
        var breaks = new List<int>(); // where a <wbr> stood, as a position in the letters
        for (var rest = text; ;)
        {
            var at = rest.IndexOf(Break.AsSpan(), StringComparison.Ordinal);
            letters.Append(at < 0 ? rest : rest[..at]);
            if (at < 0) break;
            breaks.Add(letters.Length);
            rest = rest[(at + Break.Length)..];
        }
        var plain = letters.ToString().AsSpan();
        var next = 0; // the next break to write
        var written = 0;
        var i = 0;
        while (i < plain.Length)
        {
            if (plain[i] < '\u3005' || readings.LongestAt(plain, i) is not { } entry) { i++; continue; }
            next = Letters(plain, written, i, breaks, next, output);
            output.Append(entry.Html);
            i += entry.Word.Length;
            while (next < breaks.Count && breaks[next] < i) next++; // inside the word
            written = i;
        }
        Letters(plain, written, plain.Length, breaks, next, output);
    }

    /// <summary>Writes letters [from, to) and the breaks before each and at <paramref name="to"/>; returns the next break not written.</summary>
    private static int Letters(ReadOnlySpan<char> plain, int from, int to, List<int> breaks, int next, StringBuilder output)
    {
        for (; next < breaks.Count && breaks[next] <= to; next++)
        {
            output.Append(plain[from..breaks[next]]).Append(Break);
            from = breaks[next];
        }
        output.Append(plain[from..to]);
        return next;
    }

    /// <summary>A run of text with no break in it, its words replaced by the word with furigana.</summary>
    private static void Words(ReadOnlySpan<char> text, ReadingDictionary readings, StringBuilder output)
    {
        var written = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            // Text without kanji is most of a page's bytes: pass it by cheaply.
            if (c < '\u3005' || readings.LongestAt(text, i) is not { } entry) { i++; continue; }
            output.Append(text[written..i]).Append(entry.Html);
            i += entry.Word.Length;
            written = i;
        }
        output.Append(text[written..]);
    }

    /// <summary>A tag as far as the scan needs it: its name in lower case, where it ends, and what it says about language.</summary>
    private readonly record struct Tag(string Name, int End, bool Closing, bool SelfClosing, bool ForeignLanguage, bool NoTranslate)
    {
        public static Tag Read(ReadOnlySpan<char> html, int lt)
        {
            var i = lt + 1;
            if (i < html.Length && html[i] == '!')
            {
                var commentEnd = html[i..].StartsWith("!--") ? html[i..].IndexOf("-->") : -1;
                var end = commentEnd >= 0 ? i + commentEnd + 3 : IndexOrEnd(html, '>', i) + 1;
                return new Tag("", Math.Min(end, html.Length), false, false, false, false);
            }
            var closing = i < html.Length && html[i] == '/';
            if (closing) i++;
            var nameStart = i;
            while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] == '-')) i++;
            if (i == nameStart) return new Tag("", lt + 1, false, false, false, false);
            var name = html[nameStart..i].ToString().ToLowerInvariant();
            // To the '>' that ends the tag, past any inside a quoted attribute value.
            var attributesStart = i;
            char quote = '\0';
            for (; i < html.Length; i++)
            {
                var c = html[i];
                if (quote != '\0') { if (c == quote) quote = '\0'; }
                else if (c is '"' or '\'') quote = c;
                else if (c == '>') break;
            }
            var attributes = html[attributesStart..Math.Min(i, html.Length)];
            var selfClosing = attributes.EndsWith("/");
            var lang = Attribute(attributes, " lang=");
            var foreign = lang is { } l && !(l.Equals("ja", StringComparison.OrdinalIgnoreCase) || l.StartsWith("ja-", StringComparison.OrdinalIgnoreCase));
            var noTranslate = Attribute(attributes, " translate=") is "no";
            return new Tag(name, Math.Min(i + 1, html.Length), closing, selfClosing, foreign, noTranslate);
        }

        private static int IndexOrEnd(ReadOnlySpan<char> html, char c, int from)
        {
            var found = html[from..].IndexOf(c);
            return found < 0 ? html.Length - 1 : from + found;
        }

        private static string? Attribute(ReadOnlySpan<char> attributes, string prefix)
        {
            var at = attributes.IndexOf(prefix.AsSpan(), StringComparison.OrdinalIgnoreCase);
            if (at < 0) return null;
            var value = attributes[(at + prefix.Length)..];
            if (value.Length > 0 && value[0] is '"' or '\'')
            {
                var end = value[1..].IndexOf(value[0]);
                return (end < 0 ? value[1..] : value[1..(end + 1)]).ToString();
            }
            var space = value.IndexOfAny(' ', '/');
            return (space < 0 ? value : value[..space]).ToString();
        }
    }
}
