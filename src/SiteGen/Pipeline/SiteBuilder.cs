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
/// <param name="Session">State kept between the builds of one `serve` session, for incremental rebuilds; null for a one-off build.</param>
/// <param name="Parallel">Render on every core (off: one page after another, which must give the same bytes).</param>
/// <param name="CacheFolder">Where a build keeps, for the next one, the YAML trees of the content files
/// (<see cref="Content.Yaml.YamlTreeCache"/>: only changed front matters are parsed) and, when it renders every page, what
/// it read of each page (<see cref="PageFactsCache"/>: only changed pages are scanned); null keeps nothing.</param>
public sealed record BuildOptions(bool Write = true, TextWriter? Progress = null, BuildSession? Session = null, bool Parallel = true,
    string? CacheFolder = null);

/// <summary>
/// The whole pipeline, stage by stage: load → model → validate → render (each page checked and
/// written to a staging folder as soon as it is made) → check links → swap the new site in (over a
/// site already there: move in only the files that changed).
/// Nothing reaches the output folder unless every stage found no error.
/// <para>
/// Within a `serve` session (<see cref="BuildOptions.Session"/>) a build after a content change is
/// incremental: only the pages whose content objects changed are rendered, the checks combine them
/// with what the last build found on the other pages, and only files whose bytes differ are written.
/// </para>
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
        var session = options.Session;
        BuildResult Failed() => new(diagnostics.Sorted(), [], timings, false);

        var themeFolder = config.Theme is null ? null : Path.Combine(siteRoot, config.Theme);
        var themeFound = themeFolder is null || Directory.Exists(themeFolder);
        // The templates are loaded from the template cache (or compiled) while the content loads: neither
        // needs the other. Every template of the theme is compiled; only those the pages use are reported.
        var renderer = themeFound ? TemplateRendererCache.For(themeFolder) : null;
        var compiling = renderer is null ? null : renderer.CompileAsync(ThemeTemplates(await renderer.Project.GetKnownKeysAsync()));

        var content = ContentStage.Run(siteRoot, config, diagnostics, timings, session, options.CacheFolder);
        var readings = Markup.Readings.ReadingsFile.Load(siteRoot, config.Content, diagnostics);
        if (diagnostics.HasErrors) return Failed();

        if (renderer is null || compiling is null)
        {
            diagnostics.Error(SourceLocation.StartOf("site.config.json"), "theme", $"the theme folder {config.Theme} does not exist",
                "create it, or remove `theme` to use the built-in default theme");
            return Failed();
        }

        // Search is checked before rendering, so a missing Pagefind fails the build at once with how to install it.
        var indexer = options.Write && config.Search is { } search ? PagefindIndexer.Locate(siteRoot, search, diagnostics) : null;
        // So is the admin page's bundle (npm ci installs it).
        var admin = config.Admin is { } adminSettings ? Admin.AdminFiles.Locate(siteRoot, adminSettings, diagnostics) : null;
        if (diagnostics.HasErrors) return Failed();

        var site = new SiteContext(config, content, new SiteUrls(config.BaseUrl), UiStrings.LoadAll());
        var pages = SitePlanner.Plan(site);
        var theme = renderer.Project;
        var used = pages.Select(p => p.Template).ToHashSet(StringComparer.Ordinal);
        var failures = (await compiling).Where(f => used.Contains(f.Template) || IsPartial(f.Template)).ToList();
        foreach (var (template, error) in failures)
            diagnostics.Error(SourceLocation.StartOf(template), "template", "the theme template does not compile: " + FirstLines(error),
                "fix the template, or delete it from the theme folder to use the built-in one");
        timings.Lap("compile");
        if (failures.Count > 0) return Failed();

        var outputPath = Path.GetFullPath(outputDirectory);
        var pagePaths = pages.Select(SitePlanner.OutputPath).ToList();
        // A theme with templates of its own may print anything of any plan: its sites are rebuilt whole.
        var previous = options.Write && session?.Last is { } last && !theme.HasOwnTemplates && last.Continues(outputPath, config, renderer, pagePaths, readings) ? last : null;
        // An incremental build renders only the pages made from changed objects; the rest stay as they are on disk.
        var change = previous is null ? null : Model.ContentChange.Between(previous.Content, content);
        var dirty = previous is null ? pages
            : pages.Where(p => p.MayBeAffectedBy(change!) && !previous.Pages[SitePlanner.OutputPath(p)].MadeFrom(p.DependsOn)).ToList();
        if (previous is not null) timings.Lap("what changed");

        // Incremental builds are small: held in memory until checked, then only changed files are written in place.
        var memory = options.Write && previous is null ? null : new MemoryOutput();
        // A site already in the output is updated file by file (only what changed is written); a first build,
        // or one with search (Pagefind indexes the whole staged site), stages the whole site and swaps it in.
        using IStagedSite? staging = memory is not null ? null
            : indexer is null && Directory.Exists(outputPath) ? new StagedUpdate(outputPath) : new StagingFolder(outputPath);
        ISiteOutput output = (ISiteOutput?)staging ?? memory!;
        var built = new ConcurrentBag<BuiltFile>();

        // Files that are not pages first: then every address a page may link to is known while it renders.
        var changedPlans = previous is null ? null : dirty.OfType<PlanPage>().Select(p => p.Plan).ToHashSet<Model.Plan>(ReferenceEqualityComparer.Instance);
        // Independent pieces of work, each making a few files, run on every core (none of them parallel inside).
        // The long ones (a pass over every plan or page) first, so that the short ones fill the other
        // cores around them rather than one long piece running alone at the end of the stage.
        IEnumerable<Func<IEnumerable<OutputFile>>> dataFiles =
        [
            () => AtomFeedWriter.Write(site),
            () => SitemapWriter.Write(site, pages),
            .. OpenDataWriter.Makers(content, site.Urls, changedPlans, session?.OpenData),
            () => Assets(theme),
            () => Embedding.EmbedFiles.Scripts(site, theme), // /embed.js and its assets
            () => admin?.Write(config, site.Urls) ?? [], // /admin/, when the config asks for it
            .. dirty.OfType<Embedding.EmbedPage>().Select(page => (Func<IEnumerable<OutputFile>>)(() => Embedding.OEmbed.Write(site, [page]))),
        ];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallel ? -1 : 1 };
        Parallel.ForEach(dataFiles, parallel, make =>
        {
            foreach (var file in make())
            {
                if (file.Writer is { } writer) output.Write(file.Path, writer);
                else output.Write(file.Path, file.Content);
                built.Add(new BuiltFile(file.Path, file.SourcePath));
            }
        });
        // The pieces hold what they made for each other (each plan's open data, for the whole-site files):
        // let it go before the pages render, or it lives as long as this method.
        dataFiles = [];
        timings.Lap("data files");

        // A build that renders every page reads each page's facts from the last build's when its bytes are
        // the same (an incremental build scans only the few pages it renders anyway).
        using var factsCache = options.Write && previous is null && options.CacheFolder is { } cacheFolder ? PageFactsCache.Open(cacheFolder, outputPath) : null;
        var existing = previous?.Paths ?? built.Select(f => f.Path).Concat(pagePaths).ToHashSet(StringComparer.Ordinal);
        var links = new LinkChecker(existing, site.Urls.BasePath, diagnostics);
        var records = new ConcurrentDictionary<string, BuiltPage>(StringComparer.Ordinal);
        // The addresses an incremental build renders again (null: a full build renders them all).
        var rendering = previous is null ? null : dirty.Select(SitePlanner.OutputPath).ToHashSet(StringComparer.Ordinal);
        if (previous is not null && rendering is not null)
        {
            foreach (var (path, page) in previous.Pages.Where(p => !rendering.Contains(p.Key)))
            {
                links.Carry(page.Links);
                records[path] = page;
            }
        }

        // The about pages publish the accessibility audit of all the other pages, so they render last.
        await RenderAsync(dirty.Where(p => p is not AboutPage).ToList());
        var audit = AccessibilityAudit.Of(records.Select(r => (r.Key, r.Value.Problems)).ToList());
        foreach (var about in pages.OfType<AboutPage>()) about.Audit = audit;
        await RenderAsync(pages.OfType<AboutPage>().ToList());
        timings.Lap("render");

        // A session keeps who links into which page's #fragments, so the next save checks only the links that can have broken.
        var incoming = links.Finish(rendering, previous?.Incoming, keep: session is not null);
        timings.Lap("check links");
        var files = built.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        if (diagnostics.HasErrors || !options.Write)
            return new BuildResult(diagnostics.Sorted(), files, timings, false) { Contents = memory?.Files ?? new Dictionary<string, byte[]>() };

        bool written;
        if (staging is not null)
        {
            // The search index is built in the staging folder: if Pagefind fails, the previous site stays.
            written = staging.Commit(indexer is null ? null : root => indexer.Index(root, diagnostics));
        }
        else
        {
            var changed = InPlace.WriteChanged(outputPath, memory!.Files, session?.Verified);
            timings.Lap($"write {changed}");
            // Search is brought up to date after the pages are: the index of the whole site takes seconds.
            written = changed == 0 || indexer is null || indexer.Index(outputPath, diagnostics);
        }
        timings.Lap(staging is StagedUpdate update ? $"update {update.Changed}" : indexer is null ? "swap" : "search+swap");
        if (written && factsCache is not null)
        {
            factsCache.Save();
            timings.Lap($"facts {factsCache.Reused}/{factsCache.Reused + factsCache.Scanned}");
        }
        if (session is not null)
            session.Last = written ? new BuiltSite(outputPath, config, renderer, existing, records, content, incoming, readings) : null;
        return new BuildResult(diagnostics.Sorted(), files, timings, written);

        async Task RenderAsync(IReadOnlyList<PageModel> batch)
        {
            var done = 0;
            await Parallel.ForEachAsync(batch, parallel, async (page, _) =>
            {
                var path = SitePlanner.OutputPath(page);
                var source = page is PlanPage planPage ? planPage.Plan.SourcePath : null;
                var buffer = PageBuffer.Rent();
                try
                {
                    await renderer.RenderAsync(page, buffer);
                    // Furigana go over Japanese pages' words; embed views have no toggle and keep to their weight budget.
                    if (page.Language == Language.Ja && page is not Embedding.EmbedPage && !readings.IsEmpty)
                        buffer.Rewrite(Markup.Readings.ReadingAnnotator.Annotate(buffer.ToString(), readings));
                    var bytes = buffer.Utf8();
                    var facts = factsCache is null ? PageScanner.Scan(path, buffer.Text) : factsCache.Read(path, bytes, buffer.Text);
                    // What a page depends on is only worth knowing when a session will build again.
                    records[path] = new BuiltPage(session is null ? null : page.DependsOn, links.Check(facts, source, page.ContentLinks), facts.Problems);
                    output.Write(path, bytes);
                    built.Add(new BuiltFile(path, source));
                }
                catch (Exception e) when (e is not IOException and not UnauthorizedAccessException)
                {
                    diagnostics.Error(SourceLocation.StartOf(path), "template",
                        $"rendering with {page.Template} failed: {FirstLines(e.Message)}", "check the template; the content itself passed validation");
                }
                finally
                {
                    PageBuffer.Return(buffer);
                    page.Rendered();
                }
                var count = Interlocked.Increment(ref done);
                if (options.Progress is not null && count % ProgressStep == 0) options.Progress.WriteLine($"  rendered {count}/{batch.Count} pages");
            });
        }
    }

    /// <summary>Every template of the theme: its pages and the partials (`_*.cshtml`) they may include.</summary>
    private static IEnumerable<string> ThemeTemplates(IEnumerable<string> knownKeys) =>
        knownKeys.Where(k => k.EndsWith(".cshtml", StringComparison.Ordinal) && k != "_ViewImports.cshtml");

    private static bool IsPartial(string template) => template.StartsWith('_');

    private static string FirstLines(string message) => string.Join(" ", message.Split('\n').Take(6).Select(l => l.Trim()));

    /// <summary>The theme's assets/ folder, copied whole as it is; embed.js is the source of /embed.js, made by the embedding feature.</summary>
    private static IEnumerable<OutputFile> Assets(ThemeProject theme)
    {
        foreach (var asset in theme.AssetKeys())
        {
            if (asset == Embedding.EmbedFiles.ScriptAsset) continue;
            if (theme.ReadAsset(asset) is { } bytes) yield return new OutputFile(asset, bytes);
        }
    }
}
