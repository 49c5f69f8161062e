using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Markup;
using SiteGen.Markup.Ruby;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markup;

/// <summary>
/// Furigana: {漢字|かんじ} and {漢字|かん|じ} in Markdown (the Markdig extension) and in front-matter
/// texts (PageModel.T through RubyText.ToHtml), escaped like everything else, and stripped to the base
/// text wherever a page prints plain text (title, meta, JSON-LD, feed).
/// </summary>
public class RubyTests
{
    private static string Markdown(string markdown) =>
        new MarkdownRenderer("/").Render(markdown, "", 0, new HashSet<string>(StringComparer.Ordinal)).Trim();

    private static string Inline(string markdown) =>
        new MarkdownRenderer("/").RenderInline(markdown, new HashSet<string>(StringComparer.Ordinal));

    /// <summary>What T(text) prints for a plain front-matter text.</summary>
    private static string Text(string text) => RubyText.ToHtml(text, SiteGen.Pages.Html.Encode);

    private static IElement Body(string html) => new HtmlParser().ParseDocument("<body>" + html).Body!;

    // ── Markdown ──

    [Fact]
    public void A_reading_over_the_whole_base_renders_one_ruby()
    {
        Assert.Equal("<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>", Inline("{漢字|かんじ}"));
        Assert.Equal("<p>地域福祉の<ruby>要諦<rp>(</rp><rt>ようてい</rt><rp>)</rp></ruby>は共助です。</p>",
            Markdown("地域福祉の{要諦|ようてい}は共助です。"));
    }

    [Fact]
    public void One_reading_per_character_renders_a_pair_per_character_without_rb()
    {
        Assert.Equal("<ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp>字<rp>(</rp><rt>じ</rt><rp>)</rp></ruby>", Inline("{漢字|かん|じ}"));
        Assert.Equal("<ruby>諮<rp>(</rp><rt>し</rt><rp>)</rp>問<rp>(</rp><rt>もん</rt><rp>)</rp>機<rp>(</rp><rt>き</rt><rp>)</rp></ruby>",
            Inline("{諮問機|し|もん|き}"));
        Assert.DoesNotContain("<rb>", Inline("{漢字|かん|じ}"));
    }

    [Fact]
    public void A_character_outside_the_bmp_counts_as_one_character()
    {
        // 𠮷 is a surrogate pair: still one base character, so two readings fit 𠮷野.
        Assert.Equal("<ruby>𠮷<rp>(</rp><rt>よし</rt><rp>)</rp>野<rp>(</rp><rt>の</rt><rp>)</rp></ruby>", Inline("{𠮷野|よし|の}"));
    }

    [Fact]
    public void Several_rubies_and_markdown_around_them_render_together()
    {
        var html = Markdown("**{包摂|ほうせつ}の理念**と{醸成|じょうせい}、[{隣保|りんぽ}](#tiers)");
        var body = Body(html);
        Assert.Equal(3, body.QuerySelectorAll("ruby").Length);
        Assert.Equal("包摂", body.QuerySelector("strong > ruby")!.FirstChild!.TextContent);
        Assert.Equal("りんぽ", body.QuerySelector("a > ruby > rt")!.TextContent);
    }

    [Theory]
    [InlineData("{<script>alert(1)</script>|かんじ}", "<script>alert(1)</script>", "かんじ")]
    [InlineData("{漢字|<script>alert(1)</script>}", "漢字", "<script>alert(1)</script>")]
    [InlineData("{<b onclick=\"x\">&amp;|<img src=x onerror=alert(1)>}", "<b onclick=\"x\">&amp;", "<img src=x onerror=alert(1)>")]
    public void Base_and_reading_are_escaped_in_markdown(string markdown, string baseText, string reading)
    {
        var html = Inline(markdown);
        Assert.DoesNotContain("<script", html);
        var body = Body(html);
        Assert.Empty(body.QuerySelectorAll("script, img, b"));
        var ruby = Assert.Single(body.QuerySelectorAll("ruby"));
        Assert.Equal(baseText, ruby.FirstChild!.TextContent);
        Assert.Equal(reading, ruby.QuerySelector("rt")!.TextContent);
    }

