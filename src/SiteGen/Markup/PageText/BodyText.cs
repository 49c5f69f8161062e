using System.Text;

namespace SiteGen.Markup.PageText;

/// <summary>Writes one run of a page's text, changed or as it is, into the output.</summary>
public delegate void TextRewrite(ReadOnlySpan<char> text, StringBuilder output);

/// <summary>Whether a run of text may be changed at all: a run that may not is never copied.</summary>
public delegate bool TextTest(ReadOnlySpan<char> text);

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

    // Elements whose text is never changed: code and input, what a browser cannot show markup in, ruby itself.
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

    /// <summary>
    /// The page, into <paramref name="output"/> (empty; a builder kept for page after page makes no garbage), with each
    /// text run of its body that <paramref name="mayChange"/> accepts passed through <paramref name="rewrite"/>; false,
    /// with nothing copied, when no run was. An
    /// element whose lang <paramref name="leavesLanguage"/> accepts, or marked translate="no", is left as it is with
    /// all it holds. With <paramref name="acrossBreaks"/>, a run goes on across &lt;wbr&gt; (kept in the text the rewrite gets).
    /// </summary>
    public static bool Rewrite(ReadOnlySpan<char> html, Func<string, bool> leavesLanguage, bool acrossBreaks, TextTest mayChange, TextRewrite rewrite, StringBuilder output)
    {
        var body = html.IndexOf("<body".AsSpan(), StringComparison.Ordinal);
        var started = false;
        var copied = 0; // html[..copied] is in the output
        var at = body < 0 ? 0 : body;
        string? skipping = null; // the element whose content is left alone, and how deep in it
        var depth = 0;
        while (at < html.Length)
        {
            var lt = skipping is null && acrossBreaks ? RunEnd(html, at) : IndexFrom(html, '<', at);
            var textEnd = lt < 0 ? html.Length : lt;
            if (skipping is null && textEnd > at && mayChange(html[at..textEnd]))
            {
                started = true;
                output.Append(html[copied..at]);
                rewrite(html[at..textEnd], output);
                copied = textEnd;
            }
            if (lt < 0) break;

            var tag = Tag.Read(html, lt, leavesLanguage);
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
                var close = html[at..].IndexOf(("</" + tag.Name).AsSpan(), StringComparison.OrdinalIgnoreCase);
                at = close < 0 ? html.Length : at + close;
                continue;
            }
            if (Skipped.Contains(tag.Name) || tag.LeftForItsLanguage || tag.NoTranslate) (skipping, depth) = (tag.Name, 1);
        }
        if (!started) return false;
        output.Append(html[copied..]);
        return true;
    }

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

    /// <summary>A tag as far as the scan needs it: its name in lower case, where it ends, and what it says about language.</summary>
    private readonly record struct Tag(string Name, int End, bool Closing, bool SelfClosing, bool LeftForItsLanguage, bool NoTranslate)
    {
        public static Tag Read(ReadOnlySpan<char> html, int lt, Func<string, bool> leavesLanguage)
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
            var left = Attribute(attributes, " lang=") is { } lang && leavesLanguage(lang);
            var noTranslate = Attribute(attributes, " translate=") is "no";
            return new Tag(name, Math.Min(i + 1, html.Length), closing, selfClosing, left, noTranslate);
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
