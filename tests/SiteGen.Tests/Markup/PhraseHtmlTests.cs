using System.Text.RegularExpressions;
using SiteGen.Markup;
using SiteGen.Markup.Phrases;
using SiteGen.Markup.Ruby;
using SiteGen.Pages;

namespace SiteGen.Tests.Markup;

/// <summary>The HTML of phrased texts: the same escaped text with &lt;wbr&gt; between phrases, and nothing else changed.</summary>
public class PhraseHtmlTests
{
    private static PhraseHtml NewPhrases() => new(Phrasing.Japanese, Html.Encoder);

    /// <summary>The HTML with its &lt;wbr&gt;s, long phrases' boxes and numbers' boxes taken out.</summary>
    private static string WithoutBreaks(string html) =>
        html.Replace("<wbr>", "").Replace("<span class=\"phrase\">", "").Replace("<span class=\"number\">", "").Replace("<span class=\"keep\">", "").Replace("</span>", "");

    private static string Markdown(string markdown) =>
        new MarkdownRenderer("/").Render(markdown, "", 0, new HashSet<string>(StringComparer.Ordinal)).Trim();

    /// <summary>Every &lt;wbr&gt; stands between two characters of text: never inside another tag or an entity.</summary>
    private static void AssertBreaksOnlyBetweenText(string html)
    {
        var inTag = false;
        var inEntity = false;
        for (var i = 0; i < html.Length; i++)
        {
            if (html.AsSpan(i).StartsWith("<wbr>"))
            {
                Assert.False(inTag || inEntity, $"<wbr> inside a tag or entity at {i}: {html}");
                i += 4;
                continue;
            }
            var c = html[i];
            if (c == '<') inTag = true;
            else if (c == '>') inTag = false;
            else if (c == '&' && !inTag) inEntity = true;
            else if (c == ';') inEntity = false;
        }
        Assert.DoesNotContain("<wbr><wbr>", html);
        Assert.False(html.StartsWith("<wbr>") || html.EndsWith("<wbr>"), html);
    }

    [Theory]
    [InlineData("地域で支えあう体制づくりと包括的な相談支援体制")]
    [InlineData("「<高齢者> & 子ども」の居場所づくりを進めます")]
    [InlineData("\"見守り\"と'声かけ'の活動を広げる")]
    [InlineData("{地域|ちいき}の{見守|みまも}り活動を推進します")]
    [InlineData("{包摂|ほう|せつ}的な社会の実現に向けて")]
    [InlineData("𠮷田さんと地域の見守り活動をする")]
    public void Keeps_the_escaped_text_and_adds_only_breaks_between_text(string text)
    {
        var html = NewPhrases().ToHtml(text);
        Assert.Contains("<wbr>", html);
        Assert.Equal(RubyText.ToHtml(text, Html.Encode), WithoutBreaks(html));
        AssertBreaksOnlyBetweenText(html);
        // No break inside a ruby: the base and its reading stay one unit.
        foreach (Match ruby in Regex.Matches(html, "<ruby>.*?</ruby>")) Assert.DoesNotContain("<wbr>", ruby.Value);
    }

    [Theory]
    [InlineData("Community building for everyone")]
    [InlineData("Kashiwa City Council of Social Welfare <2024> & more")]
    [InlineData("https://example.org/plans/kashiwa-4th/?a=1&b=2")]
    [InlineData("1,150 cases (65.2%)")]
    public void Leaves_english_as_it_was(string text)
    {
        Assert.Equal(Html.Encode(text), NewPhrases().ToHtml(text));
    }

    [Theory]
    [InlineData("令和4年度は1,150件、65.2%でした", new[] { "令和4年度", "1,150件", "65.2%" })]
    [InlineData("第4期柏市地域健康福祉活動計画の見直し", new[] { "第4期" })]
    [InlineData("約1,000人が参加した交流会を開催", new[] { "約1,000人" })]
    [InlineData("NPO法人やボランティア団体との連携", new[] { "NPO法人" })]
    [InlineData("見守りのしくみづくりと支援", new[] { "しくみづくり" })]
    [InlineData("お互いが見守り・支えあう地域づくり", new[] { "支えあう" })]
    [InlineData("ゆるやかなネットワークの構築", new[] { "ゆるやかな" })]
    public void Never_breaks_a_number_its_unit_a_latin_word_or_a_kana_word(string text, string[] whole)
    {
        var html = NewPhrases().ToHtml(text);
        var pieces = html.Split("<wbr>");
        foreach (var word in whole)
            Assert.True(pieces.Any(p => WithoutBreaks(p).Contains(word, StringComparison.Ordinal)), $"`{word}` is cut: {html}");
    }

