using SiteGen.Pages;
using SiteGen.Pipeline;
using SiteGen.Templates;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Templates;

/// <summary>
/// The built-in theme is compiled into the program at build time (SiteGen.ThemeCompiler, BuiltInTemplates).
/// Its classes must print exactly what a run-time compile of the same templates prints, be used only for the
/// templates a theme leaves as they are, and never hide a theme's own template.
/// </summary>
public sealed class BuiltInThemeTests
{
    [Fact]
    public async Task Every_template_of_the_built_in_theme_is_compiled_into_the_program()
    {
        var project = new ThemeProject(null);
        var templates = await TemplateSupport.TemplateKeys(project);

        Assert.Equal(templates, BuiltInTemplates.Keys.Order(StringComparer.Ordinal));
        Assert.True(templates.Count > 20, $"only {templates.Count} templates");
    }

    [Fact]
    public async Task The_compiled_in_templates_print_every_sample_page_as_the_templates_compiled_at_run_time()
    {
        var site = TemplateSupport.SampleSite();
        using var temp = new TempFolder();
        var project = new ThemeProject(null);
        var templates = await TemplateSupport.TemplateKeys(project);
        var builtIn = new TemplateRenderer(project, temp.Sub("cache"));
        var compiled = new TemplateRenderer(new ThemeProject(null), cacheFolder: null, builtIn: false);
        Assert.Empty(await builtIn.CompileAsync(templates));
        Assert.Empty(await compiled.CompileAsync(templates));

        // Nothing went through Roslyn or the disk on the built-in path; everything did on the other.
        Assert.Equal(templates.Count, builtIn.CacheStats.BuiltIn);
        Assert.Equal(0, builtIn.CacheStats.Compiled);
        Assert.Equal(0, builtIn.CacheStats.LoadedFromDisk);
        Assert.False(Directory.Exists(temp.Sub("cache")) && Directory.EnumerateFiles(temp.Sub("cache")).Any());
        Assert.Equal(templates.Count, compiled.CacheStats.Compiled);
        Assert.Equal(0, compiled.CacheStats.BuiltIn);

        // Fresh page models for each renderer: rendering records facts on the model (fallbacks, ids).
        var builtInPages = SitePlanner.Plan(site);
        var compiledPages = SitePlanner.Plan(site);
        Assert.True(builtInPages.Count > 50, $"only {builtInPages.Count} pages");
        for (var i = 0; i < builtInPages.Count; i++)
        {
            var expected = await compiled.RenderAsync(compiledPages[i]);
            var actual = await builtIn.RenderAsync(builtInPages[i]);
            Assert.True(expected == actual, $"{builtInPages[i].OutputPath} differs from the run-time compile");
        }
        Assert.Contains(builtInPages, p => p is PlanPage);
    }

    [Fact]
    public async Task A_theme_that_overrides_a_partial_gets_it_compiled_and_keeps_the_other_templates_built_in()
    {
        using var temp = new TempFolder();
        var theme = temp.Sub("theme");
        Directory.CreateDirectory(theme);
        var builtInMark = new ThemeProject(null).Read("_Mark.cshtml")!;
        File.WriteAllText(Path.Combine(theme, "_Mark.cshtml"), builtInMark.Replace("class=\"mark\"", "class=\"mark mark--custom\"", StringComparison.Ordinal));

        var site = TemplateSupport.SampleSite();
        var renderer = new TemplateRenderer(new ThemeProject(theme), temp.Sub("cache"));
        var page = SitePlanner.Plan(site).OfType<PlanPage>().First(p => p.Plan.Actions.Any(a => a.Evaluations.Count > 0));
        var html = await renderer.RenderAsync(page);

        Assert.Contains("class=\"mark mark--custom\"", html, StringComparison.Ordinal);
        Assert.Equal(1, renderer.CacheStats.Compiled); // the theme's _Mark.cshtml
        Assert.True(renderer.CacheStats.BuiltIn >= 3, $"built in: {renderer.CacheStats.BuiltIn}"); // Plan, _Layout, _Action at least
    }

    [Fact]
    public async Task A_theme_folder_holding_an_unchanged_copy_of_a_template_uses_the_compiled_in_class()
    {
        using var temp = new TempFolder();
        var theme = temp.Sub("theme");
        Directory.CreateDirectory(theme);
        File.WriteAllText(Path.Combine(theme, "About.cshtml"), new ThemeProject(null).Read("About.cshtml")!);

        var renderer = new TemplateRenderer(new ThemeProject(theme), temp.Sub("cache"));
        Assert.Empty(await renderer.CompileAsync(["About.cshtml", "_Layout.cshtml"]));

        Assert.Equal(0, renderer.CacheStats.Compiled);
        Assert.Equal(2, renderer.CacheStats.BuiltIn);
    }

    [Fact]
    public async Task A_theme_with_its_own_imports_gets_every_template_compiled()
    {
        // _ViewImports.cshtml is part of every template's code: with other imports no built-in class is the same template.
        using var temp = new TempFolder();
        var theme = temp.Sub("theme");
        Directory.CreateDirectory(theme);
        File.WriteAllText(Path.Combine(theme, "_ViewImports.cshtml"), new ThemeProject(null).Read("_ViewImports.cshtml") + "@using System.Text\n");

        var renderer = new TemplateRenderer(new ThemeProject(theme), temp.Sub("cache"));
        Assert.Empty(await renderer.CompileAsync(["About.cshtml", "_Layout.cshtml"]));

        Assert.Equal(2, renderer.CacheStats.Compiled);
        Assert.Equal(0, renderer.CacheStats.BuiltIn);
    }

    [Fact]
    public void A_fingerprint_changes_with_the_key_the_imports_and_the_text()
    {
        var fingerprint = TemplateFingerprint.Of("Plan.cshtml", "@using A\n", "<p>x</p>");
        Assert.Equal(fingerprint, TemplateFingerprint.Of("Plan.cshtml", "@using A\n", "<p>x</p>"));
        Assert.NotEqual(fingerprint, TemplateFingerprint.Of("Area.cshtml", "@using A\n", "<p>x</p>"));
        Assert.NotEqual(fingerprint, TemplateFingerprint.Of("Plan.cshtml", "@using B\n", "<p>x</p>"));
        Assert.NotEqual(fingerprint, TemplateFingerprint.Of("Plan.cshtml", "@using A\n", "<p>y</p>"));
        // Parts that join into the same characters are still different inputs.
        Assert.NotEqual(TemplateFingerprint.Of("a", "b\nc", "d"), TemplateFingerprint.Of("a", "b", "c\nd"));
    }
}
