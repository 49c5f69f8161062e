using System.Text.RegularExpressions;
using AngleSharp.Dom;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Templates;

/// <summary>What every page of a built site must have: languages, alternates, structure, readable Japanese.</summary>
[Collection(BuiltSitesCollection.Name)]
public class RenderingTests(SeedSite seed, FeatureSite feature)
{
    private BuiltSite Site => seed.Site;

    public static TheoryData<string> Languages => new() { "ja", "en" };

    [Fact]
    public void The_seed_site_and_the_feature_site_build()
    {
        Assert.True(seed.Result.ExitCode == 0, seed.Result.ToString());
        Assert.Empty(seed.Result.Errors);
        Assert.True(feature.Result.ExitCode == 0, feature.Result.ToString());
        Assert.Empty(feature.Result.Errors);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_home_page_lists_every_plan_under_its_organisation(string language)
    {
        var home = Site.Page($"{language}/index.html");
        var linked = new List<string>();
        foreach (var organisation in seed.Content.Organisations)
        {
            var expected = seed.Content.Plans.Where(p => p.Data.Str("publisher") == organisation.Id).Select(p => p.Slug).Order().ToList();
            if (expected.Count == 0) continue;
            var name = organisation.Data.Text("name", language)!;
            var heading = Assert.Single(home.QuerySelectorAll("h2"), h => h.SquashedText() == name);
            var section = heading.Closest("section") ?? heading.ParentElement!;
            var slugs = PlanLinks(section, language);
            Assert.Equal(expected, slugs.Distinct().Order().ToList());
            linked.AddRange(slugs.Distinct());
        }
        Assert.Equal(seed.Content.Plans.Select(p => p.Slug).Order().ToList(), linked.Order().ToList());
    }

    [Fact]
    public void The_home_page_of_the_feature_site_groups_plans_by_publisher()
    {
        var home = feature.Site.Page("en/index.html");
        var first = Assert.Single(home.QuerySelectorAll("h2"), h => h.SquashedText() == "Test City Council of Social Welfare");
        var second = Assert.Single(home.QuerySelectorAll("h2"), h => h.SquashedText() == "Second City Council of Social Welfare");
        Assert.Equal(["alpha", "beta"], PlanLinks(first.Closest("section")!, "en").Distinct().Order());
        Assert.Equal(["gamma"], PlanLinks(second.Closest("section")!, "en").Distinct());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_plan_page_has_its_language_canonical_and_hreflang_alternates(string language)
    {
        foreach (var plan in seed.Content.Plans)
        {
            var page = Site.Page(plan.Page(language));
            Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
            Assert.Equal($"/{language}/plans/{plan.Slug}/", Single(page, "link[rel=canonical]").GetAttribute("href"));
            Assert.Equal($"/ja/plans/{plan.Slug}/", Single(page, "link[rel=alternate][hreflang=ja]").GetAttribute("href"));
            Assert.Equal($"/en/plans/{plan.Slug}/", Single(page, "link[rel=alternate][hreflang=en]").GetAttribute("href"));
            Assert.Equal($"/ja/plans/{plan.Slug}/", Single(page, "link[rel=alternate][hreflang=x-default]").GetAttribute("href"));
        }
    }

    [Fact]
    public void Every_page_in_a_language_links_to_the_same_page_in_the_other_language()
    {
        foreach (var built in new[] { Site, feature.Site })
        {
            var pages = built.HtmlFiles.Where(f => f.StartsWith("ja/", StringComparison.Ordinal) || f.StartsWith("en/", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(pages);
            foreach (var file in pages)
            {
                var language = file[..2];
                var other = language == "ja" ? "en" : "ja";
                var path = file[3..^"index.html".Length];
                Assert.True(built.Exists($"{other}/{path}index.html"), $"{file} has no {other} counterpart");
                var document = built.Page(file);
                Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));
                var switches = document.QuerySelectorAll($"body a[hreflang={other}]").Where(a => a.GetAttribute("href") == $"/{other}/{path}").ToList();
                Assert.True(switches.Count > 0, $"{file} has no link to /{other}/{path}");
                Assert.All(switches, a => Assert.Equal(other, a.LanguageOf()));
            }
        }
    }

    [Fact]
    public void The_area_list_names_an_area_s_kind_only_where_its_name_does_not()
    {
        // Tanaka district (District) reads as a mistake; Southern Kashiwa (Community area) says what the name does not.
        string? Kind(string language, string area) =>
            Site.Page($"{language}/areas/index.html").QuerySelector($"a[href='/{language}/areas/{area}/']")!.ParentElement!
                .Children.FirstOrDefault(e => e.ClassList.Contains("area-layer"))?.SquashedText();
        Assert.Null(Kind("en", "kashiwa-tanaka"));
        Assert.Null(Kind("ja", "kashiwa-tanaka"));
        Assert.Null(Kind("en", "chiba"));
        Assert.Equal("(community area)", Kind("en", "kashiwa-nanbu")!.ToLowerInvariant());
        Assert.Equal("（コミュニティエリア）", Kind("ja", "kashiwa-nanbu"));
        // 千葉市全域 does not say 全市 in so many words: the kind stays, right after the name.
        Assert.Equal("（全市）", Kind("ja", "chiba"));
    }

    [Fact]
    public void Area_glossary_about_404_and_root_pages_exist()
    {
        foreach (var language in new[] { "ja", "en" })
        {
            Assert.True(Site.Exists($"{language}/index.html"));
            Assert.True(Site.Exists($"{language}/areas/index.html"));
            Assert.True(Site.Exists($"{language}/glossary/index.html"));
            Assert.True(Site.Exists($"{language}/about/index.html"));
            foreach (var area in seed.Content.Areas)
            {
                Assert.True(Site.Exists($"{language}/areas/{area.Id}/index.html"), $"no page for area {area.Id} in {language}");
                var index = Site.Page($"{language}/areas/index.html");
                Assert.Contains(index.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == $"/{language}/areas/{area.Id}/");
            }
        }
        var root = Site.Page("index.html");
        var rootLinks = root.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/ja/", rootLinks);
        Assert.Contains("/en/", rootLinks);

        var notFound = Site.Page("404.html");
        var notFoundLinks = notFound.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/ja/", notFoundLinks);
        Assert.Contains("/en/", notFoundLinks);
        Assert.Contains(notFound.QuerySelectorAll("[lang=en]"), e => e.SquashedText().Length > 0);
    }

    [Fact]
    public void Every_page_has_one_h1_a_main_landmark_and_a_title()
    {
        foreach (var built in new[] { Site, feature.Site })
        {
            foreach (var file in built.HtmlFiles)
            {
                var page = built.Page(file);
                Assert.True(page.QuerySelectorAll("h1").Length == 1, $"{file} has {page.QuerySelectorAll("h1").Length} h1 elements");
                Assert.True(page.QuerySelectorAll("main").Length == 1, $"{file} has no single main element");
                Assert.False(string.IsNullOrWhiteSpace(page.Title), $"{file} has no title");
                Assert.Contains(page.DocumentElement.GetAttribute("lang"), new[] { "ja", "en" });
            }
        }
    }

    [Fact]
    public void Japanese_is_written_as_text_not_as_character_references()
    {
        foreach (var built in new[] { Site, feature.Site })
        {
            foreach (var file in built.HtmlFiles)
            {
                var raw = built.Text(file);
                var references = Regex.Matches(raw, @"&#(x[0-9A-Fa-f]+|[0-9]+);")
                    .Select(m => m.Groups[1].Value)
                    .Select(v => v[0] == 'x' ? Convert.ToInt32(v[1..], 16) : int.Parse(v))
                    .Where(code => code > 0x7F)
                    .ToList();
                Assert.True(references.Count == 0, $"{file} writes {references.Count} non-ASCII characters as &#…; references, e.g. U+{references.FirstOrDefault():X4}");
            }
        }
        foreach (var plan in seed.Content.Plans)
            Assert.Contains(plan.Data.Text("title", "ja")!, Site.Text(plan.Page("ja")));
    }

    [Fact]
    public void Japanese_headings_in_the_narrative_get_ids_that_keep_the_Japanese()
    {
        var page = Site.Page("ja/plans/chiba-7th/index.html");
        var heading = Assert.Single(page.QuerySelectorAll("h1,h2,h3,h4,h5,h6"), h => h.SquashedText() == "計画の推進と評価");
        Assert.Contains("計画の推進と評価", heading.Id);

        foreach (var plan in seed.Content.Plans)
        {
            var document = Site.Page(plan.Page("ja"));
            foreach (Match m in Regex.Matches(plan.BodyJa, @"^#{1,6}[ \t]+(.+?)[ \t]*$", RegexOptions.Multiline))
            {
                var text = m.Groups[1].Value.Squash();
                var element = document.QuerySelectorAll("h2,h3,h4,h5,h6").FirstOrDefault(h => h.SquashedText() == text);
                Assert.True(element is not null, $"{plan.Slug}: the heading `{text}` is not on the page");
                Assert.False(string.IsNullOrEmpty(element.Id), $"{plan.Slug}: the heading `{text}` has no id");
                foreach (var run in Conventions.JapaneseRuns(text))
                    Assert.True(element.Id!.Contains(run, StringComparison.Ordinal), $"{plan.Slug}: the id `{element.Id}` of `{text}` lost `{run}`");
            }
        }
    }

    [Fact]
    public void Repeated_headings_get_distinct_ids_and_every_id_on_every_page_is_unique()
    {
        var alpha = feature.Site.Page("ja/plans/alpha/index.html");
        var repeated = alpha.QuerySelectorAll("h2,h3,h4").Where(h => h.SquashedText() == "計画の推進と評価").ToList();
        Assert.Equal(2, repeated.Count);
        Assert.NotEqual(repeated[0].Id, repeated[1].Id);
        Assert.All(repeated, h => Assert.Contains("計画の推進と評価", h.Id));
        var mixed = Assert.Single(alpha.QuerySelectorAll("h2,h3,h4,h5"), h => h.SquashedText() == "Plan の 概要!");
        Assert.Contains("plan-の-概要", mixed.Id);

        foreach (var built in new[] { Site, feature.Site })
        {
            foreach (var file in built.HtmlFiles)
            {
                var duplicates = built.Page(file).QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
                Assert.True(duplicates.Count == 0, $"{file} repeats the ids {string.Join(", ", duplicates)}");
            }
        }
    }

    [Fact]
    public void A_narrative_link_to_a_japanese_heading_reaches_it()
    {
        var alpha = feature.Site.Page("ja/plans/alpha/index.html");
        var link = Assert.Single(alpha.QuerySelectorAll("a"), a => a.SquashedText() == "この節へ");
        var href = Uri.UnescapeDataString(link.GetAttribute("href")!);
        Assert.StartsWith("#", href);
        Assert.NotNull(alpha.GetElementById(href[1..]));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Data_tables_render_with_their_caption_and_scoped_headers(string language)
    {
        var tables = 0;
        foreach (var plan in seed.Content.Plans)
        {
            var page = Site.Page(plan.Page(language));
            foreach (var table in plan.Tables)
            {
                tables++;
                var caption = table.Text("caption", language)!;
                var element = Assert.Single(page.QuerySelectorAll("table"), t => t.QuerySelector("caption")?.SquashedText().StartsWith(caption, StringComparison.Ordinal) == true);
                var columns = table.Get("columns") as YamlDotNet.RepresentationModel.YamlSequenceNode;
                var headers = element.QuerySelectorAll("thead th").ToList();
                Assert.All(headers, th => Assert.Equal("col", th.GetAttribute("scope")));
                Assert.Equal(table.Text("rowHeader", language), headers[0].SquashedText());
                var expectedColumns = columns!.Children.Select(c => c is YamlDotNet.RepresentationModel.YamlScalarNode s ? s.Value! : c.Text(language)!).ToList();
                Assert.Equal(expectedColumns, headers.Skip(1).Select(h => h.SquashedText()).ToList());

                var rows = table.Items("rows");
                var bodyRows = element.QuerySelectorAll("tbody tr").ToList();
                Assert.Equal(rows.Count, bodyRows.Count);
                for (var i = 0; i < rows.Count; i++)
                {
                    var rowHeader = Assert.Single(bodyRows[i].QuerySelectorAll("th[scope=row]"));
                    Assert.Equal(rows[i].Text("header", language), rowHeader.SquashedText());
                    var cells = ((YamlDotNet.RepresentationModel.YamlSequenceNode)rows[i].Get("cells")!).Children
                        .Select(c => c is YamlDotNet.RepresentationModel.YamlScalarNode s
                            ? (Conventions.IsNumber(s.Value) ? Conventions.Number(s.Value!) : s.Value is null or "~" or "" ? "" : s.Value)
                            : c.Text(language)!)
                        .ToList();
                    Assert.Equal(cells, bodyRows[i].QuerySelectorAll("td").Select(td => td.SquashedText()).ToList());
                }
                var groups = rows.Select(r => r.Text("group", language)).ToList();
                var groupRuns = groups.Where((g, i) => g is not null && (i == 0 || groups[i - 1] != g)).Count();
                Assert.Equal(groupRuns, element.QuerySelectorAll("th[scope=rowgroup]").Length);
            }
        }
        Assert.True(tables > 0, "the seed content has no tables to check");
    }

    [Fact]
    public void Every_table_on_a_plan_page_has_a_caption_and_every_header_cell_a_scope()
    {
        foreach (var plan in seed.Content.Plans)
        {
            foreach (var language in new[] { "ja", "en" })
            {
                var page = Site.Page(plan.Page(language));
                foreach (var table in page.QuerySelectorAll("table"))
                {
                    Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent), $"{plan.Page(language)}: a table has no caption");
                    Assert.All(table.QuerySelectorAll("th"), th => Assert.Contains(th.GetAttribute("scope"), new[] { "col", "row", "rowgroup", "colgroup" }));
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_evaluation_legend_has_a_meaning_column_only_when_the_plan_defines_its_marks(string language)
    {
        // The seed plans define their marks in the content: each row holds the definition, read from the file.
        var defined = 0;
        foreach (var plan in seed.Content.Plans.Where(p => p.Marks.Count > 0 && p.Marks.All(m => m.Get("definition") is not null)))
        {
            var legend = Single(Site.Page(plan.Page(language)), "table.legend-table");
            Assert.Equal(2, legend.QuerySelectorAll("thead th").Length);
            var rows = legend.QuerySelectorAll("tbody tr").ToList();
            Assert.Equal(plan.Marks.Select(m => m.Text("definition", language)), rows.Select(r => Assert.Single(r.QuerySelectorAll("td")).SquashedText()));
            defined++;
        }
        Assert.True(defined > 0, "no seed plan defines its evaluation marks");

        // Alpha's marks have labels only: no header for meanings and no empty cells a screen reader would read as blanks.
        var alpha = Single(feature.Site.Page($"{language}/plans/alpha/index.html"), "table.legend-table");
        Assert.Single(alpha.QuerySelectorAll("thead th"));
        Assert.Empty(alpha.QuerySelectorAll("td"));
        Assert.Equal(2, alpha.QuerySelectorAll("tbody th[scope=row]").Length);
    }

    private static IElement Single(AngleSharp.Html.Dom.IHtmlDocument page, string selector) => Assert.Single(page.QuerySelectorAll(selector));

    private static List<string> PlanLinks(IElement container, string language) =>
        container.QuerySelectorAll("a[href]")
            .Select(a => Regex.Match(a.GetAttribute("href")!, $"^/{language}/plans/([a-z0-9-]+)/$"))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToList();
}