    [Theory]
    [InlineData("{a}")]
    [InlineData("{|x}")]
    [InlineData("{x|}")]
    [InlineData("{|}")]
    [InlineData("{ | }")]
    [InlineData("{漢字|か|ん|じ}")]      // three readings, two characters
    [InlineData("{漢字三|かん|じ}")]     // two readings, three characters
    [InlineData("{漢字|かん||じ}")]
    [InlineData("{漢字|かんじ")]
    [InlineData("漢字|かんじ}")]
    [InlineData("{漢字|かん|じ|}")]
    [InlineData("{}")]
    public void Text_that_is_not_ruby_stays_as_written(string text)
    {
        var markdown = Inline(text);
        Assert.DoesNotContain("<ruby", markdown);
        Assert.Equal(text, Body(markdown).TextContent);

        var plain = Text(text);
        Assert.DoesNotContain("<ruby", plain);
        Assert.Equal(text, Body(plain).TextContent);
        Assert.Equal(text, RubyText.Strip(text));
    }

    [Fact]
    public void A_ruby_does_not_span_lines()
    {
        var html = Markdown("{漢字|\nかんじ}");
        Assert.DoesNotContain("<ruby", html);
        Assert.Null(RubyText.Match("{漢字|\nかんじ}"));
    }

    [Fact]
    public void A_literal_brace_before_a_ruby_does_not_stop_it()
    {
        Assert.Equal("{a} <ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>", Inline("{a} {漢字|かんじ}"));
        Assert.Equal("{<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>", Inline("{{漢字|かんじ}"));
        Assert.Equal("{漢<ruby>字<rp>(</rp><rt>じ</rt><rp>)</rp></ruby>", Inline("{漢{字|じ}"));
    }

    [Fact]
    public void Code_and_escaped_braces_are_not_ruby()
    {
        Assert.Equal("<code>{漢字|かんじ}</code>", Inline("`{漢字|かんじ}`"));
        Assert.Equal("{漢字|かんじ}", Inline("\\{漢字|かんじ}"));
    }

    [Fact]
    public void A_ruby_in_a_table_cell_keeps_its_pipe()
    {
        var body = Body(Markdown("| 用語 | 説明 |\n|---|---|\n| {隣保|りんぽ} | 隣近所 |"));
        var cells = body.QuerySelectorAll("tbody td");
        Assert.Equal(2, cells.Length);
        Assert.Equal("りんぽ", cells[0].QuerySelector("ruby rt")!.TextContent);
        Assert.Equal("隣近所", cells[1].TextContent);
    }

