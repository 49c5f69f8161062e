using SiteGen.Diagnostics;
using SiteGen.Markup.Readings;

namespace SiteGen.Tests.Markup.Readings;

/// <summary>
/// Furigana from the readings dictionary over a page's text: longest word first, over the kanji only, in the markup
/// hand-written furigana has, and never in tags, attributes, code, existing ruby or text in another language.
/// </summary>
public class ReadingAnnotatorTests
{
    private static readonly ReadingDictionary Words = ReadingsFile.Parse(
        "地域\tちいき\n地域福祉\tちいきふくし\n福祉\tふくし\n計画\tけいかく\n取り組み\tとりくみ\nお知らせ\tおしらせ\n醸成\tじょうせい\n柏\tかしわ\n",
        "readings.tsv", new DiagnosticBag());

    private static string Ruby(string word, string reading) => $"<ruby>{word}<rp>(</rp><rt>{reading}</rt><rp>)</rp></ruby>";

    private static string Annotate(string body) => ReadingAnnotator.Annotate("<html><head><title>地域</title></head><body>" + body + "</body></html>", Words)
        ["<html><head><title>地域</title></head><body>".Length..^"</body></html>".Length];

    [Fact]
    public void The_longest_word_wins_and_each_word_gets_its_own_ruby()
    {
        Assert.Equal(Ruby("地域福祉", "ちいきふくし") + Ruby("計画", "けいかく") + "の" + Ruby("地域", "ちいき"), Annotate("地域福祉計画の地域"));
    }

    [Fact]
    public void Kana_written_in_the_word_have_no_reading_and_the_word_is_one_ruby()
    {
        // One <ruby> for the word, so that a line never breaks between 取 and り; the kana's <rt> is empty.
        Assert.Equal("<ruby>取<rp>(</rp><rt>と</rt><rp>)</rp>り<rt></rt>組<rp>(</rp><rt>く</rt><rp>)</rp>み<rt></rt></ruby>", Annotate("取り組み"));
        Assert.Equal("<ruby>お<rt></rt>知<rp>(</rp><rt>し</rt><rp>)</rp>らせ<rt></rt></ruby>", Annotate("お知らせ"));
    }

    [Fact]
    public void A_day_after_a_number_is_read_with_it_where_Japanese_does()
    {
        var words = ReadingsFile.Parse("日\tひ\n〜日\tにち\n〜間\tかん\n月\tがつ\n年\tねん\n", "readings.tsv", new DiagnosticBag());
        string Read(string text) => ReadingAnnotator.Annotate("<body>" + text + "</body>", words)["<body>".Length..^"</body>".Length];

        // A date: the day's number and 日 under one reading; 1日 after a month is ついたち.
        Assert.Equal("2026" + Ruby("年", "ねん") + "12" + Ruby("月", "がつ") + Ruby("6日", "むいか"), Read("2026年12月6日"));
        Assert.Equal("4" + Ruby("月", "がつ") + Ruby("1日", "ついたち"), Read("4月1日"));
        Assert.Equal("12" + Ruby("月", "がつ") + Ruby("20日", "はつか"), Read("12月20日"));
        // A count of days: 1日 is いちにち; full-width numbers too; 〜間 after it keeps its own reading.
        Assert.Equal(Ruby("1日", "いちにち") + "あたり", Read("1日あたり"));
        Assert.Equal(Ruby("３日", "みっか") + Ruby("間", "かん"), Read("３日間"));
        Assert.Equal(Ruby("14日", "じゅうよっか") + "と" + Ruby("24日", "にじゅうよっか"), Read("14日と24日"));
        // Days Japanese reads as number + にち keep にち over 日 alone; 日 standing alone is ひ.
        Assert.Equal("11" + Ruby("日", "にち") + "、30" + Ruby("日", "にち") + "、その" + Ruby("日", "ひ"), Read("11日、30日、その日"));
        Assert.Equal("1234" + Ruby("日", "にち"), Read("1234日"));
    }

    [Fact]
    public void A_phrase_break_inside_a_word_is_dropped_and_one_between_words_is_kept()
    {
        // The line breaker may offer a wrap between two kanji of a long phrase (地<wbr>域福祉計画): the word stays whole.
        Assert.Equal(Ruby("地域福祉", "ちいきふくし") + "<wbr>" + Ruby("計画", "けいかく") + "の<wbr>" + Ruby("地域", "ちいき") + "<wbr>",
            Annotate("地<wbr>域福祉<wbr>計画の<wbr>地域<wbr>"));
        Assert.Equal("<wbr>" + Ruby("柏", "かしわ") + "<wbr><wbr>で", Annotate("<wbr>柏<wbr><wbr>で"));
        Assert.Equal("<span>" + Ruby("地域", "ちいき") + "</span><wbr>", Annotate("<span>地域</span><wbr>"));
        // After a tag whose text has no kanji, a word that goes on across a break is still read whole.
        Assert.Equal("<b>x</b>" + Ruby("地域", "ちいき") + "<wbr>の", Annotate("<b>x</b>地<wbr>域<wbr>の"));
        Assert.Equal("<i>の</i><wbr>" + Ruby("地域", "ちいき"), Annotate("<i>の</i><wbr>地<wbr>域"));
    }

