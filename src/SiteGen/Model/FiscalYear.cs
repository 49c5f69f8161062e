namespace SiteGen.Model;

/// <summary>
/// A Japanese fiscal year (April to March), named by the Western year it starts in.
/// Japanese pages show the era form with the Western year (令和4年度（2022年度）), English pages FY2022.
/// </summary>
public readonly record struct FiscalYear(int Year) : IComparable<FiscalYear>
{
    public int CompareTo(FiscalYear other) => Year.CompareTo(other.Year);

    /// <summary>The fiscal year a day falls in: 2027-03-31 is in FY2026, 2027-04-01 in FY2027.</summary>
    public static FiscalYear Of(DateOnly day) => new(day.Month >= 4 ? day.Year : day.Year - 1);

    /// <summary>令和4年度 (Reiwa began on 1 May 2019; FY2019 is conventionally 令和元年度, and so the first year of each era).</summary>
    public string EraName => Named.Era;

    public string Japanese => Named.Japanese;
    public string English => Named.English;

    private sealed record Names(string Era, string Japanese, string English);

    // Pages name the same few years thousands of times: each year's names are made once (the years a plan may give).
    private const int FirstKnown = 1900;
    private static readonly Names?[] Known = new Names?[2200 - FirstKnown + 1];

    private Names Named => (uint)(Year - FirstKnown) < (uint)Known.Length ? Known[Year - FirstKnown] ??= Name(Year) : Name(Year);

    private static Names Name(int year)
    {
        var era = year >= 2019 ? "令和" + EraNumber(year - 2018) + "年度"
            : year >= 1989 ? "平成" + EraNumber(year - 1988) + "年度"
            : year >= 1926 ? "昭和" + EraNumber(year - 1925) + "年度"
            : year >= 1912 ? "大正" + EraNumber(year - 1911) + "年度"
            : "明治" + EraNumber(year - 1867) + "年度";
        return new Names(era, $"{era}（{year}年度）", $"FY{year}");
    }

    private static string EraNumber(int n) => n == 1 ? "元" : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool operator <(FiscalYear a, FiscalYear b) => a.Year < b.Year;
    public static bool operator >(FiscalYear a, FiscalYear b) => a.Year > b.Year;
    public static bool operator <=(FiscalYear a, FiscalYear b) => a.Year <= b.Year;
    public static bool operator >=(FiscalYear a, FiscalYear b) => a.Year >= b.Year;
}

/// <summary>The plan period, inclusive of both ends.</summary>
public sealed record PlanPeriod(FiscalYear Start, FiscalYear End) : BoundRecord
{
    public bool Contains(FiscalYear year) => year >= Start && year <= End;
    public IEnumerable<FiscalYear> Years => Enumerable.Range(Start.Year, End.Year - Start.Year + 1).Select(y => new FiscalYear(y));
    public int Length => End.Year - Start.Year + 1;
}
