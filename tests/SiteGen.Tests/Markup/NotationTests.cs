using SiteGen.I18n;
using SiteGen.Markup.Notation;
using SiteGen.Tests.Support;
using static SiteGen.Tests.Support.Expect;

namespace SiteGen.Tests.Markup;

/// <summary>
/// The site's notation (Japanese: half-width digits, full-width 「：」「（）」「、」; English: ASCII punctuation, British
/// spelling): `check` warns where content departs from it, at the text's line, and the seeds follow it.
/// </summary>
public sealed class NotationTests
{
    private static List<(int Index, string Message)> Find(string text, Language language) =>
        NotationRules.Find(text, language).Select(p => (p.Index, p.Message)).ToList();

    [Fact]
    public void Japanese_text_is_checked_for_full_width_digits_half_width_colons_and_brackets_and_spaces_before_commas()
    {
        Assert.Equal([(1, "「４」 has full-width digits")], Find("第４期計画", Language.Ja));
        Assert.Equal([(4, "a half-width colon `:` in Japanese text")], Find("基本理念: 共に", Language.Ja));
        Assert.Equal([(3, "half-width brackets around Japanese: (単年)")], Find("目標値(単年)", Language.Ja));
        Assert.Equal([(4, "a space before 「、」")], Find("田中地区 、南部", Language.Ja));
        Assert.Single(Find("平成31年度から", Language.Ja));
        // What is right is left alone: an address, a Markdown link, ASCII in an English word, full-width brackets.
        Assert.Empty(Find("詳しくは https://example.org/ と[資料](https://example.org/a.pdf)（PDF）を、第4期の目標値（単年）で。", Language.Ja));
    }

    [Fact]
    public void English_text_is_checked_for_full_width_punctuation_spaces_before_commas_and_american_spelling()
    {
        Assert.Equal(["full-width punctuation 「（」 in English text", "full-width punctuation 「）」 in English text"],
            Find("Target（single year）", SiteGen.I18n.SiteLanguages.Default["en"]).Select(p => p.Message));
        Assert.Equal([(6, "a space before `,`")], Find("Tanaka , Nanbu", SiteGen.I18n.SiteLanguages.Default["en"]));
        Assert.Equal([(8, "full-width punctuation 「／」 in English text")], Find("revised ／ new", SiteGen.I18n.SiteLanguages.Default["en"]));
        Assert.Equal(["`Center` is American spelling; this site writes British English", "`programs` is American spelling; this site writes British English"],
            Find("The Ikiiki Center runs programs.", SiteGen.I18n.SiteLanguages.Default["en"]).Select(p => p.Message));
        Assert.Empty(Find("The Ikiiki Centre runs programmes (and a 地域いきいきセンター), FY2022.", SiteGen.I18n.SiteLanguages.Default["en"]));
    }

    [Fact]
    public void Check_warns_at_the_front_matter_value_and_the_narrative_line()
    {
        using var site = TestSite.Minimal();
        var text = Samples.PlanHeader.Replace("title: {ja: 試験計画, en: Test plan}", "title: {ja: 第４期試験計画, en: Test Center plan}") + "---\n## 概要\n\n基本理念: 共に。\n";
        site.Plan("p", text, "## Outline\n\nA program.\n");

        var result = site.Check();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"content/plans/p/index.md:{Expect.Find(text, "第４期")}: warning: title.ja: 「４」 has full-width digits (hint: write them half-width: 4)", result.Warnings);
        Assert.Contains(result.Warnings, w => w.StartsWith($"content/plans/p/index.md:{LineOf(text, "Test Center")}:", StringComparison.Ordinal) && w.Contains("title.en: `Center`"));
        Assert.Contains($"content/plans/p/index.md:{LineOf(text, "基本理念:")}:5: warning: narrative: a half-width colon `:` in Japanese text (hint: write the full-width colon 「：」)", result.Warnings);
        Assert.Contains("content/plans/p/index.en.md:3:3: warning: narrative: `program` is American spelling; this site writes British English (hint: write `programme`)", result.Warnings);
    }
}