    [Theory]
    [InlineData("令和3年度（2021年度）～令和8年度（2026年度）", new[] { "令和3年", "2021年", "令和8年", "2026年" })]
    [InlineData("第4期 柏市地域健康福祉活動計画", new[] { "第4期" })]
    [InlineData("約1,000人が参加した交流会", new[] { "約1,000人" })]
    [InlineData("柏五丁目11番8号", new[] { "目11番8号" })] // two numbers sharing 番: one box, never two that overlap
    [InlineData("霞が関1丁目2番2号", new[] { "関1丁目2番2号" })] // nor two side by side
    [InlineData("令和4年度は1,150件、65.2%でした", new[] { "令和4年", "1,150件" })] // after kana a number may start a line
    public void A_number_and_the_letters_it_holds_to_are_one_box_that_does_not_wrap(string text, string[] units)
    {
        // Browsers break between a kanji and a digit even under keep-all (令和|3年度): a nowrap box keeps them together.
        var html = NewPhrases().ToHtml(text);
        Assert.Equal(units, Regex.Matches(html, "<span class=\"number\">(.*?)</span>").Select(m => m.Groups[1].Value));
        Assert.Equal(text, WithoutBreaks(html));
        Assert.Equal(Regex.Matches(html, "<span").Count, Regex.Matches(html, "</span>").Count);
    }

    [Theory]
    [InlineData("令和元年度（2019年度）～令和6年度（2024年度）", true)]
    [InlineData("4月〜6月の活動", false)] // one phrase for BudouX: no break beside the dash at all
    public void A_wave_dash_ends_a_line_and_never_starts_one(string text, bool breaksAfterDash)
    {
        // JIS X 4051 keeps ～ off the start of a line; BudouX starts a phrase with it (～令和6年度).
        var html = WithoutNumbers(NewPhrases().ToHtml(text));
        Assert.DoesNotContain("<wbr>～", html);
        Assert.DoesNotContain("<wbr>〜", html);
        Assert.Equal(breaksAfterDash, System.Text.RegularExpressions.Regex.IsMatch(html, "[～〜]<wbr>"));
    }

    [Theory]
    [InlineData("“私たちの”支えあいプラン", "“私たちの”|支えあい|プラン")]
    [InlineData("地域健康福祉活動計画「“私たちの”支えあいプラン」の見直し", "地域健康福祉|活動計画|「“私たちの”|支えあい|プラン」の|見直し")]
    [InlineData("交流サロン（多世代交流）での活動", "交流サロン|（多世代交流）での|活動")]
    [InlineData("誰もが安心して暮らせるまちを目指して～", "誰もが|安心して|暮らせる|まちを|目指して～")]
    public void A_line_never_ends_on_an_opening_bracket_nor_starts_with_a_closing_one(string text, string expected)
    {
        // BudouX puts boundaries after “ and 「 and before ”: a <wbr> there overrides the browser's own rule.
        Assert.Equal(expected, WithoutBreaks(NewPhrases().ToHtml(text).Replace("<wbr>", "|")));
    }

    [Theory]
    [InlineData("地域福祉計画（第4期）～令和6年度の取り組み")]
    [InlineData("「支えあい」「見守り」『つながり』の三つを大切にします")]
    [InlineData("相談窓口【新規】（仮称）“ふくしの窓口”を開設します。")]
    [InlineData("〔参考〕〈地区社協〉《重点》［中間期 見直し追加版］")]
    public void No_break_follows_an_opening_mark_or_precedes_a_closing_one(string text)
    {
        var phrased = WithoutBreaks(NewPhrases().ToHtml(text).Replace("<wbr>", "|"));
        Assert.Equal(text, phrased.Replace("|", ""));
        Assert.Contains("|", phrased);
        Assert.DoesNotMatch("[「『（(【〔［〈《“‘]\\||\\|[」』）)】〕］〉》”’、。～〜]", phrased);
    }

