using SiteGen.Config;
using SiteGen.Diagnostics;

namespace SiteGen.Pipeline;

/// <summary>
/// The whole pipeline, phase by phase, one file each: load → bind → validate (<see cref="ContentStage"/>)
/// → plan pages (<see cref="PlanPhase"/>, with what to render decided once, <see cref="RenderSet"/>) →
/// render (<see cref="RenderPhase"/>) → check (<see cref="CheckPhase"/>) → commit (<see cref="CommitPhase"/>).
/// Where the files go is one strategy chosen once (<see cref="BuildOutput"/>): a staging folder swapped in,
/// an update in place, or memory. Nothing reaches the output folder unless every phase found no error.
/// <para>
/// A `build` and a `serve` save run the same phases. Within a session (<see cref="BuildOptions.Session"/>)
/// a save after a content change renders only the pages whose content objects changed, the checks combine
/// them with what the last build found on the other pages, and only files whose bytes differ are written.
/// </para>
/// </summary>
public static class SiteBuilder
{
    public static Task<BuildResult> BuildAsync(string siteRoot, SiteConfig config, string outputDirectory, bool write = true, TextWriter? progress = null) =>
        BuildAsync(siteRoot, config, outputDirectory, new BuildOptions(write, progress));

    public static async Task<BuildResult> BuildAsync(string siteRoot, SiteConfig config, string outputDirectory, BuildOptions options)
    {
        using var languages = I18n.Languages.Use(config.SiteLanguages);
        return await BuildInLanguagesAsync(siteRoot, config, outputDirectory, options);
    }

    private static async Task<BuildResult> BuildInLanguagesAsync(string siteRoot, SiteConfig config, string outputDirectory, BuildOptions options)
    {
        var timings = new StageTimings();
        var diagnostics = new DiagnosticBag();
        var caches = options.Session?.Caches ?? options.Caches;
        BuildResult Failed() => new(diagnostics.Sorted(), [], timings, false);

        var theme = await LoadingTheme.StartAsync(siteRoot, config, caches);
        var content = ContentStage.Run(siteRoot, config, diagnostics, caches, timings);
        var dictionary = Markup.Readings.ReadingsFile.Load(siteRoot, config.Content, diagnostics);
        if (diagnostics.HasErrors) return Failed();
        if (theme is null)
        {
            LoadingTheme.Missing(config, diagnostics);
            return Failed();
        }
        if (await PlanPhase.RunAsync(siteRoot, config, content, dictionary, theme, options.Write, diagnostics, timings) is not { } planned) return Failed();

        var outputPath = Path.GetFullPath(outputDirectory);
        var session = caches.Kept<PipelineMemory>();
        var set = options.Write && session?.Last is { } last ? RenderSet.Decide(last, theme, outputPath, config, planned, timings) : RenderSet.All(planned);
        using var output = BuildOutput.Choose(options.Write, set, planned.Indexer is not null, outputPath, caches);

        var render = new RenderPhase(planned, set, theme, output, options, diagnostics);
        using var checks = new CheckPhase(planned, set, options.Write, caches, outputPath, diagnostics);
        await render.RunAsync(checks, caches, timings);
        var incoming = checks.Finish(render.Built.Select(f => f.Path), timings);

        var files = render.Built.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        if (diagnostics.HasErrors || !options.Write)
            return new BuildResult(diagnostics.Sorted(), files, timings, false) { Contents = output.Contents };
        var written = CommitPhase.Run(output, planned, checks, diagnostics, timings);
        CommitPhase.Remember(session, written, () => new BuiltSite(outputPath, config, theme.Renderer, checks.Existing, checks.Pages, content, incoming, planned.Readings));
        return new BuildResult(diagnostics.Sorted(), files, timings, written);
    }

    /// <summary>The first lines of a compiler's or renderer's message: enough to find the mistake, short enough to read.</summary>
    internal static string FirstLines(string message) => string.Join(" ", message.Split('\n').Take(6).Select(l => l.Trim()));
}
