using SiteGen.Addressing;
using SiteGen.Config;
using SiteGen.Diagnostics;
using SiteGen.I18n;
using SiteGen.Pages;
using SiteGen.Pipeline;
using SiteGen.Templates;

namespace SiteGen.Tests.Support;

/// <summary>What the template tests share: the repository's content as a site, and a theme's template keys.</summary>
public static class TemplateSupport
{
    /// <summary>The repository's own content, loaded and validated (it uses every template of the default theme).</summary>
    public static SiteContext SampleSite() => Site(Repository.Root, Repository.Config);

    /// <summary>A site's content, loaded and validated as a build does before it renders.</summary>
    public static SiteContext Site(string root, string configPath)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(configPath, "site.config.json", diagnostics)!;
        var content = ContentStage.Run(root, config, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return new SiteContext(config, content, new SiteUrls(config.BaseUrl), UiStrings.LoadAll());
    }

    /// <summary>Every template the project knows (not _ViewImports.cshtml), in ordinal order.</summary>
    public static async Task<List<string>> TemplateKeys(ThemeProject project) =>
        (await project.GetKnownKeysAsync())
            .Where(k => k.EndsWith(".cshtml", StringComparison.Ordinal) && k != "_ViewImports.cshtml")
            .Order(StringComparer.Ordinal)
            .ToList();
}
