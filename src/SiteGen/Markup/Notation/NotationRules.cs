using System.Text.RegularExpressions;
using SiteGen.I18n;

namespace SiteGen.Markup.Notation;

/// <summary>A place in a text that breaks the site's notation, what is wrong and how to write it.</summary>
public readonly record struct NotationProblem(int Index, string Message, string Hint);

/// <summary>
/// The site's notation, as the Digital Agency's design system writes Japanese (half-width digits, full-width 「：」「（）」「、」)
/// and as the code's English is spelt (ASCII punctuation, British spelling). `check` warns where a text departs from it.
/// </summary>
public static partial class NotationRules
{
    public static IEnumerable<NotationProblem> Find(string text, Language language) =>
        language.Writing switch
        {
            Writing.Japanese => Japanese(text),
            Writing.Latin => English(text),
            // No rules written yet for Chinese: nothing to warn about rather than the wrong language's rules.
            Writing.Chinese => [],
            _ => throw new ArgumentOutOfRangeException(nameof(language), language.Writing, "no notation rules for this way of writing"),
        };

    // Every text of every plan passes here on each build: a rule's regex runs only when the text holds what it could match.
    private static IEnumerable<NotationProblem> Japanese(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('０', '９') >= 0)
            foreach (Match m in FullWidthDigits().Matches(text))
                yield return new(m.Index, $"「{m.Value}」 has full-width digits", $"write them half-width: {Narrow(m.Value)}");
        if (text.Contains(':'))
            foreach (Match m in AsciiColonInJapanese().Matches(text))
                yield return new(m.Index + 1, "a half-width colon `:` in Japanese text", "write the full-width colon 「：」");
        if (text.Contains('('))
            foreach (Match m in AsciiParenthesesInJapanese().Matches(text))
                yield return new(m.Index, $"half-width brackets around Japanese: {m.Value}", "write full-width brackets 「（」「）」");
        if (text.AsSpan().IndexOfAny(Spaces) >= 0)
            foreach (Match m in SpaceBeforeJapanesePunctuation().Matches(text))
                yield return new(m.Index, $"a space before 「{m.Value.Trim()}」", "remove the space");
        if (text.Contains("平成31", StringComparison.Ordinal))
            foreach (Match m in Heisei31().Matches(text))
                yield return new(m.Index, "平成31年度 is written 令和元年度 on this site (the fiscal year 2019)", "write 令和元年度");
    }

    private static IEnumerable<NotationProblem> English(string text)
    {
        if (text.AsSpan().IndexOfAny(FullWidthMarks) >= 0)
            foreach (Match m in FullWidthPunctuation().Matches(text))
                yield return new(m.Index, $"full-width punctuation 「{m.Value}」 in English text", $"write the ASCII {Ascii(m.Value[0])}");
        if (text.Contains(" ,", StringComparison.Ordinal) || text.Contains(" .", StringComparison.Ordinal))
            foreach (Match m in SpaceBeforeEnglishPunctuation().Matches(text))
                yield return new(m.Index, $"a space before `{m.Value.Trim()}`", "remove the space");
        if (text.AsSpan().IndexOfAny(AmericanStems) >= 0)
            foreach (Match m in AmericanSpelling().Matches(text))
                yield return new(m.Index, $"`{m.Value}` is American spelling; this site writes British English", $"write `{British(m.Value)}`");
    }

    private static readonly System.Buffers.SearchValues<char> Spaces = System.Buffers.SearchValues.Create(" 　");
    private static readonly System.Buffers.SearchValues<char> FullWidthMarks = System.Buffers.SearchValues.Create("（）：、。，「」『』／；！？");
    // SearchValues: an ignore-case Contains is not vectorised under invariant globalization, and every English text passes here.
    private static readonly System.Buffers.SearchValues<string> AmericanStems = System.Buffers.SearchValues.Create(
        ["program", "center", "organiz", "neighbor", "behavior", "favorite", "labor"], StringComparison.OrdinalIgnoreCase);

    private static string Narrow(string digits) => string.Concat(digits.Select(c => (char)(c - '０' + '0')));

    private static string Ascii(char c) => c switch
    {
        '（' => "`(`", '）' => "`)`", '：' => "`:`", '、' or '，' => "`,`", '。' => "`.`", '「' or '」' or '『' or '』' => "quotation marks “ ”",
        '／' => "`/`", '；' => "`;`", '！' => "`!`", '？' => "`?`",
        _ => "character",
    };

    private static readonly Dictionary<string, string> BritishSpellings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["program"] = "programme", ["programs"] = "programmes", ["center"] = "centre", ["centers"] = "centres",
        ["organize"] = "organise", ["organized"] = "organised", ["organizes"] = "organises", ["organizing"] = "organising",
        ["organization"] = "organisation", ["organizations"] = "organisations", ["neighbor"] = "neighbour", ["neighbors"] = "neighbours",
        ["neighborhood"] = "neighbourhood", ["neighborhoods"] = "neighbourhoods", ["behavior"] = "behaviour", ["behaviors"] = "behaviours",
        ["favorite"] = "favourite", ["labor"] = "labour",
    };

    private static string British(string word)
    {
        var british = BritishSpellings[word];
        return char.IsUpper(word[0]) ? char.ToUpperInvariant(british[0]) + british[1..] : british;
    }

    [GeneratedRegex("[０-９]+")]
    private static partial Regex FullWidthDigits();

    /// <summary>A colon after Japanese (not in an address such as https:).</summary>
    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]:")]
    private static partial Regex AsciiColonInJapanese();

    /// <summary>(…) whose content starts or ends with Japanese, not a Markdown link's (url).</summary>
    [GeneratedRegex(@"(?<!\])\((?=[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}])[^()\n]*\)|(?<!\])\([^()\n]*[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]\)")]
    private static partial Regex AsciiParenthesesInJapanese();

    [GeneratedRegex("[ 　]+[、。]")]
    private static partial Regex SpaceBeforeJapanesePunctuation();

    [GeneratedRegex("平成31年度")]
    private static partial Regex Heisei31();

    [GeneratedRegex("[（）：、。，「」『』／；！？]")]
    private static partial Regex FullWidthPunctuation();

    [GeneratedRegex(@"(?<=\w) +[,.](?=\s|$)")]
    private static partial Regex SpaceBeforeEnglishPunctuation();

    [GeneratedRegex(@"\b([Pp]rograms?|[Cc]enters?|[Oo]rganiz(e|ed|es|ing|ation|ations)|[Nn]eighbors?|[Nn]eighborhoods?|[Bb]ehaviors?|[Ff]avorite|[Ll]abor)\b")]
    private static partial Regex AmericanSpelling();
}
