using SiteGen.Diagnostics;
using SiteGen.Markup.Readings;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markup.Readings;

/// <summary>content/readings.tsv is content: every mistake is reported at its line and column, with the field and a fix.</summary>
public class ReadingsFileTests
{
    private const string File = "content/readings.tsv";

    private static (ReadingDictionary Dictionary, IReadOnlyList<Diagnostic> Problems) Parse(string text)
    {
        var diagnostics = new DiagnosticBag();
        var dictionary = ReadingsFile.Parse(text, File, diagnostics);
        return (dictionary, diagnostics.Sorted());
    }

    [Fact]
    public void Reads_words_skipping_comments_the_header_and_blank_lines()
    {
        var (dictionary, problems) = Parse("# comment\nword\treading\tstatus\n\n地域\tちいき\tauto\r\n取り組み\tとりくみ\tchecked\n福祉\tふくし\n");
        Assert.Empty(problems);
        Assert.Equal(3, dictionary.Count);
        Assert.Equal("ちいき", dictionary.LongestAt("地域", 0)?.Reading);
        Assert.Equal("ふくし", dictionary.LongestAt("福祉", 0)?.Reading);
    }

    [Theory]
    [InlineData("地域\tチイキ\tauto", 1, 4, "reading", "「チ」, which is not hiragana")]
    [InlineData("地域\tちいki\tauto", 1, 6, "reading", "「k」, which is not hiragana")]
    [InlineData("地域\t<b>\tauto", 1, 4, "reading", "not hiragana")]
    [InlineData("\tちいき\tauto", 1, 1, "word", "the word is empty")]
    [InlineData(" 地域\tちいき", 1, 1, "word", "has spaces around it")]
    [InlineData("ちいき\tちいき", 1, 1, "word", "has no kanji")]
    [InlineData("地域\t\tauto", 1, 4, "reading", "has no reading")]
    [InlineData("地域\tちいき\tmaybe", 1, 8, "status", "neither auto nor checked")]
    [InlineData("地域 ちいき", 1, 1, "word", "this one has 1")]
    public void A_bad_line_is_reported_at_its_line_and_column(string line, int lineNumber, int column, string field, string message)
    {
        var (dictionary, problems) = Parse(line + "\n");
        var problem = Assert.Single(problems);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Equal(new SourceLocation(File, lineNumber, column), problem.Location);
        Assert.Equal(field, problem.Field);
        Assert.Contains(message, problem.Message);
        Assert.False(string.IsNullOrWhiteSpace(problem.Hint));
        Assert.True(dictionary.IsEmpty, "a bad line gives no word");
    }

    [Fact]
    public void A_duplicate_word_is_reported_on_its_second_line_naming_the_first()
    {
        var (dictionary, problems) = Parse("word\treading\tstatus\n地域\tちいき\tauto\n福祉\tふくし\n地域\tじいき\tchecked\n");
        var problem = Assert.Single(problems);
        Assert.Equal(new SourceLocation(File, 4, 1), problem.Location);
        Assert.Contains("「地域」 is already on line 2", problem.Message);
        Assert.Equal("ちいき", dictionary.LongestAt("地域", 0)?.Reading);
    }

    [Fact]
    public void A_suffix_word_is_one_word_whichever_wave_dash_it_is_written_with()
    {
        var (dictionary, problems) = Parse("〜中\tちゅう\n中\tなか\n～中\tじゅう\n");
        var problem = Assert.Single(problems);
        Assert.Equal(new SourceLocation(File, 3, 1), problem.Location);
        Assert.Contains("is already on line 1", problem.Message);
        Assert.Equal(2, dictionary.Count);
        Assert.Equal("なか", dictionary.LongestAt("中", 0)?.Reading);
        Assert.Equal("ちゅう", dictionary.LongestAt("期間中", 2)?.Reading);
    }

    [Fact]
    public void A_bad_dictionary_fails_the_build_with_its_line_and_leaves_no_site()
    {
        using var site = TestSite.WithOnePlan();
        site.Write("content/readings.tsv", "word\treading\tstatus\n地域\tちいき\tauto\n福祉\tフクシ\tauto\n");
        var result = site.Build();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("content/readings.tsv:3:4: reading:", result.Stderr + result.Stdout);
        Assert.False(Directory.Exists(site.OutputPath));

        var check = site.Check();
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("content/readings.tsv:3:4: reading:", check.Stderr + check.Stdout);
    }
}
