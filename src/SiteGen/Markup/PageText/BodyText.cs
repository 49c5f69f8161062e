using System.Buffers;
using System.Text;

namespace SiteGen.Markup.PageText;

/// <summary>Writes one run of a page's text, changed or as it is, into the output.</summary>
public delegate void TextRewrite(ReadOnlySpan<char> text, StringBuilder output);

/// <summary>Where the first letter a rewrite may change is in a stretch of the page (a kind of letter), or -1: a run without one is never copied.</summary>
public delegate int TextSearch(ReadOnlySpan<char> text);

/// <summary>
/// The text of a rendered page's &lt;body&gt;, run by run, for passes that change words after the templates have
/// written them (furigana over Japanese words, a language tag around Japanese in an English page). Never a tag or its
/// attributes (link addresses, alt texts), never code, scripts, forms' options, SVG, ruby or an element the pass leaves
/// alone for its language. The page is the HTML the templates wrote: well-formed, attributes quoted and escaped, so a
/// scan for tags is enough and no HTML parser is needed.
/// </summary>
public static class BodyText
{
    /// <summary>The line-break opportunity the phrase breaker writes; a run may go on across it.</summary>
    public const string Break = "<wbr>";

    // What a tag's name tells the walk. Names are matched without a string per tag: a page has thousands of tags.
    private enum Kind { Other, Void, Skipped, RawText }

    private static Kind KindOf(ReadOnlySpan<char> name)
    {
        if (name.Length > 8) return Kind.Other;
        Span<char> lower = stackalloc char[8];
        var length = name.ToLowerInvariant(lower);
        return lower[..length] switch
        {
            // Elements with no end tag: one of these with a lang of its own opens nothing to skip.
            "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "link" or "meta" or "source" or "track" or "wbr" => Kind.Void,
            // Elements whose text is never changed: code and input, what a browser cannot show markup in, ruby itself.
            "code" or "pre" or "kbd" or "samp" or "var" or "ruby" or "rt" or "rp" or "textarea" or "select" or "option" or "optgroup"
                or "svg" or "math" or "template" => Kind.Skipped,
            "script" or "style" => Kind.RawText,
            _ => Kind.Other,
        };
    }

    /// <summary>
    /// The page, into <paramref name="output"/> (empty; a builder kept for page after page makes no garbage), with each
    /// text run of its body in which <paramref name="firstChange"/> finds a letter passed through <paramref name="rewrite"/>;
    /// false, with nothing copied, when no run was. An element whose lang <paramref name="leavesLanguage"/> accepts, or
    /// marked translate="no", is left as it is with all it holds. With <paramref name="acrossBreaks"/>, a run goes on
    /// across &lt;wbr&gt; (kept in the text the rewrite gets).
    /// </summary>
    public static bool Rewrite(ReadOnlySpan<char> html, Func<string, bool> leavesLanguage, bool acrossBreaks, TextSearch firstChange, TextRewrite rewrite, StringBuilder output)
    {
        var walk = new Walk(html, leavesLanguage, acrossBreaks, firstChange);
        var copied = 0; // html[..copied] is in the output
        var changed = false;
        while (walk.NextRun(out var start, out var end))
        {
            output.Append(html[copied..start]);
            rewrite(html[start..end], output);
            (copied, changed) = (end, true);
        }
        if (!changed) return false;
        output.Append(html[copied..]);
        return true;
    }

