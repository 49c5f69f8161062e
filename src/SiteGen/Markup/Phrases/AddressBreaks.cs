using SiteGen.I18n;
using SiteGen.Markup.Readings;

namespace SiteGen.Markup.Phrases;

/// <summary>
/// Where a Japanese address (加古川市加古川町寺家町177-12) may break across lines: after its prefecture, after each of
/// the site's words that names a municipality or ward (<see cref="PlaceNames"/>; 加古川市|加古川町寺家町, and a word
/// with the suffix after it: 千葉市|中央区|千葉寺町), and before its lot number (寺家町|177-12), which is never parted.
/// BudouX reads an address as one phrase or parts a name (霞が|関), and a phrase wider than a phone's column is cut
/// anywhere, inside the number too (寺家町17|7-12).
/// What follows the number (a building) is parted as any text (<see cref="PhraseBreaks"/>).
/// </summary>
public static partial class AddressBreaks
{
    /// <summary>
    /// An address's HTML without Japanese (177-12 Jike-machi) with each number written with dashes and each place name
    /// joined by dashes in a box that does not wrap: browsers break a Latin line after a dash, inside the number (177-|12)
    /// or the name (Jike-|machi, Chuo-|ku).
    /// </summary>
    public static string KeepPartsWhole(string html) =>
        DashedName().Replace(DashedNumber().Replace(html, "<span class=\"number\">$0</span>"), "<span class=\"keep\">$0</span>");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w-])[0-9]+(?:-[0-9]+)+(?![\w-])")]
    private static partial System.Text.RegularExpressions.Regex DashedNumber();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w-])\p{L}+(?:-\p{L}+)+(?![\w-])")]
    private static partial System.Text.RegularExpressions.Regex DashedName();

    /// <summary>As <see cref="PhraseBreaks.Find"/>, for an address: every place is <see cref="PhraseBreak.Between"/>.</summary>
    public static int Find(Phrasing phrasing, ReadOnlySpan<char> text, Span<int> positions, Span<PhraseBreak> kinds)
    {
        if (!PhraseBreaks.HasJapanese(text)) return 0;
        var count = 0;
        // The place names, up to the lot number.
        var at = PlaceNames.PrefectureLength(text);
        if (at > 0 && IsName(text[at..])) count = Add(text, at, positions, kinds, count);
        while (at < text.Length && !Digits.Is(text[at]))
        {
            var word = phrasing.Words.LengthAt(text, at);
            if (word == 0) { at++; continue; }
            at += word;
            // A word with the suffix after it (中央 区): the ward's name ends after the suffix.
            if (!PlaceNames.EndsMunicipality(text[at - 1]) && at < text.Length && PlaceNames.EndsMunicipality(text[at]) && IsName(text[(at + 1)..])) at++;
            if (PlaceNames.EndsMunicipality(text[at - 1]) && IsName(text[at..])) count = Add(text, at, positions, kinds, count);
        }
        if (at >= text.Length) return count;

        // The lot number (177-12, 1丁目2番2号, 177番地の12), whole, on the line it starts.
        if (at > 0 && !IsNumberPart(text[at - 1])) count = Add(text, at, positions, kinds, count);
        while (at < text.Length && (Digits.Is(text[at]) || IsNumberPart(text[at]))) at++;
        if (at >= text.Length) return count;

        // A building or floor after it, as any text; only breaks between phrases, so no long phrase's box is left open.
        count = Add(text, at, positions, kinds, count);
        var rest = text[at..];
        var restPositions = new int[rest.Length];
        var restKinds = new PhraseBreak[rest.Length];
        var found = PhraseBreaks.Find(phrasing, rest, restPositions, restKinds);
        for (var k = 0; k < found; k++)
            if (restKinds[k] == PhraseBreak.Between) count = Add(text, at + restPositions[k], positions, kinds, count);
        return count;
    }

    /// <summary>Adds a break before <paramref name="at"/>, unless beside a space (the browser breaks there) or not after the last one.</summary>
    private static int Add(ReadOnlySpan<char> text, int at, Span<int> positions, Span<PhraseBreak> kinds, int count)
    {
        if (at <= 0 || at >= text.Length || char.IsWhiteSpace(text[at]) || char.IsWhiteSpace(text[at - 1])) return count;
        if (count > 0 && positions[count - 1] >= at) return count;
        positions[count] = at;
        kinds[count] = PhraseBreak.Between;
        return count + 1;
    }

    /// <summary>Whether a place name follows (a kanji or kana), rather than the lot number, a space or the end.</summary>
    private static bool IsName(ReadOnlySpan<char> rest) => rest.Length > 0 && (Kanji.Is(rest[0]) || Kana.IsKana(rest[0]));

    /// <summary>What a lot number is written with beside its digits: dashes, and 丁目 番 番地 号 の.</summary>
    private static bool IsNumberPart(char c) => c is '-' or '‐' or '－' or '−' or '―' or 'ー' or '丁' or '目' or '番' or '地' or '号' or 'の';
}
