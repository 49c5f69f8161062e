using System.Runtime.CompilerServices;
using RazorLight;
using RazorLight.Compilation;
using SiteGen.Pages;

namespace SiteGen.Templates;

/// <summary>
/// Renders page models with the theme's Razor templates. Templates are compiled once, all at once and
/// in parallel (compiling is slow: docs/performance.md#template-cache-and-the-built-in-theme), and the compiled assemblies are kept
/// on disk (<see cref="TemplateDiskCache"/>), so the next run loads an unchanged theme instead of
/// compiling it; renders after that are cheap.
/// </summary>
public sealed class TemplateRenderer
{
    private readonly RazorLightEngine _engine;
    private readonly TemplateDiskCache _cache;
    private readonly Partials _partials;

    /// <param name="project">Where the templates come from.</param>
    /// <param name="cacheFolder">The folder of compiled templates; null compiles in memory only.</param>
    /// <param name="builtIn">Whether the built-in theme's templates compiled into the program are used where the theme has them unchanged (the default); off, every template is compiled at run time (or loaded from the cache folder).</param>
    public TemplateRenderer(ThemeProject project, string? cacheFolder, bool builtIn = true)
    {
        Project = project;
        CacheFolder = cacheFolder;
        _cache = new TemplateDiskCache(project, cacheFolder, builtIn);
        // The engine is assembled by hand so that RazorLight's compiler (the Razor code generator and
        // Roslyn, slow to set up) is only built when a template is not in the cache. The builder hands
        // a caching provider that is also an IPrecompileCallback the bytes of each compile.
        // A program compiled ahead of time (PublishAot) can neither run Roslyn's output nor load an assembly:
        // there it runs the built-in templates only, and says so for any other. The check is a constant
        // there, so the compiler (Roslyn and all) is not even part of that program.
        var compiler = new LazyTemplateCompiler(RuntimeFeature.IsDynamicCodeSupported
            ? () => new RazorLightEngineBuilder()
                .UseProject(project)
                .UseCachingProvider(_cache)
                .Build().Handler.Compiler
            : () => throw new NotSupportedException(NativeBuildMessage));
        var options = new RazorLightOptions { CachingProvider = _cache, DisableEncoding = false, EnableDebugMode = false };
        _engine = new RazorLightEngine(new EngineHandler(options, compiler, new TemplateFactoryProvider(), _cache));
        _partials = new Partials(_cache, _engine.CompileTemplateAsync);
    }

    public ThemeProject Project { get; }

    /// <summary>Why a template that is not built in cannot be used by a program compiled ahead of time.</summary>
    public const string NativeBuildMessage =
        "this SiteGen is a native build (compiled ahead of time), which runs the built-in theme's templates only and cannot compile a theme's own; " +
        "build this site with the .NET build of SiteGen (the `sitegen` .NET tool, or `dotnet run --project src/SiteGen`)";

    /// <summary>
    /// Pages, their layouts and their partials are rendered straight into the output (the default; see
    /// <see cref="RenderAsync(PageModel, TextWriter)"/> and <see cref="Partials"/>). Off, RazorLight's own
    /// renderer does it, which must give the same bytes: kept as the reference a test compares with.
    /// </summary>
    public bool Direct { get; init; } = true;

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

    /// <summary>
    /// Renders into <paramref name="writer"/>: the build passes a reused buffer, so big pages make no garbage.
    /// <para>
    /// RazorLight renders a page into a buffer of its own (a list of every string written, in pooled
    /// pages) and copies that into the writer at the end, so that a layout can print the page's body;
    /// for big pages that bookkeeping rivals running the templates (docs/performance.md#rendering). Here the body
    /// is written into a plain character buffer, each layout around it into the next, and the last one
    /// is copied once. Sections and nested layouts work as in RazorLight: page and layouts share one
    /// <see cref="PageContext"/>, whose writer is the one being filled.
    /// </para>
    /// </summary>
    public async Task RenderAsync(PageModel page, TextWriter writer)
    {
        var template = await _engine.CompileTemplateAsync(page.Template);
        if (!Direct)
        {
            // RazorLight's renderer binds models dynamically: a native build has no runtime binder.
            if (!RuntimeFeature.IsDynamicCodeSupported) throw new NotSupportedException("RazorLight's own renderer (Direct = false) needs dynamic code; a native build renders directly only");
            await _engine.RenderTemplateAsync(template, page, writer);
            return;
        }

        var buffers = new List<PageBuffer>();
        try
        {
            var context = new PageContext();
            var body = await ExecuteAsync(template, page, context, buffers);
            var rendered = new List<ITemplatePage>();
            for (var previous = template; !string.IsNullOrEmpty(previous.Layout);)
            {
                var layout = await _engine.CompileTemplateAsync(previous.Layout);
                if (layout.Key == template.Key || rendered.Any(l => l.Key == layout.Key))
                    throw new InvalidOperationException($"the layout {layout.Key} is used by itself or by a layout it uses");
                previous.IsLayoutBeingRendered = true;
                layout.PreviousSectionWriters = previous.SectionWriters;
                layout.BodyContent = body.AsHtml();
                body = await ExecuteAsync(layout, page, context, buffers);
                rendered.Add(layout);
                previous = layout;
            }
            foreach (var layout in rendered) layout.EnsureRenderedBodyOrSections();
            await writer.WriteAsync(body.Text);
        }
        finally
        {
            foreach (var buffer in buffers) PageBuffer.Return(buffer);
        }
    }

    /// <summary>Runs one page or layout into a fresh buffer, which becomes the context's writer.</summary>
    private async Task<PageBuffer> ExecuteAsync(ITemplatePage template, PageModel page, PageContext context, List<PageBuffer> buffers)
    {
        var output = PageBuffer.Rent();
        buffers.Add(output);
        context.Writer = output;
        context.ExecutingPageKey = template.Key;
        context.Model = page;
        template.PageContext = context;
        template.SetModel(page);
        _partials.Attach(template);
        await template.ExecuteAsync();
        return output;
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
/// With the caches off (`--no-cache`) every call makes a renderer of its own that keeps nothing.
/// </summary>
public static class TemplateRendererCache
{
    // Several, not only the last: a process that builds more than one site in turn (the tests, a portal
    // building its councils' sites) would otherwise replace the renderer of one theme with the other's, and a
    // `serve` session of the first would see new templates and rebuild every page.
    private const int Kept = 8;
    private static readonly Lock Gate = new();
    private static readonly List<(string Key, TemplateRenderer Renderer)> Recent = [];

    public static TemplateRenderer For(string? themeFolder, Caching.Caches caches)
    {
        var folder = caches.FolderOf(TemplateCacheFolder.Kind);
        if (!caches.On) return new TemplateRenderer(new ThemeProject(themeFolder), folder);
        var key = folder + "|" + Fingerprint(themeFolder);
        lock (Gate)
        {
            var index = Recent.FindIndex(r => r.Key == key);
            if (index >= 0)
            {
                var found = Recent[index];
                Recent.RemoveAt(index);
                Recent.Add(found);
                return found.Renderer;
            }
            var renderer = new TemplateRenderer(new ThemeProject(themeFolder), folder);
            if (Recent.Count == Kept) Recent.RemoveAt(0);
            Recent.Add((key, renderer));
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