    [Theory]
    [InlineData("令和元年度（2019年度）～令和6年度（2024年度）", "<span class=\"keep\">）～</span>")]
    [InlineData("誰もが安心して暮らせるまちを目指して～", "<span class=\"keep\">て～</span>")]
    [InlineData("令和4年～令和8年", "<span class=\"number\">令和4年～</span>")] // the number's box takes it in
    [InlineData("まちづくり ～地域共生社会の実現を目指して～", "<span class=\"keep\">～地</span>")] // a subtitle's opening ～ keeps to what follows
    [InlineData("～2030年に向けて～", "<span class=\"number\">～2030年</span>")]
    public void A_fullwidth_tilde_is_boxed_with_the_letter_it_keeps_to(string text, string box)
    {
        // Chromium starts a line with ～ (U+FF5E) even under line-break: strict and keep-all, unlike 〜 (U+301C).
        foreach (var html in new[] { NewPhrases().ToHtml(text), NewPhrases().RunningToHtml(text), Markdown(text) })
        {
            Assert.Contains(box, html);
            Assert.Equal(text, WithoutBreaks(html.Replace("<p>", "").Replace("</p>", "")));
        }
        Assert.Equal("4月〜6月の活動", WithoutNumbers(NewPhrases().RunningToHtml("4月〜6月の活動"))); // 〜 (U+301C) is left to the browser
    }

    [Fact]
    public void Random_texts_of_brackets_tildes_and_numbers_keep_their_text_and_balanced_boxes()
    {
        // Boxes and moved boundaries meet at the edges of texts, beside spaces and surrogate pairs: 2,000 seeded texts.
        string[] pieces = ["地域", "福祉", "計画", "の", "を", "まちづくり", "令和", "元年度", "2030", "年", "第4期", "～", "〜", "「", "」", "（", "）", "“", "”", " ", "𠮷", "、", "。", "Plan"];
        var random = new Random(2026);
        var phrases = NewPhrases();
        for (var n = 0; n < 2000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            foreach (var html in new[] { phrases.ToHtml(text), phrases.RunningToHtml(text) })
            {
                Assert.Equal(Html.Encode(text), WithoutBreaks(html));
                Assert.Equal(Regex.Matches(html, "<span").Count, Regex.Matches(html, "</span>").Count);
                Assert.DoesNotMatch("<span class=\"(number|keep)\">[^/]*<span class=\"(number|keep)\">", html); // boxes never nest
                Assert.DoesNotMatch("[～〜]</span><wbr>[～〜]|<span class=\"keep\">[^<]*<wbr>", html); // nothing parts a ～ from its letter
                AssertBreaksOnlyBetweenText(html);
            }
        }
    }

    private static string WithoutNumbers(string html) => html.Replace("<span class=\"number\">", "").Replace("<span class=\"keep\">", "").Replace("</span>", "");

    [Theory]
    [InlineData("第４期柏市地域健康福祉活動計画", "第４期|柏市地域健康福祉|活動計画")]
    [InlineData("第4期 柏市地域健康福祉活動計画", "第4期 柏市地域健康福祉|活動計画")] // the box starts after the space
    [InlineData("地域包括支援センター", "地域包括支援|センター")]
    [InlineData("総合福祉センターイベント開催事業", "総合福祉|センターイベント|開催事業")]
    [InlineData("見守りのしくみづくりと支援", "見守りのしくみづくりと|支援")] // long after joining, but not cut where it was joined
    [InlineData("千葉市社会福祉協議会", "千葉市社会福祉協議会")]          // the model knows nothing inside: left whole
    public void A_phrase_too_long_for_a_phone_s_line_gets_places_to_wrap(string text, string expected)
    {
        if (text.Contains(' ')) Assert.Equal("<span class=\"number\">第4期</span> <span class=\"phrase\">柏市地域健康福祉<wbr>活動計画</span>", NewPhrases().ToHtml(text));
        var html = NewPhrases().ToHtml(text);
        Assert.Equal(expected, WithoutBreaks(html.Replace("<wbr>", "|")));
        // A phrase with places to wrap inside is one box, so that it wraps there only when it cannot fit a line.
        Assert.Equal(expected.Contains('|') && !text.StartsWith("見守り"), html.Contains("<span class=\"phrase\">"));
    }

