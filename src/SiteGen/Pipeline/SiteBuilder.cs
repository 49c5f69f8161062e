using System.Collections.Concurrent;
using System.Text;
using SiteGen.Config;
using SiteGen.Diagnostics;
using SiteGen.Feeds;
using SiteGen.OpenData;
using SiteGen.I18n;
using SiteGen.Pages;
using SiteGen.Publish;
using SiteGen.Search;
using SiteGen.Templates;

namespace SiteGen.Pipeline;

/// <summary>One file a build made: where it went and, for a plan page, the content file it came from.</summary>
public sealed record BuiltFile(string Path, string? SourcePath = null)
{
    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);
}

/// <summary>The result of a build: what was found, what was made, how long each stage took.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<BuiltFile> Files, StageTimings Timings, bool Written)
{
    public bool Succeeded => Written;
    public int Pages => Files.Count(f => f.IsHtml);
    public TimeSpan Elapsed => Timings.Total;

    /// <summary>The files' bytes, for a build run with <see cref="BuildOptions.Write"/> off; empty otherwise.</summary>
    public IReadOnlyDictionary<string, byte[]> Contents { get; init; } = new Dictionary<string, byte[]>();
}

/// <summary>How to run a build.</summary>
/// <param name="Write">Write the site to the output folder (off: keep the files in memory and report them).</param>
/// <param name="Progress">Where to say how far a long build has come; null for silence.</param>
public sealed record BuildOptions(bool Write = true, TextWriter? Progress = null);

