using System.Collections.Concurrent;
using SiteGen.Caching;
using SiteGen.Diagnostics;
using SiteGen.Feeds;
using SiteGen.OpenData;
using SiteGen.Pages;
using SiteGen.Publish;
using SiteGen.Templates;

namespace SiteGen.Pipeline;

/// <summary>
/// Render: the pages of the <see cref="RenderSet"/>, each handed to the checks and written to the output as soon
/// as it is made, and beside them the files that are not pages (feeds, sitemap, open data, assets, embed script,
/// admin), all on every core.
/// </summary>
internal sealed class RenderPhase(PlannedSite planned, RenderSet set, LoadingTheme theme, IBuildOutput output, BuildOptions options, DiagnosticBag diagnostics)
{
    /// <summary>Pages are reported in steps of this many, so a long build shows it is alive.</summary>
    private const int ProgressStep = 2000;

    private readonly ConcurrentBag<BuiltFile> _built = [];
    private readonly ParallelOptions _parallel = new() { MaxDegreeOfParallelism = options.Parallel ? -1 : 1 };

    /// <summary>Every file made so far, in no order.</summary>
    public IReadOnlyCollection<BuiltFile> Built => _built;

    /// <summary>
    /// The files that are not pages, made while the pages render (no page needs them to render; links to them are
    /// checked once all are made), then the about pages, which publish the audit of all the others.
    /// </summary>
    public async Task RunAsync(CheckPhase checks, Caches caches, StageTimings timings)
    {
        // Both run to their end before anything else happens, whichever fails (the output is not let go under the other).
        await Task.WhenAll(Task.Run(() => DataFiles(caches)), RenderAsync(set.Pages.Where(p => p is not AboutPage).ToList(), checks));
        await RenderAsync(AuditStep.Pages(planned, checks.Audit()), checks);
        timings.Lap("render");
    }

    private void DataFiles(Caches caches)
    {
        var site = planned.Site;
        // Independent pieces of work, each making a few files, run on every core (none of them parallel inside).
        // The long ones (a pass over every plan or page) first, so that the short ones fill the other
        // cores around them rather than one long piece running alone at the end of the stage.
        IEnumerable<Func<IEnumerable<OutputFile>>> makers =
        [
            () => AtomFeedWriter.Write(site),
            () => SitemapWriter.Write(site, planned.Pages),
            .. caches.Kept<OpenDataMemory>() is { } memory
                ? memory.Makers(site.Content, site.Urls, set.ChangedPlans)
                : OpenDataWriter.Makers(site.Content, site.Urls, set.ChangedPlans),
            () => Assets(theme.Project),
            () => Embedding.EmbedFiles.Scripts(site, theme.Project.Read(Embedding.EmbedFiles.ScriptAsset)), // /embed.js
            () => planned.Admin?.Write(site.Config, site.Urls) ?? [], // /admin/, when the config asks for it
            .. set.Pages.OfType<Embedding.EmbedPage>().Select(page => (Func<IEnumerable<OutputFile>>)(() => Embedding.OEmbed.Write(site, [page]))),
        ];
        // The pieces hold what they made for each other (each plan's open data, for the whole-site files):
        // a local of this method only, so it is let go once the files are made.
        Parallel.ForEach(makers, _parallel, make =>
        {
            foreach (var file in make())
            {
                if (file.Writer is { } writer) output.Files.Write(file.Path, writer);
                else output.Files.Write(file.Path, file.Content);
                _built.Add(new BuiltFile(file.Path, file.SourcePath));
            }
        });
    }

    // One page-sized builder per rendering thread for the passes over a written page: a new one per page is large-object garbage.
    [ThreadStatic] private static System.Text.StringBuilder? t_scratch;

    private async Task RenderAsync(IReadOnlyList<PageModel> batch, CheckPhase checks)
    {
        var done = 0;
        await Parallel.ForEachAsync(batch, _parallel, async (page, _) =>
        {
            var path = page.OutputPath;
            var source = page is PlanPage planPage ? planPage.Plan.SourcePath : null;
            var buffer = PageBuffer.Rent();
            try
            {
                await theme.Renderer.RenderAsync(page, buffer);
                // Furigana go over Japanese pages' words; embed views have no toggle and keep to their weight budget.
                var scratch = t_scratch ??= new System.Text.StringBuilder();
                scratch.Clear();
                var rewritten = page.Language.IsJapanese
                    ? page is not Embedding.EmbedPage && Markup.Readings.ReadingAnnotator.Annotated(buffer.Text.Span, planned.Readings, scratch)
                    // Japanese names in a Latin-script page are read with a Japanese voice (WCAG 3.1.2); Chinese shares the kanji.
                    : page.Language.Writing == I18n.Writing.Latin && Markup.LanguageOfParts.JapaneseRuns.Marked(buffer.Text.Span, scratch);
                if (rewritten) buffer.Rewrite(scratch);
                var bytes = buffer.Utf8();
                checks.Page(page, path, source, bytes, buffer.Text);
                output.Files.Write(path, bytes);
                _built.Add(new BuiltFile(path, source));
            }
            catch (Exception e) when (e is not IOException and not UnauthorizedAccessException)
            {
                diagnostics.Error(SourceLocation.StartOf(path), "template",
                    $"rendering with {page.Template} failed: {SiteBuilder.FirstLines(e.Message)}", "check the template; the content itself passed validation");
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
