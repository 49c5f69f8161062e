using System.Globalization;
using System.Text;

namespace SiteGen.Markup.HeadingIds;

/// <summary>
/// Heading ids that work for Japanese. Markdig's default keeps ASCII only, so 基本理念 becomes
/// "section". Here letters and digits of every script are kept as they are (HTML ids may hold any
/// character but whitespace, and browsers show them readably in the address bar), runs of anything
/// else become one hyphen, and Latin letters are lower-cased: "Plan の 概要!" → "plan-の-概要".
/// </summary>
public static class HeadingIdScheme
{
    public static string Slugify(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        // No Unicode normalisation (NFKC would turn "Ⅰ" into "i" and "１" into "1"): the program runs with invariant
        // globalisation, where .NET leaves non-ASCII text as it is, so the published ids never had it; a test host
        // with ICU did normalise, and printed other ids than the program (the native build's test found it).
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var keep = Rune.IsLetterOrDigit(rune) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                       || rune.Value == 'ー'; // the long-vowel mark is a letter in Japanese words (センター)
            if (!keep)
            {
                pendingHyphen = builder.Length > 0;
                continue;
            }
            if (pendingHyphen) { builder.Append('-'); pendingHyphen = false; }
            builder.Append(Rune.ToLowerInvariant(rune).ToString());
        }
        return builder.Length == 0 ? "section" : builder.ToString();
    }
}
