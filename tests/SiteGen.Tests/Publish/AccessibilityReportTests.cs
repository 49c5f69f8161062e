using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Accessibility;
using SiteGen.Cli;
using SiteGen.I18n;
using SiteGen.Publish;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publish;

/// <summary>Builds the repository's site as of a fixed day once, for the accessibility report on the about pages.</summary>
public sealed class ReportSiteFixture : IDisposable
{
    public const string AsOf = "2026-12-06";
    public string Output { get; } = Path.Combine(Path.GetTempPath(), "sitegen-report-" + Guid.NewGuid().ToString("N"));

    public ReportSiteFixture()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(["build", "--config", Repository.Config, "--output", Output, "--as-of", AsOf], stdout, stderr);
        if (exit != 0) throw new InvalidOperationException(stdout + "\n" + stderr);
    }

    public IHtmlDocument About(string language) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, language, "about", "index.html")));

    public void Dispose()
    {
        if (Directory.Exists(Output)) Directory.Delete(Output, recursive: true);
    }
}

public sealed class AccessibilityReportTests(ReportSiteFixture site) : IClassFixture<ReportSiteFixture>
{
    // WCAG 2.2: 31 level A and 24 level AA success criteria. 4.1.1 Parsing, removed in 2.2, is listed too
    // (as level A): JIS X 8341-3:2016 is WCAG 2.0 and still has it.
    private static readonly string[] LevelA =
    [
        "1.1.1", "1.2.1", "1.2.2", "1.2.3", "1.3.1", "1.3.2", "1.3.3", "1.4.1", "1.4.2", "2.1.1", "2.1.2", "2.1.4",
        "2.2.1", "2.2.2", "2.3.1", "2.4.1", "2.4.2", "2.4.3", "2.4.4", "2.5.1", "2.5.2", "2.5.3", "2.5.4", "3.1.1",
        "3.2.1", "3.2.2", "3.2.6", "3.3.1", "3.3.2", "3.3.7", "4.1.2",
    ];
    private static readonly string[] LevelAA =
    [
        "1.2.4", "1.2.5", "1.3.4", "1.3.5", "1.4.3", "1.4.4", "1.4.5", "1.4.10", "1.4.11", "1.4.12", "1.4.13", "2.4.5",
        "2.4.6", "2.4.7", "2.4.11", "2.5.7", "2.5.8", "3.1.2", "3.2.3", "3.2.4", "3.3.3", "3.3.4", "3.3.8", "4.1.3",
    ];

    // The 38 criteria of WCAG 2.0 (JIS X 8341-3:2016) at A and AA; the rest came with 2.1 or 2.2.
    private static readonly string[] Wcag20 =
    [
        "1.1.1", "1.2.1", "1.2.2", "1.2.3", "1.2.4", "1.2.5", "1.3.1", "1.3.2", "1.3.3", "1.4.1", "1.4.2", "1.4.3", "1.4.4", "1.4.5",
        "2.1.1", "2.1.2", "2.2.1", "2.2.2", "2.3.1", "2.4.1", "2.4.2", "2.4.3", "2.4.4", "2.4.5", "2.4.6", "2.4.7",
        "3.1.1", "3.1.2", "3.2.1", "3.2.2", "3.2.3", "3.2.4", "3.3.1", "3.3.2", "3.3.3", "3.3.4", "4.1.1", "4.1.2",
    ];

    [Fact]
    public void Every_WCAG_2_2_level_A_and_AA_criterion_is_listed_exactly_once_with_its_level()
    {
        Assert.Equal(31, LevelA.Length);
        Assert.Equal(24, LevelAA.Length);
        var numbers = TestReport.Criteria.Select(c => c.Number).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.Equal(LevelA.Append("4.1.1").Order(), TestReport.Criteria.Where(c => c.Level == WcagLevel.A).Select(c => c.Number).Order(), StringComparer.Ordinal);
        Assert.Equal(LevelAA.Order(), TestReport.Criteria.Where(c => c.Level == WcagLevel.AA).Select(c => c.Number).Order(), StringComparer.Ordinal);
        Assert.Equal(55, TestReport.Wcag22.Count());
        Assert.Equal(Wcag20.Order(), TestReport.Jis.Select(c => c.Number).Order(), StringComparer.Ordinal);
        Assert.All(TestReport.Criteria, c => Assert.True(c.Ja.Length > 0 && c.En.Length > 0 && c.Since is "2.0" or "2.1" or "2.2", c.Number));
    }

