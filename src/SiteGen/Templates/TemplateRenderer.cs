using RazorLight;
using RazorLight.Compilation;
using SiteGen.Pages;

namespace SiteGen.Templates;

/// <summary>
/// Renders page models with the theme's Razor templates. Templates are compiled once, all at once and
/// in parallel (the first compile of each costs about a second), and the compiled assemblies are kept
/// on disk (<see cref="TemplateDiskCache"/>), so the next run loads an unchanged theme instead of
/// compiling it; renders after that are cheap.
/// </summary>
public sealed class TemplateRenderer
{
    private readonly RazorLightEngine _engine;
    private readonly TemplateDiskCache _cache;
    private readonly Partials _partials;

    /// <summary>A renderer with the compiled-template cache in its default folder (<see cref="TemplateCacheFolder.Default"/>).</summary>
    public TemplateRenderer(ThemeProject project) : this(project, TemplateCacheFolder.Default())
    {
    }

    /// <param name="project">Where the templates come from.</param>
    /// <param name="cacheFolder">The folder of compiled templates; null compiles in memory only.</param>
    public TemplateRenderer(ThemeProject project, string? cacheFolder)
    {
        Project = project;
        CacheFolder = cacheFolder;
        _cache = new TemplateDiskCache(project, cacheFolder);
        _partials = new Partials(_cache);
        // The engine is assembled by hand so that RazorLight's compiler (the Razor code generator and
        // Roslyn, ~0.1 s to set up) is only built when a template is not in the cache. The builder hands
        // a caching provider that is also an IPrecompileCallback the bytes of each compile.
        var compiler = new LazyTemplateCompiler(() => new RazorLightEngineBuilder()
            .UseProject(project)
            .UseCachingProvider(_cache)
            .Build().Handler.Compiler);
        var options = new RazorLightOptions { CachingProvider = _cache, DisableEncoding = false, EnableDebugMode = false };
        _engine = new RazorLightEngine(new EngineHandler(options, compiler, new TemplateFactoryProvider(), _cache));
    }

    public ThemeProject Project { get; }

    /// <summary>
    /// Partials run inside the page that includes them (<see cref="Partials"/>; the default). Off, every
    /// include goes through RazorLight's own path, which must give the same bytes: kept as the reference.
    /// </summary>
    public bool DirectPartials { get; init; } = true;

    public string? CacheFolder { get; }

    /// <summary>How many templates were compiled and how many came from the disk cache.</summary>
    public TemplateCacheStats CacheStats => _cache.Stats;

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
        using var writer = new StringWriter();
        await RenderAsync(page, writer);
        return writer.ToString();
    }

    /// <summary>Renders into <paramref name="writer"/>: the build passes a reused buffer, so big pages make no garbage.</summary>
    public async Task RenderAsync(PageModel page, TextWriter writer)
    {
        var template = await _engine.CompileTemplateAsync(page.Template);
        if (template is IThemePage themed) themed.Partials = DirectPartials ? _partials : null;
        await _engine.RenderTemplateAsync(template, page, writer);
    }
}

/// <summary>RazorLight's template compiler, created on first use.</summary>
internal sealed class LazyTemplateCompiler(Func<IRazorTemplateCompiler> create) : IRazorTemplateCompiler
{
    private readonly Lazy<IRazorTemplateCompiler> _compiler = new(create, LazyThreadSafetyMode.ExecutionAndPublication);

    public ICompilationService CompilationService => _compiler.Value.CompilationService;

    public Task<CompiledTemplateDescriptor> CompileAsync(string templateKey) => _compiler.Value.CompileAsync(templateKey);
}

/// <summary>
/// Keeps one renderer (with its compiled templates) per theme for the life of the process, so
/// `serve` and repeated builds do not pay the Razor compile again. A theme folder's fingerprint
/// (its files' names, sizes and write times) is part of the key: editing a template makes a new
/// renderer, which compiles the edited template and loads the others from the disk cache.
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
