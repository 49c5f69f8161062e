using System.Globalization;

namespace SiteGen.Charts;

/// <summary>
/// Text inside an SVG cannot be measured at build time (no fonts are loaded), so widths are estimated:
/// a full-width (CJK) character is one em, Latin letters and digits about 0.6 em. Estimates err on the
/// wide side, so a label is only placed where it surely fits.
/// </summary>
public static class TextMetrics
{
    public static double Width(string text, double fontSize)
    {
        double ems = 0;
        foreach (var rune in text.EnumerateRunes())
            ems += Em(rune.Value);
        return ems * fontSize;
    }

    private static double Em(int c)
    {
        if (c == ' ') return 0.3;
        if (c is >= 0x1100 and <= 0x11FF or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x20000) return 1.0;
        // Geometric shapes and symbols used as evaluation marks (◎ △ ○ ●) are drawn full width in Japanese fonts.
        if (c is >= 0x2460 and <= 0x27BF) return 1.0;
        if (c is '.' or ',' or ':' or ';' or '(' or ')' or '\'' or '|' or 'i' or 'l' or 'j' or '!') return 0.35;
        if (c is >= 'A' and <= 'Z' or 'm' or 'w' or '%' or '@') return 0.75;
        return 0.6;
    }

    /// <summary>Breaks <paramref name="text"/> into lines no wider than <paramref name="maxWidth"/>: at spaces, or anywhere in CJK text.</summary>
    public static IReadOnlyList<string> Wrap(string text, double maxWidth, double fontSize)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var token in Tokens(text))
        {
            var candidate = line + token;
            if (line.Length > 0 && Width(candidate.TrimEnd(), fontSize) > maxWidth)
            {
                lines.Add(line.TrimEnd());
                line = token.TrimStart();
            }
            else line = candidate;
        }
        if (line.Trim().Length > 0) lines.Add(line.TrimEnd());
        return lines;
    }

    /// <summary>Words with their trailing space; each CJK character on its own (Japanese may break between any two).</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var word = new System.Text.StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var s = rune.ToString();
            if (Em(rune.Value) >= 1.0 && !IsClosingPunctuation(rune.Value))
            {
                if (word.Length > 0) { yield return word.ToString(); word.Clear(); }
                word.Append(s);
            }
            else
            {
                word.Append(s);
                if (rune.Value == ' ') { yield return word.ToString(); word.Clear(); }
            }
        }
        if (word.Length > 0) yield return word.ToString();
    }

    // 、。）」 stay with the character before them (kinsoku).
    private static bool IsClosingPunctuation(int c) => c is '、' or '。' or '）' or '」' or '』' or '，' or '．' or '・' or 'ー';
}

/// <summary>Numbers as SVG writes them: invariant culture, one decimal, never "-0.0".</summary>
public static class Svg
{
    /// <summary>
    /// <paramref name="value"/> rounded to tenths (halves away from zero), as "12.3". The same text as
    /// <c>Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("F1", CultureInfo.InvariantCulture)</c>,
    /// made from the whole number of tenths instead of by the floating-point formatter: a plan page's
    /// charts write thousands of coordinates (ChartGeometryTests compares the two).
    /// </summary>
    public static string N(double value)
    {
        // Math.Round(value, 1, mode) is Math.Round(value * 10, mode) / 10, and "F1" of that quotient
        // prints its tenths exactly: they are far from the formatter's own rounding point.
        var tenths = Math.Round(value * 10, MidpointRounding.AwayFromZero);
        if (!(Math.Abs(tenths) < 1e15)) return Formatted(value); // NaN, infinities, numbers no chart draws
        var whole = (long)tenths;
        if (whole == 0) return "0.0";
        // A chart's coordinates are mostly the same few hundred numbers on every page: each made once.
        if (whole > 0 && whole < Known.Length) return Known[whole] ??= Text(whole);
        return Text(whole);
    }

    private static readonly string?[] Known = new string?[10_000];

    private static string Text(long tenths)
    {
        var magnitude = Math.Abs(tenths);
        return string.Create(CultureInfo.InvariantCulture, $"{(tenths < 0 ? "-" : "")}{magnitude / 10}.{magnitude % 10}");
    }

    private static string Formatted(double value)
    {
        var text = Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("F1", CultureInfo.InvariantCulture);
        return text == "-0.0" ? "0.0" : text;
    }
}
