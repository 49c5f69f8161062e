using System.Globalization;

namespace SiteGen.Evaluations;

/// <summary>
/// Marks that look alike but are other characters: the circle 〇 of a plan's scale is the kanji zero (U+3007),
/// and Japanese input methods and fonts offer ○ (U+25CB), ◯ (U+25EF), O and 0 that look the same on paper.
/// </summary>
public static class MarkLookAlikes
{
    private static readonly string[][] Groups =
    [
        ["〇", "○", "◯", "O", "o", "0", "⚪", "⭕", "◦", "ｏ", "Ｏ", "０", "°", "゜"],
        ["◎", "◉", "⊚", "⦾", "⦿", "🔘"],
        ["△", "▲", "▵", "∆", "Δ", "⊿", "▽"],
        ["×", "✕", "✖", "x", "X", "☓", "╳", "ｘ", "Ｘ", "✗", "✘"],
        ["□", "■", "◻", "◼", "▢"],
        ["●", "⬤", "•", "・"],
        ["-", "－", "ー", "―", "‐", "−", "–", "—"],
    ];

    /// <summary>The scale's marks <paramref name="mark"/> may have been meant as, most likely first.</summary>
    public static IReadOnlyList<string> Suggest(string mark, IReadOnlyList<string> scale)
    {
        var wide = Squash(mark);
        var group = Groups.FirstOrDefault(g => g.Contains(mark));
        return scale.Where(symbol =>
                Squash(symbol) == wide ||
                string.Equals(Squash(symbol), wide, StringComparison.OrdinalIgnoreCase) ||
                (group is not null && group.Contains(symbol)))
            .ToList();
    }

    /// <summary>`◯ (U+25EF)`: the mark and its code point, since the look-alikes cannot be told apart on screen.</summary>
    public static string Describe(string mark) =>
        mark.Length == 0 ? "(empty)" : $"{mark} ({string.Join(" ", mark.EnumerateRunes().Select(r => $"U+{r.Value:X4}"))})";

    /// <summary>The scale as written in messages: `◎〇△`, or `A B C+` when a mark is longer than one character.</summary>
    public static string Scale(IReadOnlyList<string> scale) =>
        string.Join(scale.All(s => new StringInfo(s).LengthInTextElements == 1) ? "" : " ", scale);

    // Full-width letters and digits as ASCII (Ａ is A, ５ is 5), and no spaces around.
    private static string Squash(string text) => Width.Narrow(text).Trim();
}
