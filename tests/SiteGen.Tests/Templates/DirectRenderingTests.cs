using SiteGen.Config;
using SiteGen.Diagnostics;
using SiteGen.I18n;
using SiteGen.Pages;
using SiteGen.Pipeline;
using SiteGen.Templates;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Templates;

/// <summary>
/// Pages, layouts and partials are rendered straight into the output (TemplateRenderer.Direct) instead of
/// through RazorLight's renderer (a buffer of every string written, and per include an engine lookup, a
/// model inspection and a buffer of its own): every page of the repository's own content, which uses
/// every template and partial of the default theme, must come out byte for byte as RazorLight renders it.
/// </summary>
public sealed class DirectRenderingTests
{
    [Fact]
    public async Task Every_page_of_the_sample_content_renders_the_same_directly_as_through_razorlights_renderer()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(Path.Combine(Repository.Root, "site.config.json"), "site.config.json", diagnostics)!;
        var content = ContentStage.Run(Repository.Root, config, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        var site = new SiteContext(config, content, new SiteUrls(config.BaseUrl), UiStrings.LoadAll());

        using var temp = new TempFolder();
        var direct = new TemplateRenderer(new ThemeProject(null), temp.Sub("cache"));
        var reference = new TemplateRenderer(new ThemeProject(null), temp.Sub("cache")) { Direct = false };
        var templates = (await direct.Project.GetKnownKeysAsync())
            .Where(k => k.EndsWith(".cshtml", StringComparison.Ordinal) && k != "_ViewImports.cshtml").ToList();
        Assert.Empty(await direct.CompileAsync(templates));
        Assert.Empty(await reference.CompileAsync(templates));

        var compared = 0;
        // Fresh page models for each renderer: rendering records facts on the model (fallbacks, ids).
        var directPages = SitePlanner.Plan(site);
        var referencePages = SitePlanner.Plan(site);
        for (var i = 0; i < directPages.Count; i++)
        {
            var path = SitePlanner.OutputPath(directPages[i]);
            var expected = await reference.RenderAsync(referencePages[i]);
            var actual = await direct.RenderAsync(directPages[i]);
            Assert.True(expected == actual, $"{path} differs: first at {FirstDifference(expected, actual)}");
            compared++;
        }
        Assert.True(compared > 50, $"only {compared} pages compared");
        // The pages that include the most partials are among them.
        Assert.Contains(directPages, p => p is PlanPage);
        Assert.Contains(directPages, p => p is AreaPage);
    }

    private static string FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        return $"character {i}: «{a[Math.Max(0, i - 40)..Math.Min(a.Length, i + 40)]}» / «{b[Math.Max(0, i - 40)..Math.Min(b.Length, i + 40)]}»";
    }
}