/// <summary>
/// The whole pipeline, stage by stage: load → model → validate → render (each page checked and
/// written to a staging folder as soon as it is made) → check links → swap the new site in.
/// Nothing reaches the output folder unless every stage found no error.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Pages are reported in steps of this many, so a long build shows it is alive.</summary>
    private const int ProgressStep = 2000;

    public static Task<BuildResult> BuildAsync(string siteRoot, SiteConfig config, string outputDirectory, bool write = true, TextWriter? progress = null) =>
        BuildAsync(siteRoot, config, outputDirectory, new BuildOptions(write, progress));

    public static async Task<BuildResult> BuildAsync(string siteRoot, SiteConfig config, string outputDirectory, BuildOptions options)
    {
        var timings = new StageTimings();
        var diagnostics = new DiagnosticBag();
        BuildResult Failed() => new(diagnostics.Sorted(), [], timings, false);

        var content = ContentStage.Run(siteRoot, config, diagnostics, timings);
        if (diagnostics.HasErrors) return Failed();

        var themeFolder = config.Theme is null ? null : Path.Combine(siteRoot, config.Theme);
        if (themeFolder is not null && !Directory.Exists(themeFolder))
        {
            diagnostics.Error(SourceLocation.StartOf("site.config.json"), "theme", $"the theme folder {config.Theme} does not exist",
                "create it, or remove `theme` to use the built-in default theme");
            return Failed();
        }

        // Search is checked before rendering, so a missing Pagefind fails the build at once with how to install it.
        var indexer = options.Write && config.Search is { } search ? PagefindIndexer.Locate(siteRoot, search, diagnostics) : null;
        if (diagnostics.HasErrors) return Failed();

        var site = new SiteContext(config, content, new SiteUrls(config.BaseUrl), UiStrings.LoadAll());
        var pages = SitePlanner.Plan(site);
        var theme = new ThemeProject(themeFolder);
        var renderer = TemplateRendererCache.For(themeFolder);
        var failures = await renderer.CompileAsync(TemplatesOf(pages, await renderer.Project.GetKnownKeysAsync()));
        foreach (var (template, error) in failures)
            diagnostics.Error(SourceLocation.StartOf(template), "template", "the theme template does not compile: " + FirstLines(error),
                "fix the template, or delete it from the theme folder to use the built-in one");
        timings.Lap("compile");
        if (failures.Count > 0) return Failed();

        var memory = options.Write ? null : new MemoryOutput();
        using var staging = options.Write ? new StagingFolder(outputDirectory) : null;
        ISiteOutput output = (ISiteOutput?)staging ?? memory!;
        var built = new ConcurrentBag<BuiltFile>();

        // Files that are not pages first: then every address a page may link to is known while it renders.
        Func<IEnumerable<OutputFile>>[] dataFiles =
        [
            () => Assets(theme),
            () => Embedding.EmbedFiles.Write(site, pages, theme), // /embed.js, its assets, oEmbed JSON
            () => AtomFeedWriter.Write(site),
            () => SitemapWriter.Write(site, pages),
            () => OpenDataWriter.Write(content, site.Urls),
        ];
        Parallel.ForEach(dataFiles.AsParallel().SelectMany(make => make()), file =>
        {
            output.Write(file.Path, file.Content);
            built.Add(new BuiltFile(file.Path, file.SourcePath));
        });
        timings.Lap("data files");

        var existing = built.Select(f => f.Path).Concat(pages.Select(SitePlanner.OutputPath)).ToHashSet(StringComparer.Ordinal);
        var links = new LinkChecker(existing, site.Urls.BasePath, diagnostics);
        var facts = new ConcurrentBag<PageFacts>();
        // The about pages publish the accessibility audit of all the other pages, so they render last.
        var aboutPages = pages.OfType<AboutPage>().ToList();
        await RenderAsync(pages.Where(p => p is not AboutPage).ToList());
        var audit = AccessibilityAudit.Of(facts);
        foreach (var about in aboutPages) about.Audit = audit;
        await RenderAsync(aboutPages);
        timings.Lap("render");

        links.Finish();
        timings.Lap("check links");
        var files = built.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        if (diagnostics.HasErrors || staging is null)
            return new BuildResult(diagnostics.Sorted(), files, timings, false) { Contents = memory?.Files ?? new Dictionary<string, byte[]>() };

        // The search index is built in the staging folder: if Pagefind fails, the previous site stays.
        var written = staging.Commit(indexer is null ? null : root => indexer.Index(root, diagnostics));
        timings.Lap(indexer is null ? "swap" : "search+swap");
        return new BuildResult(diagnostics.Sorted(), files, timings, written);

        async Task RenderAsync(IReadOnlyList<PageModel> batch)
        {
            var done = 0;
            await Parallel.ForEachAsync(batch, async (page, _) =>
            {
                var path = SitePlanner.OutputPath(page);
                var source = page is PlanPage planPage ? planPage.Plan.SourcePath : null;
                try
                {
                    var html = await renderer.RenderAsync(page);
                    var pageFacts = PageScanner.Scan(path, html);
                    facts.Add(pageFacts);
                    links.Check(pageFacts, source);
                    output.Write(path, Encoding.UTF8.GetBytes(html));
                    built.Add(new BuiltFile(path, source));
                }
                catch (Exception e) when (e is not IOException and not UnauthorizedAccessException)
                {
                    diagnostics.Error(SourceLocation.StartOf(path), "template",
                        $"rendering with {page.Template} failed: {FirstLines(e.Message)}", "check the template; the content itself passed validation");
                }
                var count = Interlocked.Increment(ref done);
                if (options.Progress is not null && count % ProgressStep == 0) options.Progress.WriteLine($"  rendered {count}/{batch.Count} pages");
            });
        }
    }

    /// <summary>Every template the pages use, and every partial (`_*.cshtml`) they may include.</summary>
    private static IEnumerable<string> TemplatesOf(IEnumerable<PageModel> pages, IEnumerable<string> knownKeys) =>
        pages.Select(p => p.Template).Distinct()
            .Concat(knownKeys.Where(k => k.StartsWith('_') && k.EndsWith(".cshtml", StringComparison.Ordinal) && k != "_ViewImports.cshtml"));

    private static string FirstLines(string message) => string.Join(" ", message.Split('\n').Take(6).Select(l => l.Trim()));

    /// <summary>The theme's static files (CSS, scripts): copied as they are.</summary>
    private static IEnumerable<OutputFile> Assets(ThemeProject theme)
    {
        foreach (var asset in new[] { "assets/site.css", "assets/search.js", "assets/furigana.js", "assets/filter.js" })
        {
            if (theme.ReadAsset(asset) is { } bytes) yield return new OutputFile(asset, bytes);
        }
    }
}
