using SiteGen.Model;

namespace SiteGen.Tests.Model;

/// <summary>Values by fiscal year (YearMap): what the pages and the open data rely on.</summary>
public sealed class YearMapTests
{
    private static readonly FiscalYear Y2020 = new(2020), Y2021 = new(2021), Y2023 = new(2023);

    [Fact]
    public void Years_come_in_order_whatever_order_they_were_written_in()
    {
        var map = YearMap<string>.From([new(Y2023, "△"), new(Y2020, "◎"), new(Y2021, "〇")]);

        Assert.Equal([Y2020, Y2021, Y2023], map.Keys);
        Assert.Equal(["◎", "〇", "△"], map.Values);
        var walked = new List<string>();
        foreach (var (year, mark) in map) walked.Add($"{year.Year}:{mark}");
        Assert.Equal(["2020:◎", "2021:〇", "2023:△"], walked);
        // Through the interface too, as LINQ and the templates' generic helpers see it.
        IReadOnlyDictionary<FiscalYear, string> asDictionary = map;
        Assert.Equal(["2020:◎", "2021:〇", "2023:△"], asDictionary.Select(p => $"{p.Key.Year}:{p.Value}"));
        Assert.Equal([Y2020, Y2021, Y2023], asDictionary.Keys);
    }

    [Fact]
    public void Lookups_find_the_years_there_and_only_those()
    {
        var map = YearMap<string>.From([new(Y2021, "〇"), new(Y2020, "◎")]);

        Assert.Equal(2, map.Count);
        Assert.True(map.TryGetValue(Y2021, out var mark));
        Assert.Equal("〇", mark);
        Assert.Equal("◎", map[Y2020]);
        Assert.False(map.TryGetValue(Y2023, out _));
        Assert.False(map.ContainsKey(new FiscalYear(2022)));
        Assert.Throws<KeyNotFoundException>(() => map[Y2023]);
    }

    [Fact]
    public void An_empty_map_is_empty_and_a_year_given_twice_is_refused()
    {
        Assert.Empty(YearMap<int>.From([]));
        Assert.False(YearMap<int>.Empty.ContainsKey(Y2020));
        Assert.Throws<ArgumentException>(() => YearMap<int>.From([new(Y2020, 1), new(Y2021, 2), new(Y2020, 3)]));
    }
}
