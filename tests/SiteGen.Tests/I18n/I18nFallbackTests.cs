using System.Text.RegularExpressions;
using SiteGen.I18n;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.I18n;

/// <summary>
/// A text with no English is shown on the English page in Japanese, marked lang="ja" (so screen readers
/// switch voice) and flagged "Not yet translated"; `check` reports how much is translated.
/// </summary>
[Collection(BuiltSitesCollection.Name)]
public class I18nFallbackTests(FeatureSite feature)
{
    private static readonly UiStrings English = UiStrings.LoadAll()[SiteGen.I18n.SiteLanguages.Default["en"]];
    private static readonly UiStrings Japanese = UiStrings.LoadAll()[Language.Ja];

    private BuiltSite Site => feature.Site;

    [Fact]
    public void An_untranslated_text_is_shown_in_japanese_marked_lang_ja_with_a_visible_notice()
    {
        var page = Site.Page("en/plans/alpha/index.html");
        var main = page.QuerySelector("main")!;

        var element = Assert.Single(main.ElementsHolding(FeatureContent.UntranslatedSummary));
        Assert.Equal("ja", element.LanguageOf());
        var block = element.Closest("p, li, dd, td, th, h1, h2, h3, div")!;
        Assert.Contains(English.NotTranslated, block.SquashedText());
        Assert.Contains(English.NotTranslatedPage, main.SquashedText());
    }

    [Fact]
    public void A_translated_text_is_shown_in_english_and_not_marked()
    {
        var page = Site.Page("en/plans/alpha/index.html");
        var h1 = page.QuerySelector("h1")!;
        Assert.Equal(FeatureContent.AlphaTitleEn, h1.SquashedText());
        Assert.Equal("en", h1.LanguageOf());
    }

    [Fact]
    public void A_plan_without_index_en_md_shows_its_japanese_narrative_marked_lang_ja()
    {
        var page = Site.Page("en/plans/beta/index.html");
        var main = page.QuerySelector("main")!;

        var heading = Assert.Single(main.QuerySelectorAll("h2,h3,h4"), h => h.SquashedText() == "ベータの本文");
        Assert.Equal("ja", heading.LanguageOf());
        var paragraph = Assert.Single(main.QuerySelectorAll("p"), p => p.SquashedText() == "日本語だけの本文です。");
        Assert.Equal("ja", paragraph.LanguageOf());
        var narrative = heading.Closest("section")!;
        Assert.Contains(English.NotTranslated, narrative.SquashedText());
        Assert.Contains(English.NotTranslatedPage, main.SquashedText());
    }

    [Fact]
    public void An_area_without_an_english_description_shows_the_japanese_one_marked_lang_ja()
    {
        var main = Site.Page("en/areas/east/index.html").QuerySelector("main")!;
        var paragraph = Assert.Single(main.QuerySelectorAll("p"), p => p.SquashedText().Contains("東地区の説明です。"));
        Assert.Equal("ja", paragraph.LanguageOf());
        Assert.Contains(English.NotTranslated, main.SquashedText());
    }

    [Theory]
    [InlineData(FeatureContent.BetaTitle)]     // a plan title with no English: home page card, h1, breadcrumb, <title>
    [InlineData(FeatureContent.EastName)]      // an area name with no English: area pages, action areas, breadcrumb
    [InlineData(FeatureContent.UntranslatedSummary)]
    public void Wherever_an_untranslated_text_appears_on_an_english_page_it_is_marked_lang_ja(string japanese)
    {
        var unmarked = new List<string>();
        var seen = 0;
        foreach (var file in Site.HtmlFiles.Where(f => f.StartsWith("en/", StringComparison.Ordinal)))
        {
            var body = Site.Page(file).Body!;
            foreach (var element in body.ElementsHolding(japanese))
            {
                seen++;
                if (element.LanguageOf() != "ja")
                    unmarked.Add($"{file}: <{element.LocalName} class=\"{element.ClassName}\"> {element.TextContent.Squash()}");
            }
        }
        Assert.True(seen > 0, $"`{japanese}` is not on any English page");
        Assert.True(unmarked.Count == 0, $"`{japanese}` is shown on English pages without lang=\"ja\":\n" + string.Join("\n", unmarked));
    }

