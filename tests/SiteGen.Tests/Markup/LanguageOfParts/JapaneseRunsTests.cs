using SiteGen.Markup.LanguageOfParts;

namespace SiteGen.Tests.Markup.LanguageOfParts;

/// <summary>Japanese in an English page is marked lang="ja" after the page is written, and nothing else changes.</summary>
public class JapaneseRunsTests
{
    private static string Mark(string body) => JapaneseRuns.Mark("<html lang=\"en\"><head><title>ラコルタ柏</title></head><body>" + body + "</body></html>")
        ["<html lang=\"en\"><head><title>ラコルタ柏</title></head><body>".Length..^"</body></html>".Length];

    [Fact]
    public void A_Japanese_name_in_English_text_is_marked_and_the_English_is_not()
    {
        Assert.Equal("<p>Run at <span lang=\"ja\">ラコルタ柏</span> (Lacorta Kashiwa) since 2020.</p>", Mark("<p>Run at ラコルタ柏 (Lacorta Kashiwa) since 2020.</p>"));
    }

    [Fact]
    public void Digits_and_Japanese_punctuation_inside_a_run_stay_in_it_but_not_at_its_edges()
    {
        Assert.Equal("<p>The <span lang=\"ja\">第4期計画</span> and <span lang=\"ja\">「支えあい」</span>.</p>".Replace("<span lang=\"ja\">「", "「<span lang=\"ja\">"),
            Mark("<p>The 第4期計画 and 「支えあい」.</p>"));
        Assert.Equal("<p>In 2024 <span lang=\"ja\">重点</span> 3</p>", Mark("<p>In 2024 重点 3</p>"));
    }

    [Fact]
    public void What_is_already_Japanese_code_attributes_and_the_head_are_left_alone()
    {
        var page = "<p lang=\"ja\">地域<b>福祉</b></p><code>柏</code><a href=\"/ja/柏/\" title=\"柏\">Kashiwa</a><img alt=\"柏\">";
        Assert.Equal(page, Mark(page));
        Assert.StartsWith("<html lang=\"en\"><head><title>ラコルタ柏</title>", JapaneseRuns.Mark("<html lang=\"en\"><head><title>ラコルタ柏</title></head><body></body></html>"));
    }

    [Fact]
    public void A_page_with_no_Japanese_is_unchanged()
    {
        const string page = "<html><head></head><body><p>Community welfare &amp; care (FY2024)</p></body></html>";
        Assert.Equal(page, JapaneseRuns.Mark(page));
    }

    [Fact]
    public void Tags_passed_over_unread_still_keep_what_they_mark_and_their_attributes()
    {
        // The walk reads a tag only when it may matter: check each kind that must be read, between tags it may pass.
        Assert.Equal("<P LANG=\"ja\">柏<b>市</b></P> and <span lang=\"ja\">柏</span>", Mark("<P LANG=\"ja\">柏<b>市</b></P> and 柏"));
        Assert.Equal("<span translate=\"no\">柏</span><i>x</i> <span lang=\"ja\">柏</span>", Mark("<span translate=\"no\">柏</span><i>x</i> 柏"));
        Assert.Equal("<span lang=\"ja\">柏<span>市</span>町</span> <span lang=\"ja\">後</span>", Mark("<span lang=\"ja\">柏<span>市</span>町</span> 後"));
        Assert.Equal("<a title=\"柏\" href=\"/a\">Kashiwa</a> and <span lang=\"ja\">柏</span>", Mark("<a title=\"柏\" href=\"/a\">Kashiwa</a> and 柏"));
        Assert.Equal("<!-- 柏 --><svg><text>柏</text></svg><SCRIPT>var a = \"<b>柏\";</SCRIPT><p><span lang=\"ja\">柏</span></p>",
            Mark("<!-- 柏 --><svg><text>柏</text></svg><SCRIPT>var a = \"<b>柏\";</SCRIPT><p>柏</p>"));
        // What only looks like the start of something left alone stops the leap to the next Japanese, and changes nothing.
        Assert.Equal("<p>Write lang=\"ja\" or <span lang=\"ja\">柏</span></p><rtc>x</rtc><CODE>柏</CODE><i><span lang=\"ja\">市</span></i>",
            Mark("<p>Write lang=\"ja\" or 柏</p><rtc>x</rtc><CODE>柏</CODE><i>市</i>"));
    }
}
