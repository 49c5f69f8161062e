using AngleSharp.Dom;
using SiteGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Pages;

/// <summary>
/// The real site is complete: everything its YAML says appears on the pages. Expectations are read from
/// content/ with a YAML parser of the tests' own, not hard-coded and not taken from the generator's model.
/// </summary>
[Collection(BuiltSitesCollection.Name)]
public class SeedContentTests(SeedSite seed)
{
    public static TheoryData<string> Languages => new() { "ja", "en" };

    /// <summary>The text a sighted reader sees in the page's main part: without the words only screen readers get (a ※ link's "(glossary)").</summary>
    private static string MainText(IDocument page)
    {
        var main = (AngleSharp.Dom.IElement)page.QuerySelector("main")!.Clone();
        foreach (var hidden in main.QuerySelectorAll(".visually-hidden").ToList()) hidden.Remove();
        return main.SquashedText();
    }

    [Fact]
    public void The_seed_content_has_what_these_tests_rely_on()
    {
        Assert.True(seed.Result.ExitCode == 0, seed.Result.ToString());
        Assert.Contains(seed.Content.Plans, p => p.Slug == "kashiwa-4th-midterm");
        Assert.True(seed.Content.Plans.Sum(p => p.Actions.Count) > 0);
        Assert.True(seed.Content.Plans.Sum(p => p.Glossary.Count) > 0);
        Assert.Contains(seed.Content.Areas, a => a.Id == "shintomi");
    }