    /// <summary>The walk over a page's body: where it is, what it is inside, and where the next things that matter are.</summary>
    private ref struct Walk
    {
        private readonly ReadOnlySpan<char> _html;
        private readonly Func<string, bool> _leavesLanguage;
        private readonly bool _acrossBreaks;
        private readonly TextSearch _firstChange;
        private int _at;
        private Range _skipping; // the name of the element whose content is left alone
        private int _depth;      // how deep in it; 0 outside
        // Where the next letter to change and the next marker are, once looked for: each is searched for once.
        private int _changeAt = -1, _markerAt = -1;

        public Walk(ReadOnlySpan<char> html, Func<string, bool> leavesLanguage, bool acrossBreaks, TextSearch firstChange)
        {
            _html = html;
            (_leavesLanguage, _acrossBreaks, _firstChange) = (leavesLanguage, acrossBreaks, firstChange);
            var body = html.IndexOf("<body".AsSpan(), StringComparison.Ordinal);
            _at = body < 0 ? 0 : body;
        }

        /// <summary>The next run of text outside what is left alone that holds a letter to change; false at the page's end.</summary>
        public bool NextRun(out int start, out int end)
        {
            while (_at < _html.Length)
            {
                if (_depth == 0 && !Leap()) break;
                var lt = _depth == 0 && _acrossBreaks ? RunEnd(_html, _at) : IndexFrom(_html, '<', _at);
                (start, end) = (_at, lt < 0 ? _html.Length : lt);
                // The leap found the next letter to change: the run holds one when it is before the run's end.
                var found = _depth == 0 && _changeAt < end;
                if (lt < 0) _at = _html.Length;
                else PastTag(lt);
                if (found) return true;
            }
            (start, end) = (-1, -1);
            return false;
        }

        /// <summary>
        /// Goes to the tag before the next letter to change or tag that may start something left alone: nothing before it
        /// matters. False when there is neither, and so nothing more to do.
        /// </summary>
        private bool Leap()
        {
            if (_changeAt < _at) _changeAt = Found(_firstChange(_html[_at..]), _at);
            if (_markerAt < _at) _markerAt = Found(_html[_at..].IndexOfAny(Markers), _at);
            var next = Math.Min(_changeAt, _markerAt);
            if (next == int.MaxValue) return false;
            _at = _html[next] == '<' ? next : _html[_at..next].LastIndexOf('<') is var before and >= 0 ? _at + before : _at;
            return true;
        }

        /// <summary>Moves past the tag at <paramref name="lt"/>, into or out of what is left alone.</summary>
        private void PastTag(int lt)
        {
            if (_depth > 0 && OtherTag(_html, lt, _html[_skipping]) is var next and >= 0)
            {
                _at = next;
                return;
            }
            var tag = Tag.Read(_html, lt, _leavesLanguage);
            _at = tag.End;
            var name = _html[tag.Name];
            if (name.Length == 0) return; // a comment, a doctype, a stray '<'
            if (_depth > 0)
            {
                if (!tag.SelfClosing && name.Equals(_html[_skipping], StringComparison.OrdinalIgnoreCase)) _depth += tag.Closing ? -1 : 1;
                return;
            }
            if (tag.Closing || tag.SelfClosing) return;
            var kind = KindOf(name);
            if (kind == Kind.RawText)
            {
                // Raw text: its end tag is the first that closes it, whatever the script says before.
                var close = _html[_at..].IndexOf(name.Length == "script".Length ? "</script" : "</style", StringComparison.OrdinalIgnoreCase);
                _at = close < 0 ? _html.Length : _at + close;
            }
            else if (kind != Kind.Void && (kind == Kind.Skipped || tag.LeftForItsLanguage || tag.NoTranslate)) (_skipping, _depth) = (tag.Name, 1);
        }
    }

