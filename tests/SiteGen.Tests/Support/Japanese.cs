using System.Globalization;

namespace SiteGen.Tests.Support;

/// <summary>Independent expectations for how the site writes years and numbers, from the conventions, not from the generator.</summary>
public static class Conventions
{
    /// <summary>令和元年度 for FY2019 (Reiwa began in May 2019; FY2019 is conventionally 令和元年度), 平成30年度 for FY2018.</summary>
    public static string EraYear(int year) => year >= 2019
        ? "令和" + (year == 2019 ? "元" : (year - 2018).ToString(CultureInfo.InvariantCulture)) + "年度"
        : "平成" + (year == 1989 ? "元" : (year - 1988).ToString(CultureInfo.InvariantCulture)) + "年度";

    public static string FiscalYear(int year, string language) => language == "ja" ? EraYear(year) : $"FY{year}";

    /// <summary>A number as written in the YAML, with thousands separators and the decimals it was written with: 1150 → 1,150; 9.80 → 9.80.</summary>
    public static string Number(string written)
    {
        var value = decimal.Parse(written, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var decimals = written.Contains('.') ? written.Length - written.IndexOf('.') - 1 : 0;
        return value.ToString("N" + decimals, CultureInfo.InvariantCulture);
    }

    public static bool IsNumber(string? written) =>
        written is not null && decimal.TryParse(written, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    /// <summary>Runs of Japanese letters (kana, kanji, the long-vowel mark) in <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> JapaneseRuns(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}々ー-[・゠]]+")
            .Select(m => m.Value)
            .ToList();
}