    [Fact]
    public void Works_each_text_out_once()
    {
        var phrases = NewPhrases();
        var first = phrases.ToHtml("地域で支えあう体制づくり");
        Assert.Same(first, phrases.ToHtml(new string("地域で支えあう体制づくり".AsSpan())));
    }

    [Fact]
    public void Markdown_headings_cells_and_captions_are_phrased_paragraphs_are_not()
    {
        var html = Markdown("""
            ## 地域で支えあう体制づくり

            地域で支えあう体制づくりを進めます。

            表：地域の見守り活動の実績

            | 取り組みの名前 | 件数 |
            | --- | --- |
            | 見守り活動の推進 | 1,150件 |
            """);
        Assert.Contains(">地域で<wbr>支えあう<wbr>体制づくり</h2>", html);
        Assert.Contains("<p>地域で支えあう体制づくりを進めます。</p>", html);
        Assert.Matches("<caption>[^<]*<wbr>", html);
        Assert.Contains("<th scope=\"col\">取り組みの<wbr>名前</th>", html);
        Assert.Contains("<td>見守り<wbr>活動の<wbr>推進</td>", html);
        Assert.Contains("<td><span class=\"number\">1,150件</span></td>", html); // a number with its counter: one box
        // The heading's id is made from its text, not from the HTML with breaks.
        Assert.Contains("id=\"地域で支えあう体制づくり\"", html);
        AssertBreaksOnlyBetweenText(html);
    }

    [Fact]
    public void Running_text_is_left_to_the_browser_but_for_its_numbers()
    {
        // A sentence breaks between any two letters, as Japanese books do; only a number is kept with its era and unit.
        const string text = "令和4年度から令和8年度までの5年間に、地域のみなさんと1,150件の見守り活動を行い、新しい支えあいの仕組みを少しずつ広げ、だれもが安心して暮らせるまちをつくることを目標とします。";
        Assert.True(text.Length >= PageModel.PhrasedTextLength);
        var html = NewPhrases().RunningToHtml(text);
        Assert.DoesNotContain("<wbr>", html);
        Assert.Equal(["令和4年", "令和8年", "5年", "1,150件"], Regex.Matches(html, "<span class=\"number\">(.*?)</span>").Select(m => m.Groups[1].Value));
        Assert.Equal(text, WithoutBreaks(html));
    }

    [Theory]
    [InlineData("地域のみなさんと一緒に、新しい支えあいの仕組みを少しずつ広げていきます。")] // no number
    [InlineData("In FY2026 the council will hold 12 meetings.")]                              // no Japanese
    [InlineData("{令和|れいわ}8年度までに{見守|みまも}り活動を広げます。")]                   // furigana: bases are never read apart
    public void Running_text_without_a_number_to_keep_is_written_as_before(string text) =>
        Assert.Equal(RubyText.ToHtml(text, Html.Encode), NewPhrases().RunningToHtml(text));

    [Fact]
    public void Markdown_paragraphs_and_lists_keep_each_number_with_its_era_and_unit()
    {
        var html = Markdown("令和8年度までに見守り活動を広げます。\n\n- 第4期計画の評価\n- 2026年3月に公表\n\nIn FY2026 the council meets 12 times.\n");
        Assert.Contains("<p><span class=\"number\">令和8年</span>度までに見守り活動を広げます。</p>", html);
        Assert.Contains("<li><span class=\"number\">第4期</span>計画の評価</li>", html);
        Assert.Contains("<li><span class=\"number\">2026年</span><span class=\"number\">3月</span>に公表</li>", html); // may wrap between
        Assert.Contains("<p>In FY2026 the council meets 12 times.</p>", html);
        Assert.DoesNotContain("<wbr>", html);
    }

    [Fact]
    public void Markdown_in_english_is_left_as_it_was()
    {
        var html = Markdown("## Working together in the community\n\n| Name | Count |\n| --- | --- |\n| Visits | 1,150 |\n");
        Assert.DoesNotContain("<wbr>", html);
    }
}
