using System.Globalization;
using System.Text;

namespace SiteGen.Markup.Ruby;

/// <summary>
/// The furigana syntax shared by Markdown (<see cref="RubyInlineParser"/>) and the plain texts of
/// front matter (PageModel.T): <c>{漢字|かんじ}</c> puts one reading over the whole base, and
/// <c>{漢字|かん|じ}</c> one reading over each base character (as many readings as characters).
/// Anything else with braces or pipes (<c>{a}</c>, <c>{|x}</c>, <c>{x|}</c>, a count that does not
/// match) is not ruby and stays as it is written.
/// </summary>
public static class RubyText
{
    /// <summary>
    /// The ruby at the start of <paramref name="text"/> (which must begin with '{'), or null.
    /// A ruby never spans a line and holds no further brace.
    /// </summary>
    public static RubyMatch? Match(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text[0] != '{') return null;
        var close = -1;
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '}') { close = i; break; }
            if (c is '{' or '\n' or '\r') return null;
        }
        if (close < 0) return null;

        var parts = text[1..close].ToString().Split('|');
        if (parts.Length < 2 || parts.Any(string.IsNullOrWhiteSpace)) return null;
        var baseText = parts[0];
        var readings = parts[1..];
        if (readings.Length == 1) return new RubyMatch(close + 1, [new RubyPair(baseText, readings[0])]);

        // Per-character form: one reading for each character as a reader sees it (a text element,
        // so a kanji outside the BMP or with a variation selector counts once).
        var characters = TextElements(baseText);
        if (characters.Count != readings.Length) return null;
        return new RubyMatch(close + 1, characters.Select((c, i) => new RubyPair(c, readings[i])).ToList());
    }

    /// <summary>A plain text as HTML: every character escaped with <paramref name="encode"/>, rubies as &lt;ruby&gt; markup.</summary>
    public static string ToHtml(string text, Func<string, string> encode)
    {
        if (!text.Contains('{')) return encode(text);
        var html = new StringBuilder(text.Length + 64);
        var literalStart = 0;
        var i = 0;
        while ((i = text.IndexOf('{', i)) >= 0)
        {
            if (Match(text.AsSpan(i)) is not { } ruby) { i++; continue; }
            html.Append(encode(text[literalStart..i]));
            html.Append("<ruby>");
            foreach (var pair in ruby.Pairs)
                html.Append(encode(pair.Base)).Append("<rp>(</rp><rt>").Append(encode(pair.Reading)).Append("</rt><rp>)</rp>");
            html.Append("</ruby>");
            i += ruby.Length;
            literalStart = i;
        }
        html.Append(encode(text[literalStart..]));
        return html.ToString();
    }

    /// <summary>The text as read without furigana (for &lt;title&gt;, meta, attributes, feeds): each ruby becomes its base.</summary>
    public static string Strip(string text)
    {
        if (!text.Contains('{')) return text;
        var plain = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '{' && Match(text.AsSpan(i)) is { } ruby)
            {
                foreach (var pair in ruby.Pairs) plain.Append(pair.Base);
                i += ruby.Length;
            }
            else plain.Append(text[i++]);
        }
        return plain.ToString();
    }

    private static List<string> TextElements(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext()) elements.Add(enumerator.GetTextElement());
        return elements;
    }
}

/// <summary>One ruby as written: how many characters of the source it takes, and its base/reading pairs.</summary>
public sealed record RubyMatch(int Length, IReadOnlyList<RubyPair> Pairs);

/// <summary>A base text and the reading shown over it.</summary>
public readonly record struct RubyPair(string Base, string Reading);
