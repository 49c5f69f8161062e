using SiteGen.Markup;
using SiteGen.Markup.EastAsianLineBreaks;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markup;

/// <summary>
/// Long texts of the front matter (descriptions, reasons, definitions) keep their paragraphs and lists, and a
/// line break inside Japanese joins without a space, as a Japanese reader expects.
/// </summary>
public sealed class ProseTests
{
    [Theory]
    [InlineData("地域の\n見守り", "地域の見守り")]
    [InlineData("支え合い、\n「つながり」", "支え合い、「つながり」")]
    [InlineData("community\nsalon", "community\nsalon")]
    [InlineData("地域\nsalon", "地域\nsalon")]
    [InlineData("salon\n地域", "salon\n地域")]
    [InlineData("𠮷\n野家", "𠮷野家")]
    [InlineData("地域\n\n見守り", "地域\n\n見守り")]
    public void A_line_break_joins_only_between_two_wide_characters(string text, string joined) =>
        Assert.Equal(joined, EastAsianWidth.JoinLines(text));

    [Theory]
    [InlineData("one paragraph", false)]
    [InlineData("一行目\n二行目", false)]
    [InlineData("first\n\nsecond", true)]
    [InlineData("intro\n- one\n- two", true)]
    [InlineData("- one\n- two", true)]
    [InlineData("1. one\n2. two", true)]
    [InlineData("2024年\n-3%", false)]
    public void Paragraphs_and_lists_are_block_structure(string text, bool blocks) =>
        Assert.Equal(blocks, ProseBlocks.HasBlocks(text));

    [Fact]
    public void Markdown_joins_Japanese_lines_and_keeps_English_ones()
    {
        var html = new MarkdownRenderer("/").Render("地域の\n見守り活動\n\nwatching\nover", "", 0, new HashSet<string>());
        Assert.Equal("<p>地域の見守り活動</p>\n<p>watching\nover</p>\n", html);
    }

    [Fact]
    public void A_description_of_several_paragraphs_and_a_list_keeps_them_on_the_page()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", Samples.PlanHeader + """
            actions:
              - id: a-1
                number: "1"
                title: {ja: 見守り, en: Watching over}
                description:
                  ja: |
                    ひとり暮らしの高齢者を
                    地域で見守ります。

                    取り組むこと：
                    - 声かけ
                    - 訪問
                  en: |
                    We watch over older people
                    who live alone.

                    What we do:
                    - greetings
                    - visits
            ---
            本文です。

            """);

        var build = site.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        var ja = site.PlanPage("ja");
        Assert.Contains("<p>ひとり暮らしの高齢者を地域で見守ります。</p>\n<p>取り組むこと：</p>\n<ul>\n<li>声かけ</li>\n<li>訪問</li>\n</ul>", ja);
        var en = site.PlanPage("en");
        Assert.Contains("<p>We watch over older people\nwho live alone.</p>\n<p>What we do:</p>\n<ul>\n<li>greetings</li>\n<li>visits</li>\n</ul>", en);
    }

    [Fact]
    public void A_one_paragraph_description_over_two_lines_reads_as_one_Japanese_sentence()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", Samples.PlanHeader + """
            levels: [{id: goal, name: {ja: 目標, en: Goal}}]
            sections:
              - id: g-1
                number: "1"
                title: {ja: 目標, en: Goal}
                description:
                  ja: |
                    誰もが安心して
                    暮らせる地域
                  en: A community where everyone can live with peace of mind
            ---
            本文です。

            """);

        var build = site.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        var ja = site.PlanPage("ja");
        Assert.Contains("<p>誰もが安心して暮らせる地域</p>", ja);
    }

    [Fact]
    public void A_description_nested_deeper_than_a_page_can_show_is_an_error_at_the_text()
    {
        using var site = TestSite.Minimal();
        var plan = Samples.PlanHeader + "actions:\n  - id: a-1\n    number: \"1\"\n    title: {ja: 見守り, en: Watching over}\n    description:\n      ja: |\n        はじめに\n\n        "
            + new string('>', 3000) + " 引用\n      en: Plain English.\n---\n本文です。\n";
        site.Plan("p", plan);

        var check = site.Check();

        Assert.Equal(1, check.ExitCode);
        var line = Expect.LineOf(plan, "ja: |");
        Assert.Contains($"content/plans/p/index.md:{line}:11: actions[1].description.ja: the Markdown of this text is nested too deeply", check.Stderr);
    }
}
