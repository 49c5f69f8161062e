using SiteGen.Tests.Support;

namespace SiteGen.Tests.Templates;

/// <summary>A site whose theme folder overrides About.cshtml only.</summary>
public sealed class ThemedSite : IDisposable
{
    public const string AboutTemplate = """
        @inherits SiteGen.Templates.ThemePage<AboutPage>
        @{ Layout = "_Layout.cshtml"; }
        <h1>@Model.Ui.AboutHeading</h1>
        <p id="custom-about">カスタムテーマ (@Model.Lang)</p>
        <h2 id="open-data">Open data</h2>

        """;

    /// <summary>A file the default theme does not have: published because it is in assets/, named nowhere else.</summary>
    public const string PrintCss = "@media print { .embed-panel { display: none; } }\n";

    public ThemedSite()
    {
        Source = TestSite.WithOnePlan();
        Source.Write("site.config.json", """{ "title": { "ja": "テストサイト", "en": "Test site" }, "theme": "mytheme" }""");
        Source.Write("mytheme/About.cshtml", AboutTemplate);
        Source.Write("mytheme/assets/print.css", PrintCss);
        Result = Source.Build();
        Site = new BuiltSite(Source.OutputPath);
    }

    public TestSite Source { get; }
    public CliResult Result { get; }
    public BuiltSite Site { get; }

    public void Dispose() => Source.Dispose();
}

public class ThemeTests(ThemedSite themed) : IClassFixture<ThemedSite>
{
    private static readonly SiteGen.I18n.UiStrings English = SiteGen.I18n.UiStrings.LoadAll()[SiteGen.I18n.SiteLanguages.Default["en"]];

    [Fact]
    public void A_theme_template_overrides_the_built_in_one()
    {
        Assert.True(themed.Result.ExitCode == 0, themed.Result.ToString());
        foreach (var language in new[] { "ja", "en" })
        {
            var page = themed.Site.Page($"{language}/about/index.html");
            Assert.Equal($"カスタムテーマ ({language})", page.GetElementById("custom-about")?.SquashedText());
        }
        Assert.DoesNotContain(English.AboutBody, themed.Site.Page("en/about/index.html").Body!.TextContent);
    }

    [Fact]
    public void The_overriding_template_still_uses_the_built_in_layout()
    {
        var page = themed.Site.Page("en/about/index.html");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector("main"));
        Assert.Contains(page.QuerySelectorAll("a[hreflang=ja]"), a => a.GetAttribute("href") == "/ja/about/");
    }

    [Fact]
    public void Pages_the_theme_does_not_override_render_with_the_built_in_theme()
    {
        var plan = themed.Site.Page("en/plans/p/index.html");
        Assert.Equal("Test plan", plan.QuerySelector("h1")!.SquashedText());
        Assert.Null(plan.GetElementById("custom-about"));
        var home = themed.Site.Page("en/index.html");
        Assert.Equal(English.HomeHeading, home.QuerySelector("h1")!.SquashedText());
        Assert.Contains(home.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/en/plans/p/");
        Assert.True(themed.Site.Exists("assets/site.css"));
    }

    [Fact]
    public void The_theme_s_assets_folder_is_published_whole_byte_for_byte()
    {
        Assert.Equal(ThemedSite.PrintCss, themed.Site.Text("assets/print.css"));
        var defaultTheme = Path.Combine(Repository.Root, "themes", "default", "assets");
        foreach (var file in Directory.GetFiles(defaultTheme).Where(f => Path.GetFileName(f) != "embed.js"))
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(themed.Site.Folder, "assets", Path.GetFileName(file)))),
                $"assets/{Path.GetFileName(file)} is not the theme's file");
        // embed.js is the source of /embed.js (with the messages filled in), not an asset of its own.
        Assert.False(themed.Site.Exists("assets/embed.js"));
        Assert.True(themed.Site.Exists("embed.js"));
    }

    [Fact]
    public void Every_page_names_the_site_icon()
    {
        foreach (var page in themed.Site.HtmlFiles.Where(f => !f.StartsWith("embed/", StringComparison.Ordinal)))
            Assert.Equal("/assets/favicon.svg", themed.Site.Page(page).QuerySelector("link[rel=icon]")?.GetAttribute("href"));
    }

    [Fact]
    public void A_theme_folder_that_does_not_exist_is_an_error_naming_it()
    {
        using var site = TestSite.WithOnePlan();
        site.Write("site.config.json", """{ "title": { "ja": "テストサイト", "en": "Test site" }, "theme": "nothemehere" }""");
        Files.CreatePreviousOutput(site.OutputPath);
        var before = Files.Snapshot(site.OutputPath);

        var result = site.Build();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Errors, e => System.Text.RegularExpressions.Regex.IsMatch(e, @"^site\.config\.json:\d+:\d+: theme: .*nothemehere.* \(hint: .+\)$"));
        Files.AssertIdentical(before, Files.Snapshot(site.OutputPath));
    }

    [Fact]
    public void A_theme_template_that_does_not_compile_fails_the_build_naming_it_and_keeps_the_previous_site()
    {
        using var site = TestSite.WithOnePlan();
        site.Write("site.config.json", """{ "title": { "ja": "テストサイト", "en": "Test site" }, "theme": "mytheme" }""");
        site.Write("mytheme/About.cshtml", ThemedSite.AboutTemplate.Replace("@Model.Lang", "@Model.NoSuchProperty", StringComparison.Ordinal));
        Files.CreatePreviousOutput(site.OutputPath);
        var before = Files.Snapshot(site.OutputPath);

        var result = site.Build();

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Errors);
        Assert.Matches(@"^About\.cshtml:1:1: template: the theme template does not compile: .*NoSuchProperty.* \(hint: .+\)$", error);
        Files.AssertIdentical(before, Files.Snapshot(site.OutputPath));
    }

    [Fact]
    public void A_broken_template_of_a_page_the_site_does_not_have_does_not_stop_the_build()
    {
        // Search.cshtml renders only on a site with `search`: the templates are all compiled while the
        // content loads, but a page template is only reported when a page uses it.
        using var site = TestSite.WithOnePlan();
        site.Write("site.config.json", """{ "title": { "ja": "テストサイト", "en": "Test site" }, "theme": "mytheme" }""");
        site.Write("mytheme/Search.cshtml", "@inherits SiteGen.Templates.ThemePage<SearchPage>\n<p>@Model.NoSuchProperty</p>\n");

        var result = site.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(new BuiltSite(site.OutputPath).Exists("en/search/index.html"));
    }
}
