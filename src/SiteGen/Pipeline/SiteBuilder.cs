using System.Collections.Concurrent;
using System.Diagnostics;
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

/// <summary>The result of a build: what was found, what was written, how long it took.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<OutputFile> Files, TimeSpan Elapsed, bool Written)
{
    public bool Succeeded => Written;
    public int Pages => Files.Count(f => f.IsHtml);
}

/// <summary>
/// The whole pipeline, stage by stage: load → model → validate → render → check → write.
/// Nothing reaches the output folder unless every stage before it found no error.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Pages are reported in steps of this many, so a long build shows it is alive.</summary>
    private const int ProgressStep = 500;

    public static async Task<BuildResult> BuildAsync(string siteRoot, SiteConfig config, string outputDirectory, bool write = true, TextWriter? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();

        var content = ContentStage.Run(siteRoot, config, diagnostics);
        if (diagnostics.HasErrors) return new BuildResult(diagnostics.Sorted(), [], clock.Elapsed, false);

        var themeFolder = config.Theme is null ? null : Path.Combine(siteRoot, config.Theme);
        if (themeFolder is not null && !Directory.Exists(themeFolder))
        {
            diagnostics.Error(SourceLocation.StartOf("site.config.json"), "theme", $"the theme folder {config.Theme} does not exist",
                "create it, or remove `theme` to use the built-in default theme");
            return new BuildResult(diagnostics.Sorted(), [], clock.Elapsed, false);
        }

        // Search is checked before rendering, so a missing Pagefind fails the build at once with how to install it.
        var indexer = write && config.Search is { } search ? PagefindIndexer.Locate(siteRoot, search, diagnostics) : null;
        if (diagnostics.HasErrors) return new BuildResult(diagnostics.Sorted(), [], clock.Elapsed, false);

        var site = new SiteContext(config, content, new SiteUrls(config.BaseUrl), UiStrings.LoadAll());
        var pages = SitePlanner.Plan(site);
        // The about pages publish the accessibility audit of all the other pages, so they render last.
        var renderer = TemplateRendererCache.For(themeFolder);
        var aboutPages = pages.OfType<AboutPage>().ToList();
        var files = await RenderAsync(pages.Where(p => p is not AboutPage).ToList(), renderer, diagnostics, progress);
        var audit = AccessibilityAudit.Run(files);
        foreach (var about in aboutPages) about.Audit = audit;
        files.AddRange(await RenderAsync(aboutPages, renderer, diagnostics, progress));
        files.AddRange(Assets(new ThemeProject(themeFolder)));
        files.AddRange(Embedding.EmbedFiles.Write(site, pages, new ThemeProject(themeFolder))); // /embed.js, its assets, oEmbed JSON
        files.AddRange(AtomFeedWriter.Write(site));
        files.AddRange(SitemapWriter.Write(site, pages));
        files.AddRange(OpenDataWriter.Write(content, site.Urls));
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));

        if (!diagnostics.HasErrors) LinkChecker.Check(files, site.Urls.BasePath, diagnostics);
        if (diagnostics.HasErrors || !write) return new BuildResult(diagnostics.Sorted(), files, clock.Elapsed, false);

        // The search index is built in the staging folder: if Pagefind fails, the previous site stays.
        var written = OutputWriter.Write(outputDirectory, files, indexer is null ? null : staging => indexer.Index(staging, diagnostics));
        return new BuildResult(diagnostics.Sorted(), files, clock.Elapsed, written);
    }

    private static async Task<List<OutputFile>> RenderAsync(IReadOnlyList<PageModel> pages, TemplateRenderer renderer, DiagnosticBag diagnostics, TextWriter? progress)
    {
        var partials = (await renderer.Project.GetKnownKeysAsync()).Where(k => k.StartsWith('_') && k.EndsWith(".cshtml", StringComparison.Ordinal) && k != "_ViewImports.cshtml");
        var failures = await renderer.CompileAsync(pages.Select(p => p.Template).Concat(partials));
        foreach (var (template, error) in failures)
            diagnostics.Error(SourceLocation.StartOf(template), "template", "the theme template does not compile: " + FirstLines(error),
                "fix the template, or delete it from the theme folder to use the built-in one");
        if (failures.Count > 0) return [];

        var rendered = new ConcurrentBag<OutputFile>();
        var done = 0;
        await Parallel.ForEachAsync(pages, async (page, _) =>
        {
            try
            {
                var html = await renderer.RenderAsync(page);
                var source = page is PlanPage planPage ? planPage.Plan.SourcePath : null;
                rendered.Add(new OutputFile(SitePlanner.OutputPath(page), Encoding.UTF8.GetBytes(html), source));
            }
            catch (Exception e)
            {
                diagnostics.Error(SourceLocation.StartOf(SitePlanner.OutputPath(page)), "template",
                    $"rendering with {page.Template} failed: {FirstLines(e.Message)}", "check the template; the content itself passed validation");
            }
            var count = Interlocked.Increment(ref done);
            if (progress is not null && pages.Count > ProgressStep && count % ProgressStep == 0)
                progress.WriteLine($"  rendered {count}/{pages.Count} pages");
        });
        return rendered.ToList();
    }

    private static string FirstLines(string message) => string.Join(" ", message.Split('\n').Take(6).Select(l => l.Trim()));

    /// <summary>The theme's static files (CSS): copied as they are.</summary>
    private static IEnumerable<OutputFile> Assets(ThemeProject theme)
    {
        foreach (var asset in new[] { "assets/site.css", "assets/search.js", "assets/furigana.js", "assets/filter.js" })
        {
            if (theme.ReadAsset(asset) is { } bytes) yield return new OutputFile(asset, bytes);
        }
    }
}
