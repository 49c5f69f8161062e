using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.I18n;

/// <summary>
/// A third language is configuration and a strings file, not a schema change: a site configured with ja, en and vi
/// (Tiếng Việt) gets /vi/ pages, hreflang alternates, a place in the language chooser, open-data columns, editor-schema
/// properties and a coverage line, from content that writes `vi:` beside `ja:` and `en:`.
/// </summary>
public sealed class ThirdLanguageTests : IDisposable
{
    private const string Config = """{ "title": { "ja": "テストサイト", "en": "Test site", "vi": "Trang thử nghiệm" }, "baseUrl": "https://example.org/", "languages": ["ja", "en", "vi"] }""";
    private const string TitleVi = "Kế hoạch thử nghiệm";
    private const string ActionTitleVi = "Thúc đẩy hoạt động trông nom";
    private const string NotTranslatedVi = "Chưa được dịch";
    private const string SummaryJa = "ベトナム語のない概要です。";

    private const string Plan = """
        ---
        title: {ja: 試験計画, en: Test plan, vi: Kế hoạch thử nghiệm}
        summary: {ja: ベトナム語のない概要です。, en: A summary with no Vietnamese.}
        publisher: org
        period: {start: 2022, end: 2026}
        published: 2022-03
        coverage: city
        actions:
          - id: watch
            number: "1"
            title: {ja: 見守り活動の推進, vi: Thúc đẩy hoạt động trông nom}
        ---
        本文です。

        """;

    private readonly TestSite _site = ViSite();
    private readonly HtmlParser _parser = new();

    public void Dispose() => _site.Dispose();

    private static TestSite ViSite()
    {
        var site = TestSite.Minimal(Config);
        site.Write("strings/vi.json", ViStrings(_ => { }).ToJsonString());
        site.Plan("p", Plan, "The body.\n");
        return site;
    }

    /// <summary>The built-in English strings as a Vietnamese file would start: Latin writing, its own name, locale and notice.</summary>
    private static JsonObject ViStrings(Action<JsonObject> change)
    {
        using var stream = typeof(SiteGen.I18n.UiStrings).Assembly.GetManifestResourceStream("i18n/en.json")!;
        var strings = JsonNode.Parse(stream)!.AsObject();
        strings["languageName"] = "Tiếng Việt";
        strings["readInThisLanguage"] = "Đọc bằng tiếng Việt";
        strings["locale"] = "vi_VN";
        strings["writing"] = "latin";
        strings["notTranslated"] = NotTranslatedVi;
        change(strings);
        return strings;
    }

    private AngleSharp.Html.Dom.IHtmlDocument Page(string path) =>
        _parser.ParseDocument(File.ReadAllText(Path.Combine(_site.OutputPath, path)));

    private void Build()
    {
        var result = _site.Build(_site.OutputPath);
        Assert.True(result.ExitCode == 0, result.Stderr);
    }

