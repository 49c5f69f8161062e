using SiteGen.Diagnostics;
using SiteGen.Markup.Readings;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markup.Readings;

/// <summary>
/// `"furigana": { "aboveGrade": N }`: readings only over words with a kanji taught after year N of elementary school
/// (学年別漢字配当表), so a site for adults can leave the first kanji bare.
/// </summary>
public class SchoolGradeTests
{
    [Fact]
    public void The_table_has_each_grades_count_and_no_kanji_twice()
    {
        // The 2020 curriculum's counts: 80, 160, 200, 202, 193 and 191, 1,026 in all.
        Assert.Equal([80, 160, 200, 202, 193, 191], SchoolGrades.ByGrade.Select(g => g.Length));
        var all = string.Concat(SchoolGrades.ByGrade);
        Assert.Equal(1026, all.Distinct().Count());
        Assert.All(all, c => Assert.True(Kanji.Is(c), $"{c} is not a kanji"));
        Assert.Equal((1, 2, 4, 7), (SchoolGrades.Of('一'), SchoolGrades.Of('社'), SchoolGrades.Of('協'), SchoolGrades.Of('祉')));
    }

    private static readonly ReadingDictionary Words = ReadingsFile.Parse(
        "学校\tがっこう\n地域\tちいき\n福祉\tふくし\n地域福祉\tちいきふくし\n計画\tけいかく\n", "readings.tsv", new DiagnosticBag());

    [Fact]
    public void Above_a_grade_the_words_of_earlier_kanji_lose_their_readings_and_the_others_keep_them()
    {
        Assert.Same(Words, Words.Above(0));
        var third = Words.Above(3);
        Assert.Null(third.LongestAt("学校", 0)); // 学 and 校: grade 1
        Assert.Equal("ちいき", third.LongestAt("地域", 0)?.Reading); // 域: grade 6
        Assert.Equal("ちいきふくし", third.LongestAt("地域福祉", 0)?.Reading);
        var sixth = Words.Above(6);
        Assert.Null(sixth.LongestAt("地域", 0));
        Assert.Null(sixth.LongestAt("計画", 0));
        // The compound goes with its readable part, but 祉 is not an elementary kanji: 福祉 keeps its reading.
        Assert.Equal("ちいきふくし", sixth.LongestAt("地域福祉", 0)?.Reading);
        Assert.Equal("ふくし", sixth.LongestAt("福祉", 0)?.Reading);
        Assert.False(sixth.SameAs(Words));
    }

    [Fact]
    public void The_site_setting_reaches_the_pages()
    {
        using var site = TestSite.Minimal("""{ "title": { "ja": "テストサイト", "en": "Test site" }, "furigana": { "aboveGrade": 6 } }""");
        site.Plan("p", Samples.PlanHeader + "---\n地域福祉と学校の計画です。\n");
        site.Write("content/readings.tsv", "word\treading\tstatus\n地域福祉\tちいきふくし\tauto\n学校\tがっこう\tauto\n計画\tけいかく\tauto\n");

        var result = site.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        var html = File.ReadAllText(Path.Combine(site.OutputPath, "ja", "plans", "p", "index.html"));
        Assert.Contains("<ruby>地域福祉<rp>(</rp><rt>ちいきふくし</rt><rp>)</rp></ruby>と学校の計画です", html);
        Assert.DoesNotContain("<rt>がっこう</rt>", html);
    }

    [Fact]
    public void A_grade_that_is_not_one_is_an_error_at_the_config()
    {
        using var site = TestSite.WithOnePlan();
        site.Write("site.config.json", """{ "title": { "ja": "t", "en": "t" }, "furigana": { "aboveGrade": 9 } }""");

        var result = site.Check();

        // A configuration that cannot be used, as the exit codes of docs/cli.md say.
        Assert.Equal(SiteGen.Cli.ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("site.config.json:1:1: furigana.aboveGrade: 9 is not a school grade", result.Stderr + result.Stdout);
    }
}