    [Fact]
    public void A_heading_with_ruby_gets_its_id_from_the_base_text()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var plain = new MarkdownRenderer("/").Render("## 要諦について", "", 0, taken);
        var ruby = new MarkdownRenderer("/").Render("## {要諦|ようてい}について", "", 0, new HashSet<string>(StringComparer.Ordinal));
        var plainId = Body(plain).QuerySelector("h2")!.Id;
        Assert.False(string.IsNullOrEmpty(plainId));
        Assert.Equal(plainId, Body(ruby).QuerySelector("h2")!.Id);
        Assert.NotNull(Body(ruby).QuerySelector("h2 ruby rt"));
    }

    // ── Plain texts (front matter, printed with T) ──

    [Fact]
    public void A_plain_text_renders_its_rubies_and_escapes_the_rest()
    {
        Assert.Equal("意識を<ruby>醸成<rp>(</rp><rt>じょうせい</rt><rp>)</rp></ruby>し、主体的な参加を推進します",
            Text("意識を{醸成|じょうせい}し、主体的な参加を推進します"));
        Assert.Equal("<ruby>隣<rp>(</rp><rt>りん</rt><rp>)</rp>保<rp>(</rp><rt>ぽ</rt><rp>)</rp></ruby>", Text("{隣保|りん|ぽ}"));
        Assert.Equal("a &lt; b &amp; c", Text("a < b & c"));
        Assert.Equal("**強調**ではない", Text("**強調**ではない")); // no Markdown in plain texts
    }

    [Theory]
    [InlineData("前<script>alert(1)</script>{漢字|かんじ}後", "かんじ")]
    [InlineData("{<script>alert(1)</script>|かんじ}", "かんじ")]
    [InlineData("{漢字|<script>alert(1)</script>}", "<script>alert(1)</script>")]
    [InlineData("{漢字|\"><img src=x onerror=alert(1)>}", "\"><img src=x onerror=alert(1)>")]
    public void A_plain_text_escapes_script_in_base_reading_and_around(string text, string reading)
    {
        var html = Text(text);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        var body = Body(html);
        Assert.Empty(body.QuerySelectorAll("script, img"));
        var ruby = Assert.Single(body.QuerySelectorAll("ruby"));
        Assert.Equal(reading, ruby.QuerySelector("rt")!.TextContent);
        // Without its readings the text reads exactly as written, base included: nothing lost, nothing became markup.
        foreach (var annotation in body.QuerySelectorAll("rt, rp").ToList()) annotation.Remove();
        Assert.Equal(RubyText.Strip(text), body.TextContent);
    }

    [Theory]
    [InlineData("{要諦|ようてい}", "要諦")]
    [InlineData("地域の{包摂|ほうせつ}と{醸成|じょう|せい}", "地域の包摂と醸成")]
    [InlineData("{a} と {|x} と {漢字|か|ん|じ}", "{a} と {|x} と {漢字|か|ん|じ}")]
    [InlineData("<script>{漢字|かんじ}</script>", "<script>漢字</script>")] // stripping is not escaping: callers still encode
    [InlineData("ふりがななし", "ふりがななし")]
    public void Stripping_keeps_the_base_text_only(string text, string expected)
    {
        Assert.Equal(expected, RubyText.Strip(text));
    }

    [Fact]
    public void Markdown_rendered_as_plain_text_keeps_the_base_only()
    {
        var builder = new Markdig.MarkdownPipelineBuilder();
        builder.Extensions.Add(new RubyExtension());
        var pipeline = builder.Build();
        Assert.Equal("要諦は共助", Markdig.Markdown.ToPlainText("{要諦|ようてい}は共助", pipeline).Trim());
    }
}

/// <summary>A small site with furigana in front matter and narrative, built once for <see cref="RubySiteTests"/>.</summary>
public sealed class RubySite : IDisposable
{
    private const string Plan = """
        ---
        title: {ja: "{福祉|ふくし}計画<script>alert('t')</script>", en: Welfare plan}
        publisher: org
        period: {start: 2022, end: 2026}
        published: 2022-03
        coverage: city
        summary: {ja: "地域の{包摂|ほうせつ}を進めます", en: "We promote inclusion"}
        levels: [{id: goal, name: {ja: 目標, en: Goal}}]
        sections:
          - id: goal-1
            number: "1"
            title: {ja: "意識の{醸成|じょう|せい}", en: Fostering awareness}
            description: {ja: "{隣保|<script>alert('r')</script>}の{要諦|ようてい}"}
        ---
        ## {諮問|しもん}について

        推進委員会は会長の{諮問|し|もん}機関です。

        """;

    private readonly TestSite _source = TestSite.Minimal();

    public RubySite()
    {
        _source.Plan("p", Plan, "## About\n\nThe body.\n");
        Result = _source.Build();
        Site = new BuiltSite(_source.OutputPath);
    }

    public CliResult Result { get; }
    public BuiltSite Site { get; }

    public void Dispose() => _source.Dispose();
}

/// <summary>A whole site with furigana: T renders ruby, plain-text places show the base only.</summary>
public sealed class RubySiteTests(RubySite site) : IClassFixture<RubySite>
{
    private readonly CliResult _result = site.Result;
    private readonly BuiltSite _built = site.Site;