    [Fact]
    public void The_third_language_has_its_pages_in_its_language_with_japanese_marked_where_a_text_is_not_translated()
    {
        Build();
        var page = Page("vi/plans/p/index.html");
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(TitleVi, page.QuerySelector("h1")!.TextContent.Trim());
        var action = page.QuerySelector("#action-watch .action__title")!;
        Assert.Equal("1 " + ActionTitleVi, action.TextContent.Trim());
        Assert.Null(action.QuerySelector("[lang]"));

        // The summary has ja and en only: the Vietnamese page shows the Japanese, marked lang="ja", with the Vietnamese notice.
        var summary = Assert.Single(page.QuerySelectorAll("main [lang=ja]"), e => e.TextContent.Trim() == SummaryJa);
        Assert.Contains(NotTranslatedVi, summary.ParentElement!.TextContent);
        // The narrative has no index.vi.md: Japanese, marked.
        Assert.Contains(page.QuerySelectorAll("main div[lang=ja] p"), p => p.TextContent == "本文です。");

        // English is untouched by the third language: the action has no English, so the English page marks it.
        var english = Page("en/plans/p/index.html");
        Assert.Contains(english.QuerySelectorAll("main [lang=ja]"), e => e.TextContent.Trim() == "見守り活動の推進");
        Assert.Equal("Test plan", english.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void A_vietnamese_body_file_is_the_narrative_of_the_vietnamese_page_and_other_languages_keep_theirs()
    {
        _site.Write("content/plans/p/index.vi.md", "Phần thân bằng tiếng Việt.\n");
        _site.Write("content/areas/east.vi.md", "Khu phía đông.\n");
        Build();
        var page = Page("vi/plans/p/index.html");
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        var body = Assert.Single(page.QuerySelectorAll("main p"), p => p.TextContent == "Phần thân bằng tiếng Việt.");
        Assert.Null(body.Closest("[lang=ja]"));
        Assert.DoesNotContain(page.QuerySelectorAll("main p"), p => p.TextContent == "本文です。");

        Assert.Contains(Page("en/plans/p/index.html").QuerySelectorAll("main p"), p => p.TextContent == "The body.");
        Assert.Contains(Page("ja/plans/p/index.html").QuerySelectorAll("main p"), p => p.TextContent == "本文です。");
        var area = Page("vi/areas/east/index.html").QuerySelector("main")!;
        Assert.Contains(area.QuerySelectorAll("p"), p => p.TextContent == "Khu phía đông." && p.Closest("[lang=ja]") is null);
    }

    [Fact]
    public void Without_a_vietnamese_body_the_vietnamese_page_shows_the_japanese_marked_with_the_notice()
    {
        Build();
        var page = Page("vi/plans/p/index.html");
        var body = Assert.Single(page.QuerySelectorAll("main div[lang=ja] p"), p => p.TextContent == "本文です。");
        Assert.Contains(NotTranslatedVi, body.ParentElement!.NextElementSibling!.TextContent);
    }

    [Theory]
    [InlineData("content/plans/p/index.fr.md", "narrative")]
    [InlineData("content/areas/east.fr.md", "description")]
    public void A_body_file_in_a_language_the_site_does_not_have_is_an_error_at_the_file_naming_the_translations(string file, string field)
    {
        _site.Write(file, "Le texte.\n");
        var result = _site.Check();
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Diagnostics, d => d.StartsWith(file, StringComparison.Ordinal));
        Assert.StartsWith($"{file}:1:1: {field}: `fr` is not a translation language of this site", line);
        Assert.Contains("en, vi", line);
    }

    [Fact]
    public void Every_page_names_its_versions_in_all_three_languages_and_offers_the_other_two()
    {
        Build();
        var page = Page("ja/plans/p/index.html");
        var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))).ToList();
        Assert.Equal(["ja", "en", "vi", "x-default"], alternates.Select(a => a.Item1));
        Assert.EndsWith("/vi/plans/p/", alternates[2].Item2);

        var switches = page.QuerySelectorAll(".language-switch a").Select(a => (a.GetAttribute("hreflang"), a.TextContent)).ToList();
        Assert.Equal([("en", "English"), ("vi", "Tiếng Việt")], switches);
        Assert.Equal(["en_US", "vi_VN"], page.QuerySelectorAll("meta[property='og:locale:alternate']").Select(m => m.GetAttribute("content")));
        Assert.Equal("vi_VN", Page("vi/index.html").QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));

        var sitemap = File.ReadAllText(Path.Combine(_site.OutputPath, "sitemap.xml"));
        Assert.Contains("hreflang=\"vi\"", sitemap);
        Assert.Contains("<title>Trang thử nghiệm</title>", File.ReadAllText(Path.Combine(_site.OutputPath, "vi", "feed.xml")));
    }

    [Fact]
    public void The_language_chooser_has_a_door_per_language_and_lists_each_plan_in_each()
    {
        Build();
        var root = Page("index.html");
        var parts = root.QuerySelectorAll("section.landing__part").Select(s => (s.GetAttribute("lang"), s.QuerySelector("a")!.GetAttribute("hreflang"), s.QuerySelector("h2")!.TextContent)).ToList();
        Assert.Equal([("ja", "ja", "日本語"), ("en", "en", "English"), ("vi", "vi", "Tiếng Việt")], parts);
        Assert.Equal("Trang thử nghiệm", root.QuerySelector("h1 [lang=vi]")!.TextContent);
        var plan = root.QuerySelector(".landing__plan")!;
        Assert.Equal(TitleVi + ", テスト市", plan.QuerySelector("[lang=vi] a")!.TextContent.Trim());
    }

    [Fact]
    public void The_open_data_has_a_column_and_a_property_for_the_third_language()
    {
        Build();
        var header = File.ReadAllLines(Path.Combine(_site.OutputPath, "data", "plans", "p", "actions.csv"))[0].TrimStart('\uFEFF').Split(',');
        var at = Array.IndexOf(header, "title_vi");
        Assert.True(at > 0, string.Join(",", header));
        Assert.Equal(["title_ja", "title_en", "title_vi"], header[(at - 2)..(at + 1)]);

        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(_site.OutputPath, "data", "plans", "p", "plan.json")))!;
        Assert.Equal(TitleVi, (string?)json["title"]!["vi"]);
        Assert.Null(json["summary"]!["vi"]);
        Assert.Equal("A summary with no Vietnamese.", (string?)json["summary"]!["en"]);
    }

    [Fact]
    public async Task Two_builds_with_different_languages_at_once_each_keep_their_own_languages()
    {
        // Each build sets its languages for its own flow of work: a two-language build beside a three-language one
        // (tests run in parallel, `serve` may build while `check` runs) sees neither the other's pages nor its columns.
        using var two = TestSite.Minimal();
        two.Plan("p", Plan.Replace(", vi: Kế hoạch thử nghiệm", "").Replace(", vi: Thúc đẩy hoạt động trông nom", ""), "The body.\n");
        var outputs = Enumerable.Range(0, 3).Select(i => (Vi: _site.OutputPath + i, Two: two.OutputPath + i)).ToList();
        var builds = outputs.SelectMany(o => new[] { Task.Run(() => _site.Build(o.Vi, "--no-cache")), Task.Run(() => two.Build(o.Two, "--no-cache")) }).ToList();
        foreach (var result in await Task.WhenAll(builds)) Assert.True(result.ExitCode == 0, result.Stderr);
        var alone = two.OutputPath + "-alone";
        Assert.Equal(0, two.Build(alone, "--no-cache").ExitCode);

        foreach (var (vi, twoOutput) in outputs)
        {
            string Header(string output) => File.ReadLines(Path.Combine(output, "data", "plans", "p", "actions.csv")).First();
            Assert.Contains("title_vi", Header(vi));
            Assert.DoesNotContain("_vi", Header(twoOutput));
            Assert.True(Directory.Exists(Path.Combine(vi, "vi")));
            Assert.False(Directory.Exists(Path.Combine(twoOutput, "vi")));
            var json = JsonNode.Parse(File.ReadAllText(Path.Combine(twoOutput, "data", "plans", "p", "plan.json")))!;
            Assert.Equal(["ja", "en"], json["title"]!.AsObject().Select(p => p.Key));
            foreach (var file in Directory.GetFiles(Path.Combine(alone, "data"), "*", SearchOption.AllDirectories))
                Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(twoOutput, Path.GetRelativePath(alone, file)))), file);
        }
    }

    [Fact]
    public void The_editor_schema_takes_the_third_language_beside_japanese_and_english()
    {
        using var folder = new TempFolder();
        var docs = folder.Sub("guide.md");
        File.WriteAllText(docs, "# Guide\n");
        var result = TestCli.Run("schema", "--config", _site.ConfigPath, "--output", folder.Sub("schema"), "--docs", docs);
        Assert.True(result.ExitCode == 0, result.Stderr);
        var schema = File.ReadAllText(Path.Combine(folder.Sub("schema"), "plan.schema.json"));
        var text = JsonNode.Parse(schema)!["$defs"]!["text"]!["oneOf"]![1]!;
        Assert.Equal(["ja", "en", "vi"], text["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["ja"], text["required"]!.AsArray().Select(n => (string?)n));
    }

    [Fact]
    public void The_browser_editor_has_a_field_for_the_third_language_in_every_text()
    {
        var vi = new SiteGen.I18n.Language("vi", SiteGen.I18n.Writing.Latin, "vi_VN", "Tiếng Việt");
        using var scope = SiteGen.I18n.Languages.Use(new SiteGen.I18n.SiteLanguages([SiteGen.I18n.Language.Ja, SiteGen.I18n.SiteLanguages.Default["en"], vi]));
        var config = SiteGen.Admin.CmsConfig.Config(new SiteGen.Config.AdminSettings { Backend = "test-repo" }, "/", SiteGen.Model.Binding.ContentSchema.Documents);
        var texts = config.ToJsonString().Split("\"sitegen\":\"text\"").Length - 1;
        Assert.True(texts > 10, config.ToJsonString()[..200]);
        var fields = JsonNode.Parse(config.ToJsonString())!.AsObject();
        var title = FindText(fields)!;
        Assert.Equal([("ja", "日本語"), ("en", "English"), ("vi", "Tiếng Việt")],
            title["fields"]!.AsArray().Select(f => ((string)f!["name"]!, (string)f!["label"]!)));
    }

    private static JsonObject? FindText(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["sitegen"] == "text" => o,
        JsonObject o => o.Select(p => FindText(p.Value)).FirstOrDefault(f => f is not null),
        JsonArray a => a.Select(FindText).FirstOrDefault(f => f is not null),
        _ => null,
    };

    [Fact]
    public void Check_reports_coverage_per_translation_with_the_untranslated_texts_of_each()
    {
        var result = _site.Run("check", "--format", "json");
        var report = JsonNode.Parse(result.Stdout)!;
        var coverage = report["translationCoverage"]!.AsArray().Where(c => (string?)c!["plan"] == "p")
            .ToDictionary(c => (string)c!["language"]!, c => ((int)c!["translated"]!, (int)c!["texts"]!));
        Assert.Equal(["en", "vi"], coverage.Keys);
        // Four texts and the narrative: en lacks the action's title; vi lacks the summary, the municipality-free
        // texts it was not given and the narrative.
        Assert.Equal(coverage["en"].Item2, coverage["vi"].Item2);
        Assert.True(coverage["vi"].Item1 < coverage["vi"].Item2);
        var warnings = report["warnings"]!.AsArray().Select(w => ((string?)w!["field"], (string?)w!["message"])).ToList();
        Assert.Contains(warnings, w => w.Item1 == "vi" && w.Item2!.Contains(SummaryJa));
        Assert.Contains(warnings, w => w.Item1 == "narrative" && w.Item2!.Contains("no Tiếng Việt one"));
    }

    [Fact]
    public void A_language_the_site_does_not_have_is_an_error_at_its_key_naming_the_sites_languages()
    {
        _site.Plan("p", Plan.Replace("summary: {ja: ベトナム語のない概要です。, en: A summary with no Vietnamese.}", "summary: {ja: 概要です。, fr: Un résumé.}"));
        var result = _site.Check();
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Diagnostics, d => d.Contains("summary.fr"));
        Assert.Matches(new Regex(@"^content/plans/p/index\.md:3:\d+: summary\.fr: `fr` is not a language of this site"), line);
        Assert.Contains("ja, en, vi", line);
    }

    [Fact]
    public void A_strings_file_missing_a_key_is_a_config_error_naming_the_file_and_the_key()
    {
        _site.Write("strings/vi.json", ViStrings(s => s.Remove("navGlossary")).ToJsonString());
        var result = _site.Build(_site.OutputPath);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.StderrLines, l => l.StartsWith("strings/vi.json:1:1: navGlossary: the key `navGlossary` is missing", StringComparison.Ordinal));
        Assert.False(Directory.Exists(_site.OutputPath));
    }

    [Fact]
    public void A_language_with_no_strings_file_is_a_config_error_saying_where_to_write_it()
    {
        _site.Delete("strings/vi.json");
        var result = _site.Build(_site.OutputPath);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.StderrLines, l => l.Contains("languages: the language `vi` has no UI strings") && l.Contains("strings/vi.json"));
    }
}