    [Fact]
    public void Every_browser_test_named_as_evidence_is_a_class_in_the_browser_tests()
    {
        var sources = string.Concat(Directory.GetFiles(Path.Combine(Repository.Root, "tests", "SiteGen.BrowserTests"), "*.cs").Select(File.ReadAllText));
        var named = TestReport.Criteria.SelectMany(c => c.BrowserTests).Distinct().ToList();
        Assert.NotEmpty(named);
        Assert.All(named, test => Assert.Matches(new Regex(@"\bclass\s+" + Regex.Escape(test) + @"\b"), sources));
    }

    [Fact]
    public void Every_build_rule_named_is_a_rule_of_the_audit_and_is_said_in_words()
    {
        Assert.All(TestReport.Criteria.SelectMany(c => c.BuildRules), rule => Assert.Contains(rule, AccessibilityAudit.Rules));
        Assert.All(AccessibilityAudit.Rules, rule => Assert.True(TestReport.BuildRuleText.ContainsKey(rule), rule));
    }

    [Fact]
    public void A_result_claims_only_what_its_methods_show()
    {
        foreach (var c in TestReport.Criteria)
        {
            var automated = c.BuildRules.Count + c.BrowserTests.Count > 0;
            switch (c.Result)
            {
                // 適合 rests on an automated check that runs every build or before every publication, or on a person's test.
                case Outcome.Pass: Assert.True(automated || c.ByHand is not null, c.Number); break;
                // 該当なし: a person reviewed the templates and content and found no such content.
                case Outcome.NotApplicable: Assert.NotNull(c.ByHand); break;
                // 未確認: nobody has tested it by hand, and the page says so.
                case Outcome.NotChecked: Assert.Null(c.ByHand); break;
            }
        }
        Assert.All(HandChecks.ByCriterion.Keys, number => Assert.Contains(number, TestReport.Criteria.Select(c => c.Number)));
    }

    [Fact]
    public void Every_hand_check_is_dated_and_said_in_both_languages()
    {
        var japanese = new Regex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]");
        Assert.NotEmpty(HandChecks.ByCriterion);
        foreach (var (number, check) in HandChecks.ByCriterion)
        {
            Assert.True(check.Date.Year >= 2026, number);
            Assert.Matches(japanese, check.Ja);
            // The English says it in English: no Japanese left in it, and a sentence of its own.
            Assert.DoesNotMatch(japanese, check.En);
            Assert.EndsWith(".", check.En);
            Assert.EndsWith("。", check.Ja);
        }
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public void Each_criterion_tested_by_hand_shows_what_was_done_and_when(string language)
    {
        var rows = site.About(language).QuerySelectorAll("table.criteria tbody tr").ToDictionary(tr => tr.GetAttribute("data-criterion")!);
        foreach (var c in TestReport.Criteria.Where(c => c.ByHand is not null))
        {
            var methods = rows[c.Number].QuerySelector(".criteria__methods")!;
            Assert.Contains(methods.QuerySelectorAll("time"), t => t.GetAttribute("datetime") == c.ByHand!.Date.ToString("yyyy-MM-dd"));
            Assert.Contains(Plain(language == "ja" ? c.ByHand!.Ja : c.ByHand!.En), Plain(methods.SquashedText()));
        }
    }