    [Fact]
    public void Front_matter_texts_show_ruby_and_stay_escaped()
    {
        Assert.True(_result.ExitCode == 0, _result.ToString());
        var page = _built.Page("ja/plans/p/index.html");
        var main = page.QuerySelector("main")!;
        Assert.DoesNotContain(page.QuerySelectorAll("script:not([type='application/ld+json'])"), script => script.TextContent.Contains("alert", StringComparison.Ordinal));

        var h1 = page.QuerySelector("h1")!;
        Assert.Equal("ふくし", h1.QuerySelector("ruby rt")!.TextContent);
        Assert.Contains("<script>alert('t')</script>", h1.TextContent);

        var goal = page.QuerySelector("#section-goal-1")!;
        var readings = goal.QuerySelectorAll("ruby rt").Select(rt => rt.TextContent).ToList();
        Assert.Contains("じょう", readings);
        Assert.Contains("せい", readings);
        Assert.Contains("<script>alert('r')</script>", readings);
        Assert.Contains("ようてい", readings);

        var narrative = main.QuerySelectorAll("ruby rt").Select(rt => rt.TextContent).ToList();
        Assert.Contains("しもん", narrative);
        Assert.Contains("もん", narrative);
    }

    [Fact]
    public void An_untranslated_text_falls_back_to_japanese_with_its_ruby()
    {
        var goal = _built.Page("en/plans/p/index.html").QuerySelector("#section-goal-1")!;
        var readings = goal.QuerySelectorAll("[lang=ja] ruby rt").Select(rt => rt.TextContent).ToList();
        Assert.Equal(["<script>alert('r')</script>", "ようてい"], readings);
    }

    [Fact]
    public void Plain_text_places_show_the_base_text_only()
    {
        var page = _built.Page("ja/plans/p/index.html");
        // Out of context the title says whose plan it is (PlanTitles): the municipality, then the base text.
        Assert.StartsWith("テスト市 福祉計画<script>alert('t')</script>", page.Title);
        Assert.Equal("テスト市 福祉計画<script>alert('t')</script>", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal("地域の包摂を進めます", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("地域の包摂を進めます", page.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));

        using var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("テスト市 福祉計画<script>alert('t')</script>", jsonLd.RootElement.GetProperty("name").GetString());
        Assert.Equal("地域の包摂を進めます", jsonLd.RootElement.GetProperty("description").GetString());

        var feed = System.Xml.Linq.XDocument.Parse(File.ReadAllText(Directory.GetFiles(_built.Folder, "*.xml", SearchOption.AllDirectories)
            .First(f => f.Contains($"{Path.DirectorySeparatorChar}ja{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && File.ReadAllText(f).Contains("<feed", StringComparison.Ordinal))));
        var atom = System.Xml.Linq.XNamespace.Get("http://www.w3.org/2005/Atom");
        var entry = Assert.Single(feed.Root!.Elements(atom + "entry"));
        Assert.Contains("福祉計画", entry.Element(atom + "title")!.Value);
        Assert.DoesNotContain("ふくし", entry.Element(atom + "title")!.Value);
        Assert.Equal("地域の包摂を進めます", entry.Element(atom + "summary")!.Value);
    }

    [Fact]
    public void Every_page_with_ruby_carries_the_hidden_toggle_and_its_script()
    {
        var page = _built.Page("ja/plans/p/index.html");
        var button = page.QuerySelector("button.furigana-toggle")!;
        Assert.True(button.HasAttribute("hidden"), "the toggle must be hidden until the script shows it");
        Assert.Equal("false", button.GetAttribute("aria-pressed"));
        Assert.Equal("button", button.GetAttribute("type"));
        Assert.Contains(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.EndsWith("/assets/furigana.js", StringComparison.Ordinal) && s.HasAttribute("defer"));
        Assert.True(_built.Exists("assets/furigana.js"));
    }
}
