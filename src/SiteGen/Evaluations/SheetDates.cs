using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Evaluations;

/// <summary>
/// A date cell as staff write it: `2022-06-30`, `2022-06`, `2022/6/30`, `2022年6月30日`, `令和4年6月30日`, or a date Excel
/// stores as a day number. The day is kept only when it is given, as content dates are (`2022-06`).
/// </summary>
public static partial class SheetDates
{
    /// <returns>The date, or null when the cell is not a date (the caller reports it).</returns>
    public static PartialDate? Parse(SheetCell cell)
    {
        if (cell.Number is { } number) return FromNumber(number);
        var text = Width.Narrow(cell.Text).Trim();
        if (Western().Match(text) is { Success: true } w)
            return Make(Int(w.Groups["y"]), Opt(w.Groups["m"]), Opt(w.Groups["d"]));
        if (Kanji().Match(text) is { Success: true } k)
            return Make(Int(k.Groups["y"]), Opt(k.Groups["m"]), Opt(k.Groups["d"]));
        if (Era().Match(text) is { Success: true } e)
        {
            var year = e.Groups["n"].Value == "元" ? 1 : Int(e.Groups["n"]);
            var offset = e.Groups["era"].Value is "令和" or "R" or "r" ? 2018 : 1988;
            return Make(offset + year, Opt(e.Groups["m"]), Opt(e.Groups["d"]));
        }
        return null;
    }

    /// <summary>A year typed as a number (2022), or Excel's day number (45000 is 2023-03-15).</summary>
    private static PartialDate? FromNumber(double number)
    {
        if (number == Math.Floor(number) && number is >= 1900 and <= 2200) return new PartialDate((int)number, null, null);
        if (number is < 1 or > 2958465) return null;
        var date = DateTime.FromOADate(Math.Floor(number));
        return new PartialDate(date.Year, date.Month, date.Day);
    }

    private static PartialDate? Make(int year, int? month, int? day)
    {
        if (year is < 1900 or > 2200 || month is < 1 or > 12) return null;
        if (day is { } d && (month is null || d < 1 || d > DateTime.DaysInMonth(year, month.Value))) return null;
        return new PartialDate(year, month, day);
    }

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);
    private static int? Opt(Group group) => group.Success ? Int(group) : null;

    [GeneratedRegex(@"^(?<y>\d{4})(?:[-/.](?<m>\d{1,2})(?:[-/.](?<d>\d{1,2}))?)?$")]
    private static partial Regex Western();

    [GeneratedRegex(@"^(?<y>\d{4})年(?:(?<m>\d{1,2})月(?:(?<d>\d{1,2})日)?)?$")]
    private static partial Regex Kanji();

    [GeneratedRegex(@"^(?<era>令和|平成|R|H|r|h)(?<n>\d{1,2}|元)(?:年(?:(?<m>\d{1,2})月(?:(?<d>\d{1,2})日)?)?|[./](?<m>\d{1,2})(?:[./](?<d>\d{1,2}))?)$")]
    private static partial Regex Era();
}
