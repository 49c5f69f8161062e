using SiteGen.Markup.Phrases;
using SiteGen.Markup.Readings;
using SiteGen.Pages;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markup;

/// <summary>
/// BudouX parts a few words of the seed plans (相談支援体|制, 柏中|央地区, 寄り|添った): with the site's words
/// (content/readings.tsv) no line breaks inside one, and every other break is BudouX's, as before.
/// </summary>
public sealed class WholeWordsTests
{
    private static readonly string[] SeedWords = ["相談", "支援", "体制", "強化", "中央", "地区", "寄り添っ", "寄り添い", "に対して", "方法"];

    private static string Phrased(string text, IEnumerable<string> words) => Phrased(text, new ReadingDictionary(words.Select(w => new ReadingEntry(w, "よみ")), "test"));

    private static string Phrased(string text, ReadingDictionary dictionary) => new PhraseHtml(Phrasing.For(dictionary), Html.Encoder).ToHtml(text);

    [Theory]
    [InlineData("アウトリーチも含めた相談支援体制強化に努めます", "相談支援体<wbr>制", "相談支援体制強化に")]
    [InlineData("柏中央地区福祉活動計画", "柏中<wbr>央", "柏中央地区")]
    [InlineData("親の気持ちに寄り添った支援をしよう", "寄り<wbr>添った", "寄り添った")]
    [InlineData("どんな相談にも寄り添い、解決に向けて支援する", "寄り<wbr>添い", "寄り添い、")]
    public void A_word_of_the_site_is_never_parted(string text, string partedByBudouX, string whole)
    {
        Assert.Contains(partedByBudouX, Phrased(text, [])); // what BudouX alone does to these seed texts
        var html = Phrased(text, SeedWords);
        Assert.DoesNotContain(partedByBudouX, html);
        Assert.Contains(whole, html.Replace("<span class=\"phrase\">", "").Replace("</span>", ""));
    }

    [Theory]
    [InlineData("千葉市社会福祉協議会", "千葉市")]
    [InlineData("第4期柏市地域健康福祉活動計画", "柏市")]
    public void A_long_name_may_wrap_after_a_municipality_among_the_sites_words(string text, string municipality)
    {
        // BudouX alone gives the name no place to wrap there, so a phone cut it anywhere (千葉市社会福祉協|議会).
        Assert.DoesNotContain(municipality + "<wbr>", Phrased(text, []));
        Assert.Contains(municipality + "<wbr>", Phrased(text, [municipality]));
    }

    [Theory]
    [InlineData("令和3年度の実績", new[] { "令和", "年度" }, "令和3年度")]
    [InlineData("計画51頁をご覧ください", new[] { "計画", "頁" }, "計画51頁")]
    [InlineData("令和3年度の実績", new string[0], "令和3年")] // no words: the era whole, and the letter after the number
    [InlineData("第4期計画", new string[0], "第4期")]
    [InlineData("令和元年度の実績", new[] { "令和", "元年度" }, "令和元年度")] // an era's first year is written 元, not 1
    public void A_numbers_box_never_parts_a_word_of_the_site(string text, string[] words, string box)
    {
        // Readings go over whole words: a box edge inside 令和 would leave it read letter by letter, or not at all.
        Assert.Contains("<span class=\"number\">" + box + "</span>", Phrased(text, words));
    }

    [Theory]
    [InlineData("計画期間（令和元年度～令和6年度）の中間年に、計画の進捗状況や社会環境の変化に応じて必要な見直しを行うことを定めています。", "令和6年度")]
    [InlineData("社会福祉法第106条の3に基づく包括的な支援体制の整備として、相談支援、参加支援、地域づくりに向けた支援を一体的に行います。", "第106条")]
    [InlineData("本計画では、計画期間（令和元年度～令和6年度）の中間年に、計画の進捗状況や社会環境の変化に応じて必要な見直しを行うことを定めています。", "令和元年度～")] // and the ～ after it (U+FF5E may start a line)
    [InlineData("高齢者向けの居場所（現状5箇所⇒7箇所以上）と日常生活支援、児童向けの登下校安全化活動、乳幼児の交流場所設置による育児支援を進めます。", "5箇所")]
    [InlineData("地域共生社会の実現に向けて、国においては令和2年6月に社会福祉法が改正され、「重層的支援体制整備事業」が新たに創設されました。", "令和2年</span><span class=\"number\">6月")]
    public void In_running_text_a_number_keeps_its_era_and_unit_but_not_the_word_before_it(string text, string box)
    {
        // Lines of running text are filled to the end: a wide box (現状5箇所, 令和2年6月) would leave a gap before it, and
        // 現状|5箇所 or 令和2年|6月 read well; 令和|6年度 and 第|106条 do not.
        string[] words = ["令和", "年度", "元年度", "現状", "箇所", "条"];
        var html = new PhraseHtml(Phrasing.For(new ReadingDictionary(words.Select(w => new ReadingEntry(w, "よみ")), "test")), Html.Encoder).RunningToHtml(text);
        Assert.Contains($"<span class=\"number\">{box}</span>", html);
        Assert.DoesNotContain("<wbr>", html);
    }

    [Fact]
    public void Only_breaks_are_taken_away_and_a_word_starting_with_kana_parts_nothing()
    {
        const string text = "制度の狭間にある課題に対して、様々な支援体制を整えます";
        var alone = Breaks(Phrased(text, []));
        var withWords = Breaks(Phrased(text, SeedWords));
        Assert.Subset(alone.ToHashSet(), withWords.ToHashSet());
        // に対して is a particle: a phrase may still start at 対して.
        Assert.Equal(alone.Contains(IndexAfter(text, "課題に")), withWords.Contains(IndexAfter(text, "課題に")));
    }

    [Fact]
    public void The_words_are_the_seed_sites_readings_dictionary()
    {
        var dictionary = ReadingsFile.Load(Repository.Root, "content", new SiteGen.Diagnostics.DiagnosticBag());
        foreach (var word in new[] { "体制", "中央", "支援" }) Assert.Equal(word.Length, dictionary.WordLengthAt(word, 0));
        const string text = "重層的支援体制整備事業の推進";
        Assert.Contains("体<wbr>制", Phrased(text, []));
        Assert.DoesNotContain("体<wbr>制", Phrased(text, dictionary));
    }

    /// <summary>The places of a text before which the HTML has a &lt;wbr&gt;, counted in the text's own characters.</summary>
    private static List<int> Breaks(string html)
    {
        var plain = 0;
        var breaks = new List<int>();
        for (var i = 0; i < html.Length;)
        {
            if (html.AsSpan(i).StartsWith("<wbr>")) { breaks.Add(plain); i += 5; }
            else if (html[i] == '<') i = html.IndexOf('>', i) + 1;
            else { plain++; i++; }
        }
        return breaks;
    }

    private static int IndexAfter(string text, string part) => text.IndexOf(part, StringComparison.Ordinal) + part.Length;
}
