using SiteGen.Config;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pipeline;

/// <summary>
/// Speed never changes the output: a build on every core and a build one page at a time write the
/// same bytes, and an incremental rebuild in a `serve` session after any kind of content change
/// leaves exactly the folder a clean build of the changed content writes.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _root;

    public IncrementalBuildTests()
    {
        // The repository's own site (every seed plan, area and organisation), without search: Pagefind is tested elsewhere.
        _root = _temp.Sub("site");
        Files.CopyFolder(Repository.Content, Path.Combine(_root, "content"));
        File.WriteAllText(Path.Combine(_root, "site.config.json"), Repository.ConfigTextWithoutSearch("content"));
    }

    public void Dispose() => _temp.Dispose();

    private SiteConfig Config()
    {
        return SiteConfigLoader.Load(Path.Combine(_root, "site.config.json"), "site.config.json", new DiagnosticBag())!;
    }

    private BuildResult Build(string output, BuildOptions options)
    {
        var result = SiteBuilder.BuildAsync(_root, Config(), output, options).GetAwaiter().GetResult();
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        return result;
    }

    private void Edit(string relativePath, string from, string to)
    {
        var path = Path.Combine(_root, relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>Edits a file, rebuilds in the session and checks it equals a clean build; the pages it rendered.</summary>
    private IReadOnlySet<string> EditAndRebuild(BuildSession session, string served, string file, string from, string to)
    {
        Edit(file, from, to);
        session.Changed(_root, [file]);
        var rendered = Build(served, new BuildOptions(Session: session)).Files.Where(f => f.IsHtml).Select(f => f.Path).ToHashSet();
        var clean = _temp.Sub("clean-" + from.GetHashCode());
        Build(clean, new BuildOptions());
        Files.AssertIdentical(Files.Snapshot(clean), Files.Snapshot(served));
        return rendered;
    }

    [Fact]
    public void A_build_on_every_core_and_a_build_one_page_at_a_time_write_the_same_bytes()
    {
        var parallel = _temp.Sub("parallel");
        var serial = _temp.Sub("serial");
        Build(parallel, new BuildOptions(Parallel: true));
        Build(serial, new BuildOptions(Parallel: false));
        Files.AssertIdentical(Files.Snapshot(serial), Files.Snapshot(parallel));
    }

    [Fact]
    public void After_each_kind_of_change_an_incremental_rebuild_equals_a_clean_build()
    {
        var served = _temp.Sub("served");
        var session = new BuildSession();
        var first = Build(served, new BuildOptions(Session: session));

        (string File, string From, string To, string Why)[] changes =
        [
            ("content/plans/kashiwa-4th/index.md", "第4期 柏市地域健康福祉活動計画\"", "第4期 柏市地域健康福祉活動計画（改）\"", "a plan's title (home, areas, feed, open data)"),
            ("content/plans/kashiwa-4th/index.en.md", "Responding to consultations and supporting people towards solutions", "Responding to consultations and supporting people towards their own solutions", "an English narrative"),
            ("content/areas/kashiwa-chuo.md", "en: Kashiwa-Chuo district}", "en: Kashiwa Chuo district}", "an area's name (printed on plan pages)"),
            ("content/organisations/kashiwa-shakyo.md", "en: Kashiwa City Council of Social Welfare}", "en: Kashiwa City Social Welfare Council}", "an organisation (every plan it publishes)"),
            ("content/plans/kashiwa-4th-midterm/index.md", "evaluations: {2019: ◎, 2020: 〇}", "evaluations: {2019: ◎, 2020: ◎}", "a yearly evaluation mark"),
            ("content/plans/kashiwa-4th-midterm/index.md", "documentType: {ja: 中間見直し版, en: mid-term review edition}", "documentType: {ja: 中間見直し, en: mid-term review}",
                "a revision's document type (printed on the page of the plan it revises)"),
            ("content/plans/kashiwa-4th-midterm/index.md", "areas: [kashiwa-tanaka, kashiwa-nanbu, shintomi]", "areas: [kashiwa-tanaka, kashiwa-nanbu, shintomi, chiba]",
                "an action now in an area outside the plan's city (a page that never listed the plan must list it)"),
            ("content/plans/kashiwa-4th-midterm/index.md", "en: Promoting accessible consultation support", "en: Promoting nearby consultation support",
                "an action's English title (printed on the pages of the areas it is in)"),
            ("content/glossary.md", "term: {ja: ダブルケア, en: double care}", "term: {ja: ダブルケア, en: double-care}",
                "a site glossary term (the glossary pages, and the plans whose ※ marks link to it)"),
        ];
        var rendered = new List<IReadOnlySet<string>>();
        foreach (var (file, from, to, why) in changes)
        {
            Edit(file, from, to);
            session.Changed(_root, [file]);
            var incremental = Build(served, new BuildOptions(Session: session));
            rendered.Add(incremental.Files.Where(f => f.IsHtml).Select(f => f.Path).ToHashSet());

            var clean = _temp.Sub("clean-" + rendered.Count);
            Build(clean, new BuildOptions());
            try
            {
                Files.AssertIdentical(Files.Snapshot(clean), Files.Snapshot(served));
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"after changing {why} ({file}): {e.Message}");
            }
        }
        // Incremental for real: a plan's own change renders its pages and the lists, not other plans' pages.
        Assert.Contains("en/plans/kashiwa-4th/index.html", rendered[1]);
        // The home pages print a plan's title, not its narrative: after the first change, not the second; each prints
        // the title in its own language only. The glossary prints a plan's title only by its ※ terms, which kashiwa-4th has none of.
        Assert.Contains("ja/index.html", rendered[0]);
        Assert.DoesNotContain("en/index.html", rendered[0]);
        Assert.DoesNotContain("ja/glossary/index.html", rendered[0]);
        Assert.DoesNotContain("en/index.html", rendered[1]);
        Assert.DoesNotContain("ja/glossary/index.html", rendered[1]);
        // Pages that print no plan (search, the language door, 404, contact, the areas list) wait for a change of their own.
        Assert.All(rendered.Take(2), set => Assert.DoesNotContain("ja/search/index.html", set));
        // The root lists the plans' titles: it follows a title, not a narrative.
        Assert.Contains("index.html", rendered[0]);
        Assert.DoesNotContain("index.html", rendered[1]);
        Assert.All(rendered.Take(2), set => Assert.DoesNotContain("en/contact/index.html", set));
        Assert.All(rendered.Take(2), set => Assert.DoesNotContain("ja/areas/index.html", set));
        Assert.Contains("en/contact/index.html", rendered[3]);
        Assert.DoesNotContain("en/plans/chiba-7th/index.html", rendered[1]);
        // A site glossary term: the glossary pages and the plan pages (their ※ links), not the areas.
        Assert.Contains("en/glossary/index.html", rendered[^1]);
        Assert.Contains("en/plans/kashiwa-4th-midterm/index.html", rendered[^1]);
        Assert.DoesNotContain("en/areas/index.html", rendered[^1]);
        Assert.DoesNotContain("embed/en/plans.kakogawa-4th.html", rendered[1]);
        Assert.True(rendered[1].Count < first.Pages, $"{rendered[1].Count} of {first.Pages} pages rendered after an English narrative changed");
        // Area pages print a plan's title but not its narrative: rendered after the first change, not after the second.
        Assert.Contains("ja/areas/kashiwa-chuo/index.html", rendered[0]);
        Assert.Contains("embed/en/areas.kashiwa-chuo.html", rendered[0]);
        Assert.DoesNotContain("ja/areas/kashiwa-chuo/index.html", rendered[1]);
        Assert.DoesNotContain("embed/en/areas.kashiwa-chuo.html", rendered[1]);
        // An area's name is printed on the plans that name it: those are rendered, the others are not.
        Assert.Contains("ja/plans/kashiwa-4th/index.html", rendered[2]);
        Assert.DoesNotContain("ja/plans/chiba-7th/index.html", rendered[2]);
        // A plan's change looks at the area pages it reaches, old version and new: Chiba's page now lists the Kashiwa action.
        Assert.Contains("ja/areas/chiba/index.html", rendered[6]);
        Assert.DoesNotContain("ja/areas/chiba/index.html", rendered[5]);
        Assert.DoesNotContain("ja/areas/kakogawa/index.html", rendered[6]);
        // An action's title is printed on its areas' pages (and their embed views), not on other areas' pages.
        Assert.Contains("en/areas/kashiwa-tanaka/index.html", rendered[7]);
        Assert.Contains("embed/en/areas.kashiwa-tanaka.html", rendered[7]);
        Assert.DoesNotContain("en/areas/kakogawa/index.html", rendered[7]);
        // A revision's change reaches the page of the plan it revises, and no other plan's page.
        Assert.Contains("ja/plans/kashiwa-4th/index.html", rendered[5]);
        Assert.DoesNotContain("ja/plans/chiba-7th/index.html", rendered[5]);
        Assert.Empty(Directory.GetFiles(served, "*.sitegen-tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_plan_field_a_home_card_prints_renders_the_home_pages_again_and_one_it_does_not_leaves_them()
    {
        var served = _temp.Sub("served");
        var session = new BuildSession();
        Build(served, new BuildOptions(Session: session));
        IReadOnlySet<string> EditAndBuild(string from, string to, string file = "content/plans/kashiwa-4th/index.md") =>
            EditAndRebuild(session, served, file, from, to);

        // The vision statement is on the plan's card (in the page's language); its description only on the plan's page.
        var statement = EditAndBuild("en: \"Realising an inclusive community society:", "en: \"Realising a community society for all:");
        Assert.Contains("en/index.html", statement);
        Assert.Contains("Realising a community society for all:", File.ReadAllText(Path.Combine(served, "en/index.html")));
        var description = EditAndBuild("en: \"Taking account of national developments", "en: \"Taking into account national developments");
        Assert.Contains("en/plans/kashiwa-4th/index.html", description);
        Assert.DoesNotContain("en/index.html", description);
        Assert.DoesNotContain("ja/index.html", description);
        // The glossary prints the title of a plan with ※ terms of its own, next to each of them.
        var glossed = EditAndBuild("  en: 4th Term Kashiwa City Community Health and Welfare Activity Plan\n", "  en: 4th Term Kashiwa City Health and Welfare Activity Plan\n",
            "content/plans/kashiwa-4th-midterm/index.md");
        Assert.Contains("en/glossary/index.html", glossed);
        Assert.Contains("4th Term Kashiwa City Health and Welfare Activity Plan", File.ReadAllText(Path.Combine(served, "en/glossary/index.html")));
    }

    [Fact]
    public void An_organisation_field_the_contact_page_prints_renders_it_again_and_one_it_does_not_leaves_it()
    {
        var served = _temp.Sub("served");
        var session = new BuildSession();
        Build(served, new BuildOptions(Session: session));
        IReadOnlySet<string> EditAndBuild(string from, string to) =>
            EditAndRebuild(session, served, "content/organisations/kakogawa-shakyo.md", from, to);

        // The page receives each organisation's name and contact details (ContactBlock), compared by value.
        var phone = EditAndBuild("phone: 079-424-4318", "phone: 079-424-4319");
        Assert.Contains("ja/contact/index.html", phone);
        Assert.Contains("en/contact/index.html", phone);
        var shortName = EditAndBuild("en: Kakogawa council}", "en: Kakogawa Council}");
        Assert.DoesNotContain("ja/contact/index.html", shortName);
        Assert.DoesNotContain("en/contact/index.html", shortName);
    }

    [Fact]
    public void A_site_whose_theme_has_templates_of_its_own_is_rebuilt_whole_in_a_session()
    {
        // Its templates may print what a page's members reach beyond what the page lists (here an area the plan
        // does not name), so what the built-in pages declare they depend on does not hold.
        var theme = Path.Combine(_root, "theme");
        Directory.CreateDirectory(theme);
        var plan = File.ReadAllText(Path.Combine(Repository.Root, "themes/default/Plan.cshtml"));
        Assert.Equal(2, plan.Split("</h1>").Length);
        File.WriteAllText(Path.Combine(theme, "Plan.cshtml"), plan.Replace("</h1>",
            "</h1><p class=\"own\">@Model.Area(\"kakogawa\")?.Description?.Exact(\"en\")?.Length</p>", StringComparison.Ordinal));
        var config = Config() with { Theme = "theme" };
        BuildResult BuildThemed(string output, BuildOptions options)
        {
            var result = SiteBuilder.BuildAsync(_root, config, output, options).GetAwaiter().GetResult();
            Assert.True(result.Written, string.Join("\n", result.Diagnostics));
            return result;
        }

        var served = _temp.Sub("served");
        var session = new BuildSession();
        var first = BuildThemed(served, new BuildOptions(Session: session));
        Edit("content/areas/kakogawa.en.md", "25 council branches", "twenty-five council branches");
        session.Changed(_root, ["content/areas/kakogawa.en.md"]);
        var again = BuildThemed(served, new BuildOptions(Session: session));

        Assert.Equal(first.Pages, again.Pages);
        var clean = _temp.Sub("clean");
        BuildThemed(clean, new BuildOptions());
        Files.AssertIdentical(Files.Snapshot(clean), Files.Snapshot(served));
    }

    [Fact]
    public async Task A_content_error_in_a_session_leaves_the_site_as_it_was_and_the_fix_rebuilds_it()
    {
        var served = _temp.Sub("served");
        var session = new BuildSession();
        Build(served, new BuildOptions(Session: session));
        var before = Files.Snapshot(served);

        Edit("content/plans/kashiwa-4th/index.md", "period: {start: 2019, end: 2024}", "period: {start: 2019, end: twenty}");
        session.Changed(_root, ["content/plans/kashiwa-4th/index.md"]);
        var broken = await SiteBuilder.BuildAsync(_root, Config(), served, new BuildOptions(Session: session));
        Assert.False(broken.Written);
        Assert.Contains(broken.Diagnostics, d => d.Severity == Severity.Error && d.Location.File == "content/plans/kashiwa-4th/index.md");
        Files.AssertIdentical(before, Files.Snapshot(served));

        Edit("content/plans/kashiwa-4th/index.md", "period: {start: 2019, end: twenty}", "period: {start: 2019, end: 2024}");
        session.Changed(_root, ["content/plans/kashiwa-4th/index.md"]);
        Build(served, new BuildOptions(Session: session));
        Files.AssertIdentical(before, Files.Snapshot(served));
    }
}
