using SiteGen.Markup;
using SiteGen.Markup.Nesting;

namespace SiteGen.Tests.Markup;

/// <summary>
/// Markdown nested deeper than Markdig parses or renders is found when the content is read, exactly when a page
/// would fail to render it, and located where the nesting starts; ordinary texts are not even parsed for it.
/// </summary>
public class NestingCheckTests
{
    private static bool PageRenders(string markdown)
    {
        try
        {
            new MarkdownRenderer("/").Render(markdown, "", 0, new HashSet<string>(StringComparer.Ordinal));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    /// <summary>Ways to nest, each n levels deep, after an ordinary first paragraph.</summary>
    public static readonly Dictionary<string, Func<int, string>> Nestings = new()
    {
        ["quotes"] = n => "本文です。\n\n" + new string('>', n) + " 引用\n",
        ["quotes with spaces"] = n => "本文です。\n\n" + Repeat("> ", n) + "引用\n",
        ["a list"] = n => "本文です。\n\n" + string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', i * 2) + "- 項目\n")),
        ["an ordered list"] = n => "本文です。\n\n" + string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', i * 3) + "1. 項目\n")),
        ["emphasis"] = n => "本文です。\n\n" + new string('*', n) + "強調" + new string('*', n) + "\n",
        ["emphasis around words"] = n => "本文です。\n\n" + Repeat("*a ", n) + "x" + Repeat(" b*", n) + "\n",
        // A line of full-width spaces is not a blank line to Markdown: the paragraph, and its emphasis, go on past it.
        ["emphasis across lines of full-width spaces"] = n => "本文です。\n\n" + Repeat("*a ", n / 2) + "\n\u3000\n" + Repeat("*a ", n - n / 2) + "\n\u3000\n" +
            "x" + Repeat(" b*", n / 2) + "\n\u3000\n" + Repeat(" b*", n - n / 2) + "\n",
        ["strikethrough"] = n => "本文です。\n\n" + Repeat("~~a ", n) + "x" + Repeat(" b~~", n) + "\n",
        ["links in emphasis"] = n => "本文です。\n\n" + Repeat("*a [", n) + "x" + Repeat("](/u/) b*", n) + "\n",
        ["emphasis in quotes"] = n => "本文です。\n\n" + new string('>', n / 2) + " " + Repeat("*a ", n - n / 2) + "x" + Repeat(" b*", n - n / 2) + "\n",
        ["a table in a list"] = n => "本文です。\n\n" + string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', i * 2) + "- 項目\n")) +
            new string(' ', n * 2) + "| a | b |\n" + new string(' ', n * 2) + "|---|---|\n" + new string(' ', n * 2) + "| *c* | [d](/d/) |\n",
    };

    public static TheoryData<string> NestingNames => [.. Nestings.Keys];

    [Theory]
    [MemberData(nameof(NestingNames))]
    public void Too_deep_is_reported_exactly_when_a_page_cannot_render_the_text(string nesting)
    {
        // Around the limit (128 levels: a list nests two per level, emphasis can take two per run of *):
        // the first depth a page refuses must be found, and none before it.
        const int limit = MarkdownRenderer.MaximumNestingDepth;
        var refused = 0;
        for (var n = limit / 2 - 4; n <= 2 * limit + 8 && refused < 8; n++)
        {
            var markdown = Nestings[nesting](n);
            var renders = PageRenders(markdown);
            Assert.True(renders == NestingCheck.TooDeep(markdown) is null, $"{nesting} {n} levels deep: the page {(renders ? "renders" : "fails")}, the check disagrees");
            if (!renders) refused++;
        }
        Assert.True(refused > 0, $"{nesting}: no depth tried was too deep for a page, so the test proves nothing");
    }

    [Theory]
    [MemberData(nameof(NestingNames))]
    public void Thousands_of_levels_are_located_at_the_line_where_the_nesting_starts(string nesting)
    {
        // Just past the limit, and past what the check parses at once (64 times the pages' limit: 8,192). A list
        // 10,000 levels deep would be 100 million characters of indentation: lists stop at 300.
        foreach (var n in nesting.Contains("list") ? [300] : new[] { 300, 10_000 })
        {
            var markdown = Nestings[nesting](n);
            Assert.Equal((2, 0), NestingCheck.TooDeep(markdown));
        }
    }

    [Theory]
    [InlineData(300)]
    [InlineData(10_000)]
    public void Quote_marks_pasted_right_under_a_line_of_text_are_located_at_their_own_line(int count)
    {
        var markdown = "本文です。\n" + new string('>', count) + " 引用\n";
        Assert.Equal((1, 0), NestingCheck.TooDeep(markdown));
    }

    [Fact]
    public void Emphasis_nested_in_a_paragraph_is_located_at_the_outermost_emphasis()
    {
        var markdown = "本文です。\n\n前の文 " + new string('*', 300) + "強調" + new string('*', 300) + "\n後の文\n";
        Assert.Equal((2, "前の文 ".Length), NestingCheck.TooDeep(markdown));
    }

    [Fact]
    public void A_list_nested_too_deep_is_located_at_the_start_of_the_list_even_after_other_lists()
    {
        var markdown = "- ふつうの項目\n  - 入れ子\n\n段落\n\n" + string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', i * 2) + "- 項目\n"));
        Assert.Equal((5, 0), NestingCheck.TooDeep(markdown));
    }

    [Fact]
    public void The_repository_s_plans_and_areas_are_not_parsed_for_it()
    {
        var bodies = Directory.GetFiles(Support.Repository.Content, "*.md", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        Assert.NotEmpty(bodies);
        Assert.All(bodies, body => Assert.False(NestingCheck.MayBeTooDeep(body)));
    }
}
