using RazorLight;
using SiteGen.Pages;

namespace SiteGen.Templates;

/// <summary>
/// Renders page models with the theme's Razor templates. Templates are compiled once per run, all
/// at once and in parallel (the first compile of each costs about a second); renders after that are cheap.
/// </summary>
public sealed class TemplateRenderer
{
    private readonly RazorLightEngine _engine;

    public TemplateRenderer(ThemeProject project)
    {
        Project = project;
        _engine = new RazorLightEngineBuilder()
            .UseProject(project)
            .UseMemoryCachingProvider()
            .Build();
    }

    public ThemeProject Project { get; }

    /// <summary>Compiles every template; returns the ones that failed, with the compiler's message.</summary>
    public async Task<IReadOnlyList<(string Template, string Error)>> CompileAsync(IEnumerable<string> templateKeys)
    {
        var results = await Task.WhenAll(templateKeys.Distinct().Order(StringComparer.Ordinal).Select(key => Task.Run(async () =>
        {
            try
            {
                await _engine.CompileTemplateAsync(key);
                return (key, (string?)null);
            }
            catch (Exception e) // a theme template is the user's code: any failure is reported, not thrown
            {
                return (key, e.Message);
            }
        })));
        return results.Where(r => r.Item2 is not null).Select(r => (r.key, r.Item2!)).ToList();
    }

    public async Task<string> RenderAsync(PageModel page)
    {
        var template = await _engine.CompileTemplateAsync(page.Template);
        return await _engine.RenderTemplateAsync(template, page);
    }

    /// <summary>Renders into <paramref name="writer"/>: the build passes a reused buffer, so big pages make no garbage.</summary>
    public async Task RenderAsync(PageModel page, TextWriter writer)
    {
        var template = await _engine.CompileTemplateAsync(page.Template);
        await _engine.RenderTemplateAsync(template, page, writer);
    }
}

/// <summary>
/// Keeps one renderer (with its compiled templates) per theme for the life of the process, so
/// `serve` and repeated builds do not pay the Razor compile again. A theme folder's fingerprint
/// (its files' names, sizes and write times) is part of the key: editing a template recompiles.
/// </summary>
public static class TemplateRendererCache
{
    private static readonly Lock Gate = new();
    private static (string Key, TemplateRenderer Renderer)? _last;

    public static TemplateRenderer For(string? themeFolder)
    {
        var key = Fingerprint(themeFolder);
        lock (Gate)
        {
            if (_last is { } last && last.Key == key) return last.Renderer;
            var renderer = new TemplateRenderer(new ThemeProject(themeFolder));
            _last = (key, renderer);
            return renderer;
        }
    }

    private static string Fingerprint(string? themeFolder)
    {
        if (themeFolder is null || !Directory.Exists(themeFolder)) return "default|" + themeFolder;
        var files = Directory.GetFiles(themeFolder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => $"{f}:{new FileInfo(f).Length}:{File.GetLastWriteTimeUtc(f).Ticks}");
        return themeFolder + "|" + string.Join("|", files);
    }
}