    [Fact]
    public void Japanese_and_English_list_the_same_criteria_with_the_same_results()
    {
        var strings = UiStrings.LoadAll();
        var rows = new Dictionary<string, List<(string Number, string Result, string Shown)>>();
        foreach (var (language, ui) in new[] { ("ja", strings[Language.Ja]), ("en", strings[SiteGen.I18n.SiteLanguages.Default["en"]]) })
        {
            var table = site.About(language).QuerySelector("table.criteria")!;
            rows[language] = [.. table.QuerySelectorAll("tbody tr").Select(tr => (
                tr.GetAttribute("data-criterion")!, tr.GetAttribute("data-result")!, tr.QuerySelector(".criteria__result")!.SquashedText()))];
            // Each result in that language's words.
            Assert.All(rows[language], r => Assert.Equal(r.Result switch
            {
                "Pass" => ui.ResultPass, "Fail" => ui.ResultFail, "NotApplicable" => ui.ResultNotApplicable, _ => ui.ResultNotChecked,
            }, r.Shown));
        }
        Assert.Equal(TestReport.Criteria.Select(c => (c.Number, c.Result.ToString())), rows["ja"].Select(r => (r.Number, r.Result)));
        Assert.Equal(rows["ja"].Select(r => (r.Number, r.Result)), rows["en"].Select(r => (r.Number, r.Result)));
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public void The_page_states_scope_date_level_and_conformance_in_keeping_with_the_results(string language)
    {
        var ui = UiStrings.LoadAll()[language == "ja" ? Language.Ja : SiteGen.I18n.SiteLanguages.Default["en"]];
        var page = site.About(language);
        var report = page.QuerySelector("#report")!;
        Assert.Equal(ReportSiteFixture.AsOf, report.QuerySelector("dd time")!.GetAttribute("datetime"));
        var text = report.SquashedText();
        Assert.Contains(Plain(ui.ReportScopeValue), text);
        Assert.Contains(Plain(ui.ReportTargetLevelValue), text);
        var conformance = Plain(page.QuerySelector("#conformance")!.SquashedText());
        // 準拠 only when every criterion passes or does not apply; otherwise 一部準拠, never both.
        var jis = TestReport.AllMet(TestReport.Jis);
        Assert.Contains(Plain(jis ? ui.ConformanceJisFull : ui.ConformanceJisPartial), conformance);
        Assert.DoesNotContain(Plain(jis ? ui.ConformanceJisPartial : ui.ConformanceJisFull), conformance);
        var wcag = TestReport.AllMet(TestReport.Wcag22);
        Assert.Contains(Plain(wcag ? ui.ConformanceWcagFull : ui.ConformanceWcagPartial), conformance);
        Assert.DoesNotContain(Plain(wcag ? ui.ConformanceWcagPartial : ui.ConformanceWcagFull), conformance);
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public void The_criteria_table_is_a_captioned_keyboard_scrollable_region(string language)
    {
        var region = site.About(language).QuerySelector("#report .table-scroll")!;
        Assert.Equal("region", region.GetAttribute("role"));
        Assert.Equal("0", region.GetAttribute("tabindex"));
        var caption = region.QuerySelector("table > caption")!;
        Assert.Equal(caption.Id, region.GetAttribute("aria-labelledby"));
        Assert.All(region.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.All(region.QuerySelectorAll("tbody th"), th => Assert.Equal("row", th.GetAttribute("scope")));
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public void Each_criterion_s_result_follows_its_name_and_the_later_cells_carry_their_column_s_name(string language)
    {
        var ui = UiStrings.LoadAll()[language == "ja" ? Language.Ja : SiteGen.I18n.SiteLanguages.Default["en"]];
        var colon = language == "ja" ? "：" : ": ";
        var table = site.About(language).QuerySelector("table.criteria")!;
        // The result where a reader looks first, beside the name: on a phone the columns after it wrap below.
        Assert.Equal([ui.ReportColNumber, ui.ReportColName, ui.ReportColResult, ui.ReportColLevel, ui.ReportColVersion, ui.ReportColMethod],
            table.QuerySelectorAll("thead th").Select(th => Plain(th.SquashedText())));
        foreach (var row in table.QuerySelectorAll("tbody tr"))
        {
            var cells = row.Children.ToList();
            Assert.Contains("criteria__result", cells[2].ClassList);
            // The phone's card names each of these before its value (site.css shows data-label).
            Assert.Equal([ui.ReportColLevel + colon, ui.ReportColVersion + colon, ui.ReportColMethod + colon], cells.Skip(3).Select(td => td.GetAttribute("data-label")));
            Assert.Equal(["th", "td", "td", "td", "td", "td"], cells.Select(c => c.LocalName));
        }
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public void A_problem_is_reported_through_the_contact_page_with_what_to_include(string language)
    {
        var section = site.About(language).QuerySelector("#report-problem")!;
        Assert.Contains(section.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/{language}/contact/");
        Assert.Equal(3, section.QuerySelectorAll("ul > li").Length);
    }

    /// <summary>The text without the &lt;wbr&gt; phrase breaks and with spaces folded, as a reader sees it.</summary>
    private static string Plain(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
