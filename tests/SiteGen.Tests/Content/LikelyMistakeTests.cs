using SiteGen.Content.Yaml;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>Naming the line-level mistake once the YAML parser has failed somewhere after it.</summary>
public sealed class LikelyMistakeTests
{
    private static LikelyMistake? In(string yaml) => LikelyMistake.In(yaml.Split('\n'));

    [Theory]
    [InlineData("a: 1\ntitle: {ja: 計画, en: \"Plan}\nb: 2", 1, 20, "the quote \" on this line is never closed")]
    [InlineData("title: {ja: 計画, en: children's plan\nb: 2", 0, 7, "a { or [ on this line is never closed")]
    [InlineData("keywords: [見守り, 'it''s fine'\nb: 2", 0, 10, "a { or [ on this line is never closed")]
    [InlineData("title: {ja: 計画, en: Step 1: the start}", 0, 26, "the text after `en:` has a colon and a space in it, which YAML reads as the start of another field")]
    [InlineData("  - title: Goal 2: safety", 0, 17, "the text after `title:` has a colon and a space in it, which YAML reads as the start of another field")]
    [InlineData("a: 1\npublished:2019-05", 1, 9, "there is no space after the colon of `published`")]
    public void The_mistake_is_named_at_its_line_and_column(string yaml, int line, int column, string message)
    {
        var mistake = In(yaml);

        Assert.NotNull(mistake);
        Assert.Equal((line, column, message), (mistake.Line, mistake.Column, mistake.Message));
    }

    [Fact]
    public void The_hint_shows_the_line_written_right()
    {
        Assert.Equal("put the text in double quotes: `en: \"Step 1: the start\"`", In("title: {ja: 計画, en: Step 1: the start}")!.Hint);
        Assert.Equal("write a half-width space after the colon: `published: 2019-05`", In("published:2019-05")!.Hint);
    }

    [Theory]
    [InlineData("url: https://example.org/a:b")]
    [InlineData("time: {ja: 10:30から, en: from 10:30}")]
    [InlineData("title: {ja: 計画, en: \"Step 1: the start\"}")]
    [InlineData("note: |\n  Goal 1: the start\n  (see: below\nnext: 1")]
    [InlineData("en: It's the children's plan")]
    public void Well_written_lines_are_not_blamed(string yaml) => Assert.Null(In(yaml));

    /// <summary>The checks run only after a parse failed, but must not blame a well-written line then either.</summary>
    [Fact]
    public void No_line_of_the_repository_content_is_blamed()
    {
        var files = Repository.FrontMatters();
        Assert.NotEmpty(files);
        foreach (var (path, yaml) in files)
        {
            var mistake = In(yaml);
            Assert.True(mistake is null, $"{path}:{mistake?.Line + 2}: {mistake?.Message}");
        }
    }
}
