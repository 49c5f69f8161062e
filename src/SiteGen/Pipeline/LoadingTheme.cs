using SiteGen.Caching;
using SiteGen.Config;
using SiteGen.Diagnostics;
using SiteGen.Templates;

namespace SiteGen.Pipeline;

/// <summary>
/// The theme's templates, loaded from the template cache (or compiled) while the content loads: neither
/// needs the other. Every template of the theme is compiled; only those the pages use are reported.
/// </summary>
internal sealed record LoadingTheme(TemplateRenderer Renderer, Task<IReadOnlyList<(string Template, string Error)>> Compiling)
{
    public ThemeProject Project => Renderer.Project;

    /// <summary>Starts compiling; null (reported by <see cref="Missing"/>) when the configured theme folder does not exist.</summary>
    public static async Task<LoadingTheme?> StartAsync(string siteRoot, SiteConfig config, Caches caches)
    {
        var folder = config.Theme is null ? null : Path.Combine(siteRoot, config.Theme);
        if (folder is not null && !Directory.Exists(folder)) return null;
        var renderer = TemplateRendererCache.For(folder, caches);
        return new LoadingTheme(renderer, renderer.CompileAsync(ThemeTemplates(await renderer.Project.GetKnownKeysAsync())));
    }

    public static void Missing(SiteConfig config, DiagnosticBag diagnostics) =>
        diagnostics.Error(SourceLocation.StartOf("site.config.json"), "theme", $"the theme folder {config.Theme} does not exist",
            "create it, or remove `theme` to use the built-in default theme");

    public static bool IsPartial(string template) => template.StartsWith('_');

    /// <summary>Every template of the theme: its pages and the partials (`_*.cshtml`) they may include.</summary>
    private static IEnumerable<string> ThemeTemplates(IEnumerable<string> knownKeys) =>
        knownKeys.Where(k => k.EndsWith(".cshtml", StringComparison.Ordinal) && k != "_ViewImports.cshtml");
}
