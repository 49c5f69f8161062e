using SiteGen.Pages;
using SiteGen.Pipeline;
using SiteGen.Templates;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Templates;

/// <summary>A one-plan site's content, loaded once; each test plans fresh page models (rendering marks them).</summary>
public sealed class TemplateCacheSite : IDisposable
{
    private readonly TestSite _source = TestSite.WithOnePlan();
    private readonly SiteContext _site;

    public TemplateCacheSite() => _site = TemplateSupport.Site(_source.Root, _source.ConfigPath);

    public IReadOnlyList<PageModel> Pages() => SitePlanner.Plan(_site);

    public void Dispose() => _source.Dispose();
}

/// <summary>
/// The on-disk cache of compiled templates: a new renderer (a new process, in effect) over an
/// unchanged theme loads the templates instead of compiling them; anything changed, damaged or
/// unwritable falls back to compiling, and the pages come out the same either way.
/// Each test has its own cache folder, passed to the renderer, so tests do not share entries.
/// The renderers here leave the built-in templates compiled into the program aside (builtIn: false), so
/// that the default theme's templates go through the cache as a theme's own templates do
/// (<see cref="BuiltInThemeTests"/> covers the compiled-in ones).
/// </summary>
public sealed class TemplateCacheTests(TemplateCacheSite site) : IClassFixture<TemplateCacheSite>, IDisposable
{
    private const string CustomAbout = """
        @inherits SiteGen.Templates.ThemePage<AboutPage>
        @{ Layout = "_Layout.cshtml"; }
        <h1>@Model.Ui.AboutHeading</h1>
        <p id="custom-about">カスタムテーマ (@Model.Lang)</p>

        """;

    private readonly TempFolder _temp = new();