    [Fact]
    public void Check_of_the_real_site_passes_with_every_plan_fully_translated()
    {
        var result = TestCli.Run("check", "--config", Repository.Config);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Errors);
        foreach (var plan in seed.Content.Plans)
            Assert.Contains(result.StdoutLines, l => System.Text.RegularExpressions.Regex.IsMatch(l, $@"^\s+{plan.Slug}\s+(\d+)/\1\s+100\.0%$"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_plan_page_shows_the_plan_title_as_its_heading(string language)
    {
        foreach (var plan in seed.Content.Plans)
        {
            var page = seed.Site.Page(plan.Page(language));
            Assert.Equal(plan.Data.Text("title", language), page.QuerySelector("h1")!.SquashedText());
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_action_appears_with_its_number_and_title(string language)
    {
        var count = 0;
        foreach (var plan in seed.Content.Plans)
        {
            var text = MainText(seed.Site.Page(plan.Page(language)));
            foreach (var action in plan.Actions)
            {
                count++;
                var expected = $"{action.Str("number")} {action.Text("title", language)}";
                Assert.True(text.Contains(expected, StringComparison.Ordinal), $"{plan.Page(language)} does not show `{expected}`");
            }
        }
        Assert.True(count > 20);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Goals_and_directions_appear_with_their_titles(string language)
    {
        foreach (var plan in seed.Content.Plans)
        {
            var text = MainText(seed.Site.Page(plan.Page(language)));
            foreach (var item in plan.Data.Items("goals").Concat(plan.Data.Items("directions")))
                Assert.Contains(item.Text("title", language)!, text);
            if (plan.Data.Get("vision") is YamlMappingNode vision)
                Assert.Contains(vision.Text("statement", language)!, text);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_evaluation_shows_its_year_mark_and_the_marks_label(string language)
    {
        var count = 0;
        foreach (var plan in seed.Content.Plans)
        {
            var page = seed.Site.Page(plan.Page(language));
            var labels = plan.Marks.ToDictionary(m => m.Str("symbol")!, m => m.Text("label", language)!);
            foreach (var action in plan.Actions)
            {
                var evaluations = action.ByYear("evaluations");
                if (evaluations.Count == 0) continue;
                var element = page.GetElementById("action-" + action.Str("id"));
                Assert.True(element is not null, $"{plan.Page(language)} has no element for action {action.Str("id")}");
                foreach (var (year, value) in evaluations)
                {
                    count++;
                    var symbol = ((YamlScalarNode)value).Value!;
                    var yearLabel = Conventions.FiscalYear(year, language);
                    var term = element.QuerySelectorAll("dt").FirstOrDefault(dt => dt.SquashedText() == yearLabel);
                    Assert.True(term is not null, $"{plan.Slug} {action.Str("id")}: no evaluation for {yearLabel}");
                    var mark = term.NextElementSibling!.SquashedText();
                    Assert.Contains(symbol, mark);
                    Assert.Contains(labels[symbol], mark);
                }
            }
            foreach (var (symbol, label) in labels)
                Assert.Contains(page.QuerySelectorAll("table th"), th => th.SquashedText().Contains(symbol) && th.SquashedText().Contains(label));
        }
        Assert.True(count > 50);
    }

    [Fact]
    public void The_target_of_1150_cases_shows_as_1150_under_a_caption_giving_its_unit()
    {
        var plan = Assert.Single(seed.Content.Plans, p => p.Slug == "kashiwa-4th-midterm");
        var indicator = plan.Actions.SelectMany(a => a.Items("indicators"))
            .First(i => i.Items("measures").Any(m => m.ByYear("targets").Any(t => (t.Value as YamlScalarNode)?.Value == "1150")));
        Assert.Equal("件", indicator.Text("unit", "ja"));
        Assert.Equal("cases", indicator.Text("unit", "en"));

        var ja = seed.Site.Page(plan.Page("ja"));
        var en = seed.Site.Page(plan.Page("en"));
        // The unit is said once, in the caption (単位：件), as Japanese tables do, not after every number.
        var jaTable = ja.QuerySelectorAll("table.indicator").First(t => t.QuerySelectorAll("td").Any(td => td.SquashedText() == "1,150"));
        Assert.EndsWith("（単位：件）", jaTable.QuerySelector("caption")!.SquashedText());
        var enTable = en.QuerySelectorAll("table.indicator").First(t => t.QuerySelectorAll("td").Any(td => td.SquashedText() == "1,150"));
        Assert.EndsWith("(Unit: cases)", enTable.QuerySelector("caption")!.SquashedText());
        Assert.DoesNotContain("1150", MainText(ja));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_numeric_target_appears_with_separators_in_a_table_whose_caption_gives_its_unit(string language)
    {
        var count = 0;
        foreach (var plan in seed.Content.Plans)
        {
            var page = seed.Site.Page(plan.Page(language));
            foreach (var indicator in plan.Actions.SelectMany(a => a.Items("indicators")))
            {
                var unit = indicator.Text("unit", language);
                var table = page.GetElementById("indicator-" + indicator.Str("id"))!;
                var cells = table.QuerySelectorAll("td").Select(td => td.SquashedText()).ToList();
                if (unit is not null) Assert.Contains(unit, table.QuerySelector("caption .unit")!.SquashedText());
                foreach (var measure in indicator.Items("measures"))
                {
                    foreach (var (year, value) in measure.ByYear("targets").Concat(measure.ByYear("actuals")))
                    {
                        if (value is not YamlScalarNode { Value: var written } || !Conventions.IsNumber(written)) continue;
                        count++;
                        var expected = Conventions.Number(written!);
                        Assert.True(cells.Any(c => c == expected),
                            $"{plan.Page(language)}: the target {written} for {year} is not shown as `{expected}`");
                    }
                }
            }
        }
        Assert.True(count > 10);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_glossary_term_appears_on_the_glossary_page_and_its_plan_page(string language)
    {
        var glossary = MainText(seed.Site.Page($"{language}/glossary/index.html"));
        var count = 0;
        foreach (var plan in seed.Content.Plans)
        {
            var planText = MainText(seed.Site.Page(plan.Page(language)));
            foreach (var term in plan.Glossary)
            {
                count++;
                Assert.Contains(term.Text("term", language)!, glossary);
                Assert.Contains(term.Text("definition", language)!, glossary);
                Assert.Contains(term.Text("term", language)!, planText);
                Assert.Contains(term.Text("definition", language)!, planText);
            }
        }
        Assert.True(count > 0);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_shintomi_area_page_lists_its_district_plan_and_the_actions_tagged_with_it(string language)
    {
        var (districts, actions) = AssertAreaPageIsComplete("shintomi", language);
        Assert.NotEmpty(districts);
        Assert.NotEmpty(actions);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_area_page_lists_its_district_plans_actions_and_covering_plans(string language)
    {
        foreach (var area in seed.Content.Areas) AssertAreaPageIsComplete(area.Id, language);
    }

    private (List<string> Districts, List<string> Actions) AssertAreaPageIsComplete(string areaId, string language)
    {
        var page = seed.Site.Page($"{language}/areas/{areaId}/index.html");
        var links = page.QuerySelector("main")!.QuerySelectorAll("a[href]").Select(a => (Href: a.GetAttribute("href")!, Text: a.SquashedText())).ToList();
        var districts = new List<string>();
        var actions = new List<string>();
        foreach (var plan in seed.Content.Plans)
        {
            var planUrl = $"/{language}/plans/{plan.Slug}/";
            foreach (var district in plan.DistrictPlans.Where(d => d.Str("area") == areaId))
            {
                var title = district.Text("title", language)!;
                districts.Add(title);
                Assert.True(links.Any(l => l.Href.StartsWith(planUrl, StringComparison.Ordinal) && l.Text.Contains(title)),
                    $"{language}/areas/{areaId}/ does not link to the district plan `{title}` of {plan.Slug}");
            }
            foreach (var action in plan.Actions.Where(a => a.Strings("areas").Contains(areaId)))
            {
                var title = action.Text("title", language)!;
                actions.Add(title);
                Assert.True(links.Any(l => l.Href.StartsWith(planUrl, StringComparison.Ordinal) && l.Text.Contains(title)),
                    $"{language}/areas/{areaId}/ does not link to the action `{title}` of {plan.Slug}");
            }
            if (Ancestry(areaId).Contains(plan.Data.Str("coverage")!))
                Assert.Contains(links, l => l.Href == planUrl);
        }
        return (districts, actions);
    }

    private IReadOnlyList<string> Ancestry(string areaId)
    {
        var result = new List<string>();
        for (var id = areaId; id is not null && !result.Contains(id);)
        {
            result.Add(id);
            id = seed.Content.Areas.FirstOrDefault(a => a.Id == id)?.Data.Str("parent");
        }
        return result;
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_plan_page_names_its_publisher_period_and_narrative(string language)
    {
        foreach (var plan in seed.Content.Plans)
        {
            var page = seed.Site.Page(plan.Page(language));
            var text = MainText(page);
            var publisher = seed.Content.Organisations.Single(o => o.Id == plan.Data.Str("publisher"));
            Assert.Contains(publisher.Data.Text("name", language)!, text);
            var period = (YamlMappingNode)plan.Data.Get("period")!;
            Assert.Contains(Conventions.FiscalYear(int.Parse(period.Str("start")!), language), text);
            Assert.Contains(Conventions.FiscalYear(int.Parse(period.Str("end")!), language), text);
            var body = language == "ja" ? plan.BodyJa : plan.BodyEn!;
            var firstParagraph = body.Split('\n').First(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith('-') && !l.StartsWith('*') && !l.StartsWith('[') && !l.StartsWith('［') && !l.StartsWith('※'));
            Assert.Contains(firstParagraph.Squash(), text);
        }
    }
}
