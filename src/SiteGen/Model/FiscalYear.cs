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

    /// <summary>令和4年度 (Reiwa began on 1 May 2019; FY2019 is conventionally 令和元年度).</summary>
    public string EraName
    {
        get
        {
            if (Year >= 2019) return "令和" + EraNumber(Year - 2018) + "年度";
            if (Year >= 1989) return "平成" + EraNumber(Year - 1988) + "年度";
            return "昭和" + EraNumber(Year - 1925) + "年度";
        }
    }

    public string Japanese => $"{EraName}（{Year}年度）";
    public string English => $"FY{Year}";

    private static string EraNumber(int n) => n == 1 ? "元" : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool operator <(FiscalYear a, FiscalYear b) => a.Year < b.Year;
    public static bool operator >(FiscalYear a, FiscalYear b) => a.Year > b.Year;
    public static bool operator <=(FiscalYear a, FiscalYear b) => a.Year <= b.Year;
    public static bool operator >=(FiscalYear a, FiscalYear b) => a.Year >= b.Year;
}

/// <summary>The plan period, inclusive of both ends.</summary>
public sealed record PlanPeriod(FiscalYear Start, FiscalYear End)
{
    public bool Contains(FiscalYear year) => year >= Start && year <= End;
    public IEnumerable<FiscalYear> Years => Enumerable.Range(Start.Year, End.Year - Start.Year + 1).Select(y => new FiscalYear(y));
    public int Length => End.Year - Start.Year + 1;
}