    [Fact]
    public void A_word_marked_with_a_wave_dash_is_read_so_only_where_it_ends_another_word()
    {
        var words = ReadingsFile.Parse("中\tなか\n〜中\tちゅう\n次\tつぎ\n～次\tじ\n期間\tきかん\n第\tだい\n",
            "readings.tsv", new DiagnosticBag());
        string Read(string body) => ReadingAnnotator.Annotate("<body>" + body + "</body>", words)["<body>".Length..^"</body>".Length];

        Assert.Equal(Ruby("期間", "きかん") + Ruby("中", "ちゅう") + "と、その" + Ruby("中", "なか"), Read("期間中と、その中"));
        Assert.Equal(Ruby("中", "なか") + "で、センター" + Ruby("中", "ちゅう"), Read("中で、センター中"));
        Assert.Equal(Ruby("第", "だい") + "7" + Ruby("次", "じ") + "、" + Ruby("次", "つぎ") + "の", Read("第7次、次の"));
    }

    [Fact]
    public void The_head_is_left_as_it_is()
    {
        var page = "<html><head><title>地域</title><meta name=\"description\" content=\"地域\"></head><body><p>地域</p></body></html>";
        var annotated = ReadingAnnotator.Annotate(page, Words);
        Assert.StartsWith("<html><head><title>地域</title><meta name=\"description\" content=\"地域\"></head>", annotated);
        Assert.EndsWith("<body><p>" + Ruby("地域", "ちいき") + "</p></body></html>", annotated);
    }

    [Fact]
    public void Hand_written_ruby_wins()
    {
        var handWritten = Ruby("醸成", "じょうせい-by-hand");
        Assert.Equal($"<p>{handWritten}{Ruby("計画", "けいかく")}</p>", Annotate($"<p>{handWritten}計画</p>"));
        // Per-character ruby too, where the base of a pair would otherwise match a word.
        var perCharacter = "<ruby>地<rp>(</rp><rt>ち</rt><rp>)</rp>域<rp>(</rp><rt>いき</rt><rp>)</rp></ruby>";
        Assert.Equal(perCharacter, Annotate(perCharacter));
    }

    [Fact]
    public void Attributes_and_link_addresses_are_never_touched_but_link_text_is()
    {
        var link = "<a href=\"/search/?q=地域\" title=\"地域 > 計画\" aria-label='地域'>地域</a>";
        Assert.Equal("<a href=\"/search/?q=地域\" title=\"地域 > 計画\" aria-label='地域'>" + Ruby("地域", "ちいき") + "</a>", Annotate(link));
        Assert.Equal("<img alt=\"地域の地図\" src=\"地域.png\">", Annotate("<img alt=\"地域の地図\" src=\"地域.png\">"));
    }

    [Theory]
    [InlineData("<code>地域</code>")]
    [InlineData("<pre><code>地域\n計画</code></pre>")]
    [InlineData("<script>if (a<b) { x = \"<p>地域</p>\"; }</script>")]
    [InlineData("<script type=\"application/ld+json\">{\"name\":\"地域福祉計画\"}</script>")]
    [InlineData("<style>.a::after { content: \"地域\"; }</style>")]
    [InlineData("<select><option>地域</option></select>")]
    [InlineData("<textarea>地域</textarea>")]
    [InlineData("<svg><text>地域</text><g><text>計画</text></g></svg>")]
    [InlineData("<span lang=\"en\">地域 <span>計画</span></span>")]
    [InlineData("<p translate=\"no\">地域</p>")]
    [InlineData("<!-- 地域 -->")]
    public void Code_scripts_forms_svg_comments_and_other_languages_get_no_reading(string html)
    {
        Assert.Equal(html, Annotate(html));
    }

    [Fact]
    public void Text_after_a_skipped_element_gets_readings_again()
    {
        Assert.Equal("<span lang=\"en\"><span>地域</span></span>" + Ruby("計画", "けいかく") + "<code>地域</code>" + Ruby("福祉", "ふくし"),
            Annotate("<span lang=\"en\"><span>地域</span></span>計画<code>地域</code>福祉"));
        Assert.Equal("<span lang=\"ja\">" + Ruby("地域", "ちいき") + "</span>", Annotate("<span lang=\"ja\">地域</span>"));
    }

    [Fact]
    public void Escaped_text_stays_escaped_and_a_word_split_by_a_tag_or_entity_is_not_matched()
    {
        Assert.Equal("&lt;" + Ruby("地域", "ちいき") + "&gt; &amp;" + Ruby("柏", "かしわ"), Annotate("&lt;地域&gt; &amp;柏"));
        Assert.Equal(Ruby("地域", "ちいき") + "<b>" + Ruby("福祉", "ふくし") + "</b>", Annotate("地域<b>福祉</b>"));
    }

    [Fact]
    public void A_dictionary_word_with_markup_characters_is_written_escaped()
    {
        Assert.Equal("<ruby>地&lt;域<rp>(</rp><rt>ちいき</rt><rp>)</rp></ruby>", new ReadingEntry("地<域", "ちいき").Html);
        Assert.Equal("<ruby>柏&amp;<rp>(</rp><rt>かしわ</rt><rp>)</rp></ruby>", new ReadingEntry("柏&", "かしわ").Html);
    }

    [Fact]
    public void An_empty_dictionary_leaves_the_page_as_it_is()
    {
        const string page = "<html><body><p>地域</p></body></html>";
        Assert.Same(page, ReadingAnnotator.Annotate(page, ReadingDictionary.Empty));
    }
}