    /// <summary>
    /// Inside an element left alone, where the walk goes on when the tag at <paramref name="lt"/> is not one of its name
    /// (only those change how deep in it the walk is): the next '&lt;', or the end; -1 when it is. An attribute value
    /// never holds a '&lt;' (it is escaped), so the next one starts the next tag.
    /// </summary>
    private static int OtherTag(ReadOnlySpan<char> html, int lt, ReadOnlySpan<char> skipping)
    {
        var i = lt + 1;
        if (i < html.Length && html[i] == '/') i++;
        var nameStart = i;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] == '-')) i++;
        var name = html[nameStart..i];
        if (name.IsEmpty || name.Equals(skipping, StringComparison.OrdinalIgnoreCase)) return -1; // a comment, or the element's own name
        var next = IndexFrom(html, '<', i);
        return next < 0 ? html.Length : next;
    }

    // Where what is left alone may start (a skipped element, a comment, a lang or translate attribute), found in one
    // vectorised search; a longer name with the same start ("<rtc") only stops the leap there.
    private static readonly SearchValues<string> Markers = SearchValues.Create(
        ["<code", "<pre", "<kbd", "<samp", "<var", "<ruby", "<rt", "<rp", "<textarea", "<select", "<option", "<optgroup", "<svg", "<math",
            "<template", "<script", "<style", "<!--", " lang=", " translate="], StringComparison.OrdinalIgnoreCase);

    /// <summary>An index found in the page from <paramref name="from"/> on, or int.MaxValue for none.</summary>
    private static int Found(int index, int from) => index < 0 ? int.MaxValue : from + index;

    private static int IndexFrom(ReadOnlySpan<char> html, char c, int from)
    {
        var found = html[from..].IndexOf(c);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>Where the run of text from <paramref name="at"/> ends: at the first tag that is not a line-break opportunity.</summary>
    private static int RunEnd(ReadOnlySpan<char> html, int at)
    {
        var lt = IndexFrom(html, '<', at);
        while (lt >= 0 && html[lt..].StartsWith(Break, StringComparison.Ordinal)) lt = IndexFrom(html, '<', lt + Break.Length);
        return lt;
    }

    /// <summary>Whether a lang attribute's value names Japanese (ja, ja-JP, ja-x-easy).</summary>
    public static bool IsJapanese(string lang) =>
        lang.Equals("ja", StringComparison.OrdinalIgnoreCase) || lang.StartsWith("ja-", StringComparison.OrdinalIgnoreCase);

    /// <summary>A tag as far as the scan needs it: where its name is, where it ends, and what it says about language.</summary>
    private readonly record struct Tag(Range Name, int End, bool Closing, bool SelfClosing, bool LeftForItsLanguage, bool NoTranslate)
    {
        public static Tag Read(ReadOnlySpan<char> html, int lt, Func<string, bool> leavesLanguage)
        {
            var i = lt + 1;
            if (i < html.Length && html[i] == '!')
            {
                var commentEnd = html[i..].StartsWith("!--") ? html[i..].IndexOf("-->") : -1;
                var end = commentEnd >= 0 ? i + commentEnd + 3 : IndexOrEnd(html, '>', i) + 1;
                return new Tag(default, Math.Min(end, html.Length), false, false, false, false);
            }
            var closing = i < html.Length && html[i] == '/';
            if (closing) i++;
            var nameStart = i;
            while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] == '-')) i++;
            if (i == nameStart) return new Tag(default, lt + 1, false, false, false, false);
            var name = nameStart..i;
            // To the '>' that ends the tag, past any inside a quoted attribute value.
            var attributesStart = i;
            while (true)
            {
                var next = html[i..].IndexOfAny('>', '"', '\'');
                if (next < 0) { i = html.Length; break; }
                i += next;
                if (html[i] == '>') break;
                var closeQuote = html[(i + 1)..].IndexOf(html[i]);
                if (closeQuote < 0) { i = html.Length; break; }
                i += closeQuote + 2;
            }
            var attributes = html[attributesStart..Math.Min(i, html.Length)];
            var selfClosing = attributes.EndsWith("/");
            var left = Attribute(attributes, LangAttribute) is { } lang && leavesLanguage(lang);
            var noTranslate = Attribute(attributes, TranslateAttribute) is "no";
            return new Tag(name, Math.Min(i + 1, html.Length), closing, selfClosing, left, noTranslate);
        }

        private static int IndexOrEnd(ReadOnlySpan<char> html, char c, int from)
        {
            var found = html[from..].IndexOf(c);
            return found < 0 ? html.Length - 1 : from + found;
        }

        // SearchValues: an ignore-case IndexOf is not vectorised under invariant globalization, and every tag is searched.
        private static readonly SearchValues<string> LangAttribute = SearchValues.Create([" lang="], StringComparison.OrdinalIgnoreCase);
        private static readonly SearchValues<string> TranslateAttribute = SearchValues.Create([" translate="], StringComparison.OrdinalIgnoreCase);

        private static string? Attribute(ReadOnlySpan<char> attributes, SearchValues<string> name)
        {
            var at = attributes.IndexOfAny(name);
            if (at < 0) return null;
            var value = attributes[at..];
            value = value[(value.IndexOf('=') + 1)..];
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
