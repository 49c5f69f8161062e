using System.Text.RegularExpressions;
using SiteGen.Tests.Support;
using static SiteGen.Tests.Support.Expect;

namespace SiteGen.Tests.Content;

/// <summary>Stage 1: reading content files from disk and splitting front matter from Markdown.</summary>
public class LoadingTests
{
    private const string YamlHint = "check indentation (spaces, not tabs), that every `name:` has a space after the colon, and that quotes are closed";

    [Theory]
    [InlineData("title: {ja: 試験計画, en: Test plan")]   // a flow mapping never closed, more fields follow
    [InlineData("title: [試験計画, Test plan")]            // a flow sequence never closed
    public void An_unclosed_bracket_is_reported_as_malformed_yaml_not_a_crash(string brokenLine)
    {
        using var site = TestSite.Minimal();
        var text = BadInputs.PlanWith().Replace("title: {ja: 試験計画, en: Test plan}", brokenLine);
        site.Plan("p", text);

        var result = site.Check();

        Assert.DoesNotContain("Unhandled exception", result.Stderr);
        Assert.True(result.ExitCode == 1, result.ToString());
        // The line of the unclosed bracket itself, at the bracket.
        var line = text.Split('\n').ToList().FindIndex(l => l == brokenLine) + 1;
        var column = brokenLine.IndexOfAny(['{', '[']) + 1;
        ExactlyTheseErrors(result, [Pattern("content/plans/p/index.md", $"{line}:{column}", "", Regex.Escape("the YAML is malformed: a { or [ on this line is never closed"),
            Regex.Escape("close every { with } and every [ with ] on the same line, or quote the text if it contains brackets"))]);
    }

    [Theory]
    [InlineData("title: {ja: 試験計画, en: Plan: a test}", ": a test", "the text after `en:` has a colon and a space in it, which YAML reads as the start of another field", "put the text in double quotes: `en: \"Plan: a test\"`")]
    [InlineData("title: {ja: 試験計画, en: \"Test plan}", "\"", "the quote \" on this line is never closed", "end the text with \" on the same line; to write \" inside it, write \\\"")]
    [InlineData("title:{ja: 試験計画, en: Test plan}", ":", "there is no space after the colon of `title`", "write a half-width space after the colon: `title: {ja: 試験計画, en: Test plan}`")]
    public void A_yaml_mistake_the_parser_finds_late_is_reported_where_it_is(string brokenLine, string at, string message, string hint)
    {
        using var site = TestSite.Minimal();
        var text = BadInputs.PlanWith().Replace("title: {ja: 試験計画, en: Test plan}", brokenLine);
        site.Plan("p", text);

        var result = site.Check();

        var line = text.Split('\n').ToList().FindIndex(l => l == brokenLine) + 1;
        ExactlyTheseErrors(result, [Pattern("content/plans/p/index.md", At(text, line, at), "", Regex.Escape("the YAML is malformed: " + message), Regex.Escape(hint))]);
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_are_read_like_any_file()
    {
        using var site = TestSite.Minimal();
        var text = "\uFEFF" + (Samples.PlanHeader + "summary: {ja: 概要, en: Summary}\n---\n本文\n").Replace("\n", "\r\n");
        site.Plan("p", text);

        var result = site.Check();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.StdoutLines, l => Regex.IsMatch(l, @"^\s+p\s+\d+/\d+"));
    }

    [Fact]
    public void Line_numbers_count_from_the_top_of_the_file_with_windows_line_endings()
    {
        using var site = TestSite.Minimal();
        var text = BadInputs.PlanWith("sumary: {ja: 概要, en: Summary}");
        site.Plan("p", text.Replace("\n", "\r\n"));

        var result = site.Check();

        ExactlyTheseErrors(result, [Line("content/plans/p/index.md", "7:1", "sumary", "unknown field `sumary`", "did you mean `summary`?")]);
    }

    [Fact]
    public void Front_matter_in_index_en_md_is_an_error_at_that_file()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", BadInputs.PlanWith(), "---\ntitle: Test plan\n---\nThe body.\n");

        var result = site.Check();

        Assert.Equal(1, result.ExitCode);
        ExactlyTheseErrors(result, [Line("content/plans/p/index.en.md", "2:1", "", "index.en.md holds only the English narrative; its data belongs in index.md",
            "move the fields into index.md as `en:` texts, and remove the front matter from index.en.md")]);
    }

    [Fact]
    public void A_plan_folder_without_index_md_is_an_error_naming_the_folder()
    {
        using var site = TestSite.WithOnePlan();
        site.Write("content/plans/draft/index.en.md", "Only English.\n");

        var result = site.Check();

        Assert.Equal(1, result.ExitCode);
        ExactlyTheseErrors(result, [Pattern("content/plans/draft", "1:1", "", Regex.Escape("this plan folder has no index.md"), ".+index\\.md.+")]);
    }

    [Fact]
    public void A_folder_name_with_spaces_is_fine_when_the_plan_gives_a_safe_slug()
    {
        using var site = TestSite.Minimal();
        site.Plan("My Plan 2024", BadInputs.PlanWith("slug: my-plan-2024"));

        var result = site.Check();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.StdoutLines, l => Regex.IsMatch(l, @"^\s+my-plan-2024\s"));
    }

    [Fact]
    public void Two_plans_with_the_same_slug_are_an_error_at_the_second()
    {
        using var site = TestSite.Minimal();
        site.Plan("a-plan", BadInputs.PlanWith("slug: same"));
        site.Plan("b-plan", BadInputs.PlanWith("slug: same"));

        var result = site.Check();

        ExactlyTheseErrors(result, [Line("content/plans/b-plan/index.md", "1:1", "slug", "the slug `same` is already used by content/plans/a-plan/index.md",
            "give each plan its own slug")]);
    }

    [Fact]
    public void A_missing_content_folder_is_reported()
    {
        using var site = TestSite.Empty();

        var result = site.Check();

        Assert.Equal(1, result.ExitCode);
        ExactlyTheseErrors(result, [Pattern("content", "1:1", "", Regex.Escape("the content folder does not exist"), ".+site\\.config\\.json.+")]);
    }
}