    private string CacheFolder => _temp.Sub("cache");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_second_renderer_loads_every_template_from_disk_and_renders_the_same_pages()
    {
        var project = new ThemeProject(null);
        var templates = await TemplateSupport.TemplateKeys(project);

        var cold = new TemplateRenderer(project, CacheFolder, builtIn: false);
        Assert.Empty(await cold.CompileAsync(templates));
        var coldPages = await RenderAll(cold);
        Assert.Equal(templates.Count, cold.CacheStats.Compiled);
        Assert.Equal(templates.Count, cold.CacheStats.Stored);
        Assert.Equal(0, cold.CacheStats.LoadedFromDisk);
        Assert.Equal(templates.Count, CacheEntries().Length);

        // A fresh renderer has an empty in-memory cache, like a new process.
        var warm = new TemplateRenderer(new ThemeProject(null), CacheFolder, builtIn: false);
        Assert.Empty(await warm.CompileAsync(templates));
        var warmPages = await RenderAll(warm);
        Assert.Equal(0, warm.CacheStats.Compiled);
        Assert.Equal(templates.Count, warm.CacheStats.LoadedFromDisk);
        Assert.Equal(0, warm.CacheStats.Stored);

        Assert.Equal(coldPages.Keys, warmPages.Keys);
        foreach (var (path, html) in coldPages) Assert.Equal(html, warmPages[path]);
        Assert.Contains(coldPages.Keys, p => p.StartsWith("en/plans/p/", StringComparison.Ordinal));
        Assert.Contains("<html", coldPages["en/plans/p/index.html"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_rendered_from_the_cache_are_the_pages_rendered_without_any_cache()
    {
        var project = new ThemeProject(null);
        string[] templates = ["Home.cshtml", "About.cshtml"];
        var uncached = new TemplateRenderer(project, cacheFolder: null, builtIn: false);
        Assert.Empty(await uncached.CompileAsync(templates));
        var expected = await Render(uncached, p => p is HomePage or AboutPage);
        Assert.Equal(0, uncached.CacheStats.Stored);
        Assert.False(Directory.Exists(CacheFolder));

        await Render(new TemplateRenderer(project, CacheFolder, builtIn: false), p => p is HomePage or AboutPage); // fills the cache
        var cached = new TemplateRenderer(project, CacheFolder, builtIn: false);
        var actual = await Render(cached, p => p is HomePage or AboutPage);

        Assert.Equal(0, cached.CacheStats.Compiled);
        Assert.True(cached.CacheStats.LoadedFromDisk >= 3, $"loaded {cached.CacheStats.LoadedFromDisk}"); // Home, About, _Layout at least
        Assert.Equal(4, expected.Count); // ja and en of each
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Changing_one_theme_template_recompiles_that_template_only()
    {
        var theme = _temp.Sub("theme");
        Directory.CreateDirectory(theme);
        File.WriteAllText(Path.Combine(theme, "About.cshtml"), CustomAbout);

        var first = new TemplateRenderer(new ThemeProject(theme), CacheFolder, builtIn: false);
        var before = await Render(first, p => p is AboutPage);
        Assert.Contains("カスタムテーマ (en)", before["en/about/index.html"], StringComparison.Ordinal);
        var used = first.CacheStats.Compiled;
        Assert.True(used >= 2, $"compiled {used}"); // About and its layout, at least

        File.WriteAllText(Path.Combine(theme, "About.cshtml"), CustomAbout.Replace("カスタムテーマ", "変更したテーマ"));
        var second = new TemplateRenderer(new ThemeProject(theme), CacheFolder, builtIn: false);
        var after = await Render(second, p => p is AboutPage);

        Assert.Equal(1, second.CacheStats.Compiled);
        Assert.Equal(used - 1, second.CacheStats.LoadedFromDisk);
        Assert.Contains("変更したテーマ (en)", after["en/about/index.html"], StringComparison.Ordinal);
        Assert.DoesNotContain("カスタムテーマ", after["en/about/index.html"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_theme_override_and_the_built_in_template_of_the_same_name_are_cached_apart()
    {
        var theme = _temp.Sub("theme");
        Directory.CreateDirectory(theme);
        File.WriteAllText(Path.Combine(theme, "About.cshtml"), CustomAbout);
        await Render(new TemplateRenderer(new ThemeProject(theme), CacheFolder, builtIn: false), p => p is AboutPage);

        var builtIn = new TemplateRenderer(new ThemeProject(null), CacheFolder, builtIn: false);
        var pages = await Render(builtIn, p => p is AboutPage);

        Assert.DoesNotContain("custom-about", pages["en/about/index.html"], StringComparison.Ordinal);
        Assert.Equal(1, builtIn.CacheStats.Compiled); // the built-in About.cshtml; the layout came from disk
        Assert.True(builtIn.CacheStats.LoadedFromDisk >= 1);
    }

    [Fact]
    public async Task A_damaged_cache_entry_is_compiled_again_and_the_page_still_renders()
    {
        var project = new ThemeProject(null);
        var first = new TemplateRenderer(project, CacheFolder, builtIn: false);
        var expected = await Render(first, p => p is AboutPage);
        var entries = CacheEntries();
        Assert.Equal(first.CacheStats.Compiled, entries.Length);
        Assert.True(entries.Length >= 2);

        // Every way a file can be damaged: a flipped byte inside the assembly, cut short, emptied, not ours at all.
        for (var i = 0; i < entries.Length; i++)
        {
            var bytes = File.ReadAllBytes(entries[i]);
            switch (i % 4)
            {
                case 0: bytes[bytes.Length / 2] ^= 0x5a; File.WriteAllBytes(entries[i], bytes); break;
                case 1: File.WriteAllBytes(entries[i], bytes[..(bytes.Length / 3)]); break;
                case 2: File.WriteAllBytes(entries[i], []); break;
                default: File.WriteAllText(entries[i], "not an assembly"); break;
            }
        }

        var second = new TemplateRenderer(project, CacheFolder, builtIn: false);
        var actual = await Render(second, p => p is AboutPage);
        Assert.Equal(expected, actual);
        Assert.Equal(0, second.CacheStats.LoadedFromDisk);
        Assert.Equal(entries.Length, second.CacheStats.Compiled);
        Assert.Equal(entries.Length, second.CacheStats.Stored); // the damaged entries were replaced

        var third = new TemplateRenderer(project, CacheFolder, builtIn: false);
        Assert.Equal(expected, await Render(third, p => p is AboutPage));
        Assert.Equal(0, third.CacheStats.Compiled);
        Assert.Equal(entries.Length, third.CacheStats.LoadedFromDisk);
    }

    [Fact]
    public async Task An_entry_altered_on_disk_is_not_trusted_even_when_it_still_loads()
    {
        var theme = _temp.Sub("theme");
        Directory.CreateDirectory(theme);
        File.WriteAllText(Path.Combine(theme, "About.cshtml"), CustomAbout.Replace("カスタムテーマ", "MARKER-ORIGINAL"));
        await Render(new TemplateRenderer(new ThemeProject(theme), CacheFolder, builtIn: false), p => p is AboutPage);

        // Razor emits the template's HTML as string literals (UTF-16 in the assembly): editing one still
        // gives a valid assembly, which would silently print the wrong page if the entry were trusted.
        var original = System.Text.Encoding.Unicode.GetBytes("MARKER-ORIGINAL");
        var altered = System.Text.Encoding.Unicode.GetBytes("MARKER-ALTERED!");
        var entry = Assert.Single(CacheEntries(), f => File.ReadAllBytes(f).AsSpan().IndexOf(original) >= 0);
        var bytes = File.ReadAllBytes(entry);
        altered.CopyTo(bytes.AsSpan(bytes.AsSpan().IndexOf(original)));
        File.WriteAllBytes(entry, bytes);

        var renderer = new TemplateRenderer(new ThemeProject(theme), CacheFolder, builtIn: false);
        var page = (await Render(renderer, p => p is AboutPage))["en/about/index.html"];

        Assert.Contains("MARKER-ORIGINAL (en)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("MARKER-ALTERED", page, StringComparison.Ordinal);
        Assert.Equal(1, renderer.CacheStats.Compiled);
    }

    [Fact]
    public async Task A_template_that_does_not_compile_is_reported_every_time_and_never_cached()
    {
        var theme = _temp.Sub("theme");
        Directory.CreateDirectory(theme);
        File.WriteAllText(Path.Combine(theme, "About.cshtml"), CustomAbout.Replace("@Model.Lang", "@Model.NoSuchProperty"));

        for (var run = 0; run < 2; run++)
        {
            var renderer = new TemplateRenderer(new ThemeProject(theme), CacheFolder, builtIn: false);
            var failures = await renderer.CompileAsync(["About.cshtml", "_Layout.cshtml"]);
            var failure = Assert.Single(failures);
            Assert.Equal("About.cshtml", failure.Template);
            Assert.Contains("NoSuchProperty", failure.Error, StringComparison.Ordinal);
            // _Layout compiles and is stored the first time and comes from disk the second; About never does.
            Assert.Equal(run == 0 ? 1 : 0, renderer.CacheStats.Stored);
            Assert.Equal(run == 0 ? 0 : 1, renderer.CacheStats.LoadedFromDisk);
        }
        Assert.Single(CacheEntries());
    }

    [Fact]
    public async Task A_cache_folder_that_cannot_be_created_leaves_compiling_in_memory()
    {
        // A folder below a regular file can never be created, whoever runs the tests (root ignores permissions).
        var blocker = _temp.Sub("not-a-folder");
        File.WriteAllText(blocker, "");
        var renderer = new TemplateRenderer(new ThemeProject(null), Path.Combine(blocker, "templates"), builtIn: false);

        Assert.Empty(await renderer.CompileAsync(["About.cshtml", "_Layout.cshtml"]));
        var pages = await Render(renderer, p => p is AboutPage);

        Assert.Contains("<h1", pages["en/about/index.html"], StringComparison.Ordinal);
        Assert.True(renderer.CacheStats.Compiled >= 2);
        Assert.Equal(0, renderer.CacheStats.Stored);
    }

    [Theory]
    [InlineData("/c/explicit", "/c/xdg", "/home/u", "/c/explicit/templates")]
    [InlineData(null, "/c/xdg", "/home/u", "/c/xdg/sitegen/templates")]
    [InlineData("", " ", "/home/u", "/home/u/.cache/sitegen/templates")]
    [InlineData(null, null, "", null)]
    public void The_cache_folder_is_SITEGEN_CACHE_then_XDG_CACHE_HOME_then_the_home_folder(string? sitegenCache, string? xdg, string home, string? expected)
    {
        var environment = new Dictionary<string, string?> { ["SITEGEN_CACHE"] = sitegenCache, ["XDG_CACHE_HOME"] = xdg };
        var folder = TemplateCacheFolder.Resolve(name => environment.GetValueOrDefault(name), home);
        Assert.Equal(expected?.Replace('/', Path.DirectorySeparatorChar), folder?.Replace('/', Path.DirectorySeparatorChar));
    }

    private string[] CacheEntries() =>
        Directory.Exists(CacheFolder) ? Directory.GetFiles(CacheFolder).Where(f => !f.EndsWith(".tmp", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray() : [];

    private Task<Dictionary<string, string>> RenderAll(TemplateRenderer renderer) => Render(renderer, _ => true);

    private async Task<Dictionary<string, string>> Render(TemplateRenderer renderer, Func<PageModel, bool> which)
    {
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in site.Pages().Where(which))
            pages[page.OutputPath] = await renderer.RenderAsync(page);
        return pages;
    }
}
