using SiteGen.Markup;
using SiteGen.Markup.TermLinks;

namespace SiteGen.Tests.Markup;

/// <summary>※ after a glossary term links the term to its entry: a Markdig extension told the terms through its parser context.</summary>
public sealed class TermLinkTests
{
    private static readonly MarkdownRenderer Renderer = new("/");

    private static readonly TermIndex Terms = new(
    [
        new("地域力", "chiiki-ryoku", "#term-chiiki-ryoku"),
        new("community strength", "chiiki-ryoku", "#term-chiiki-ryoku"),
        new("社会資源", "social-resources", "/ja/glossary/#term-social-resources"),
        new("social resources", "social-resources", "/en/glossary/#term-social-resources"),
        new("児童委員", "child-welfare-volunteers", "/ja/glossary/#term-child"),
        new("民生委員・児童委員", "commissioned-welfare-volunteers", "/ja/glossary/#term-commissioned-welfare-volunteers"),
        new("8050問題", "problem-8050", "/ja/glossary/#term-problem-8050"),
    ], "（用語解説）");

    private static string Render(string markdown, TermIndex? terms = null) =>
        Renderer.Render(markdown, "", 0, new HashSet<string>(), terms: terms ?? Terms).Trim();

    [Fact]
    public void A_term_followed_by_the_mark_links_to_its_entry_and_keeps_the_mark()
    {
        Assert.Equal(
            "<p>インフォーマルな<a class=\"term-ref\" href=\"/ja/glossary/#term-social-resources\">社会資源<span class=\"visually-hidden\" data-pagefind-ignore>（用語解説）</span></a>"
            + "<span class=\"term-ref__mark\" aria-hidden=\"true\">※</span>も含め</p>",
            Render("インフォーマルな社会資源※も含め"));
    }

    [Fact]
    public void The_bracketed_marks_of_the_seeds_link_too()
    {
        Assert.Contains("<a class=\"term-ref\" href=\"#term-chiiki-ryoku\">地域力<span", Render("より一層地域力（※）の強化に"));
        Assert.Contains("<span class=\"term-ref__mark\" aria-hidden=\"true\">（※）</span>の強化", Render("より一層地域力（※）の強化に"));
        // English: a space may part the term from "(※)"; it stays between the link and the mark.
        var english = Render("strengthening community strength (※), for");
        Assert.Contains("<a class=\"term-ref\" href=\"#term-chiiki-ryoku\">community strength<span", english);
        Assert.Contains("</a> <span class=\"term-ref__mark\" aria-hidden=\"true\">(※)</span>, for", english);
    }

    [Fact]
    public void The_longest_term_wins()
    {
        var html = Render("地区部会をはじめ、民生委員・児童委員※、社会福祉法人");
        Assert.Contains("href=\"/ja/glossary/#term-commissioned-welfare-volunteers\">民生委員・児童委員<span", html);
        Assert.StartsWith("<p>地区部会をはじめ、<a ", html);
    }

    [Fact]
    public void English_terms_match_in_any_case_at_a_word_start_and_full_width_digits_as_ascii()
    {
        Assert.Contains(">Social resources<span", Render("Social resources※ are"));
        Assert.DoesNotContain("term-ref", Render("antisocial resources※ are"));
        // The link's text, the number kept with its letters as in any running text (<span class="number">).
        var numbered = Render("ダブルケアや８０５０問題※とともに");
        Assert.Contains(">８０５０問題<span", System.Text.RegularExpressions.Regex.Replace(numbered, "<span class=\"number\">(.*?)</span>", "$1"));
    }

    [Fact]
    public void A_mark_after_no_term_or_at_the_start_of_a_line_stays_text()
    {
        Assert.Equal("<p>※各柱の施策は計画書本編をご覧ください</p>", Render("※各柱の施策は計画書本編をご覧ください"));
        Assert.Equal("<p>見守り活動※の推進</p>", Render("見守り活動※の推進"));
        Assert.Equal("<p>(※ see below)</p>", Render("(※ see below)"));
    }

    [Fact]
    public void Without_terms_in_the_parser_context_nothing_is_linked()
    {
        Assert.Equal("<p>社会資源※</p>", Renderer.Render("社会資源※", "", 0, new HashSet<string>()).Trim());
        Assert.Equal("<p>社会資源※</p>", Render("社会資源※", new TermIndex([], "")));
    }

    [Fact]
    public void Terms_in_emphasis_lists_and_headings_link_and_other_markup_is_unchanged()
    {
        var html = Render("- **身近な社会資源※を**共有しよう\n- [リンク](https://example.org)と地域力（※）");
        Assert.Contains("<strong>身近な<a class=\"term-ref\"", html);
        Assert.Contains("<a href=\"https://example.org\">リンク</a>と<a class=\"term-ref\" href=\"#term-chiiki-ryoku\">", html);
    }

    [Fact]
    public void Everything_is_escaped()
    {
        var hostile = new TermIndex([new("<b>語</b>", "x", "\"><script>alert(1)</script>")], "<i>hint</i>");
        var html = Renderer.Render("<b>語</b>※ & <script>", "", 0, new HashSet<string>(), terms: hostile);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.DoesNotContain("<i>", html);
        Assert.Contains("&lt;b&gt;語&lt;/b&gt;", html);
        Assert.Contains("&lt;i&gt;hint&lt;/i&gt;", html);
    }

    [Fact]
    public void A_plain_text_gets_its_links_and_ruby_and_no_other_markdown()
    {
        var html = Renderer.RenderPlainText("身近な{社会|しゃかい}の*社会資源※*を [宝物] #1 <b>共有</b>", Terms);
        Assert.Equal("身近な<ruby>社会<rp>(</rp><rt>しゃかい</rt><rp>)</rp></ruby>の*<a class=\"term-ref\" href=\"/ja/glossary/#term-social-resources\">社会資源"
            + "<span class=\"visually-hidden\" data-pagefind-ignore>（用語解説）</span></a><span class=\"term-ref__mark\" aria-hidden=\"true\">※</span>*を [宝物] #1 &lt;b&gt;共有&lt;/b&gt;", html);
    }

    [Fact]
    public void The_index_finds_marked_terms_as_the_parser_does()
    {
        Assert.True(Terms.MarksAny("身近な社会資源※を"));
        Assert.True(Terms.MarksAny("community strength (※)"));
        Assert.True(Terms.MarksAny("地域力（※）"));
        Assert.False(Terms.MarksAny("※各柱の施策"));
        Assert.False(Terms.MarksAny("社会資源を"));
        Assert.False(Terms.MarksAny("見守り※"));
    }
}