    [Fact]
    public void An_untranslated_unit_in_a_caption_is_marked_lang_ja()
    {
        // `unit: 件` has no English. The English caption may say (Unit: 件), but the 件 must be marked as Japanese.
        var main = Site.Page("en/plans/alpha/index.html").QuerySelector("main")!;
        var cells = main.QuerySelectorAll("table.indicator").Where(t => t.QuerySelectorAll("td").Any(td => td.SquashedText() == "1,150"))
            .Select(t => t.QuerySelector("caption .unit")!).ToList();
        Assert.NotEmpty(cells);
        foreach (var cell in cells)
        {
            var unitNodes = cell.TextNodes().Where(t => t.Data.Contains('件')).ToList();
            Assert.NotEmpty(unitNodes);
            Assert.All(unitNodes, t => Assert.True(t.LanguageOf() == "ja", $"the unit in `{cell.SquashedText()}` is not marked lang=\"ja\""));
        }
    }

    [Fact]
    public void A_fully_translated_english_page_has_no_japanese_and_no_notice()
    {
        var main = Site.Page("en/plans/gamma/index.html").QuerySelector("main")!;
        // The glossary shows each term's Japanese on purpose (a reader matches it on a leaflet): nothing else is Japanese.
        Assert.DoesNotContain(main.QuerySelectorAll("[lang=ja]"), e => e.Closest(".glossary__japanese") is null);
        Assert.DoesNotContain(English.NotTranslated, main.SquashedText());
        Assert.DoesNotContain(English.NotTranslatedPage, main.SquashedText());
    }

    [Fact]
    public void Japanese_pages_never_carry_the_untranslated_notice()
    {
        foreach (var file in Site.HtmlFiles.Where(f => f.StartsWith("ja/", StringComparison.Ordinal)))
        {
            var main = Site.Page(file).QuerySelector("main")!;
            Assert.DoesNotContain(Japanese.NotTranslatedPage, main.SquashedText());
            Assert.DoesNotContain(English.NotTranslated, main.SquashedText());
        }
    }

    [Fact]
    public void Check_reports_translation_coverage_below_100_percent_and_a_warning()
    {
        var result = feature.Source.Check();

        Assert.True(result.ExitCode == 0, result.ToString()); // untranslated text is a warning, not an error
        // alpha: 14 texts (title, summary, 2 mark labels, action title, indicator name, unit, measure label,
        // table caption, unit, row header label, 2 row headers, narrative); summary and unit have no English.
        Assert.Contains(result.StdoutLines, l => Regex.IsMatch(l, @"^\s+alpha\s+12/14\s+85\.7%$"));
        // beta: its title (plain text = Japanese only) and its narrative (no index.en.md).
        Assert.Contains(result.StdoutLines, l => Regex.IsMatch(l, @"^\s+beta\s+0/2\s+0\.0%$"));
        Assert.Contains(result.StdoutLines, l => Regex.IsMatch(l, @"^\s+gamma\s+(\d+)/\1\s+100\.0%$"));

        Assert.Contains(result.Warnings, w => Regex.IsMatch(w, @"^content/plans/alpha/index\.md:\d+:\d+: warning: en: .+ \(hint: .+\)$"));
        Assert.Contains(result.Warnings, w => Regex.IsMatch(w, @"^content/plans/beta/index\.md:\d+:\d+: warning: en: .+ \(hint: .+\)$"));
        Assert.DoesNotContain(result.Warnings, w => w.StartsWith("content/plans/gamma/", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_prints_the_same_translation_warnings()
    {
        Assert.Contains(feature.Result.Warnings, w => w.StartsWith("content/plans/beta/index.md:", StringComparison.Ordinal));
        Assert.Contains(feature.Result.Warnings, w => w.StartsWith("content/plans/alpha/index.md:", StringComparison.Ordinal));
        var summary = Regex.Match(feature.Result.Stdout, @"(\d+) warnings?");
        Assert.True(summary.Success, feature.Result.ToString());
        Assert.Equal(feature.Result.Warnings.Count, int.Parse(summary.Groups[1].Value));
    }
}
