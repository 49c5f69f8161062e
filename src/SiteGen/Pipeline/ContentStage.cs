using SiteGen.Caching;
using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Content.Yaml;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Model.Binding;
using SiteGen.Validation;

namespace SiteGen.Pipeline;

/// <summary>The first three stages, shared by `check` and `build`: load → model → validate.</summary>
public static class ContentStage
{
    /// <summary>Without caches: `new`, the evaluation import and the tests read the content as it is.</summary>
    /// <param name="substitute">Replaces files read from disk with texts in memory: `import evaluations` checks its edit before writing it.</param>
    public static SiteContent Run(string siteRoot, SiteConfig config, DiagnosticBag diagnostics, Func<LoadedContent, LoadedContent>? substitute = null) =>
        Run(siteRoot, config, diagnostics, Caches.Off, null, substitute);

    /// <param name="caches">Outside a session, where the YAML trees of this site's files are kept between runs
    /// (<see cref="YamlTreeCache"/>), so that only changed front matters are parsed; in a `serve` session, unchanged
    /// files are neither parsed nor bound again.</param>
    public static SiteContent Run(string siteRoot, SiteConfig config, DiagnosticBag diagnostics, Caches caches, StageTimings? timings = null,
        Func<LoadedContent, LoadedContent>? substitute = null)
    {
        var memory = caches.Kept<PipelineMemory>();
        // git runs as a process of its own and mostly waits for the disk: it is asked first, on a thread
        // of its own, and answers while the content files are read (docs/performance.md#work-side-by-side).
        var asking = memory?.CommitDates is { } known ? Task.FromResult(known)
            : Task.Factory.StartNew(() => GitHistory.LastCommitDates(siteRoot, config.Content), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        using var trees = caches.InSession ? null : YamlTreeCache.Open(caches, Path.Combine(siteRoot, config.Content));
        var loaded = ContentLoader.Load(siteRoot, config.Content, diagnostics, caches.Kept<DocumentCache>(), trees);
        if (substitute is not null) loaded = substitute(loaded);
        timings?.Lap("load areas");
        var history = asking.GetAwaiter().GetResult();
        if (memory is not null) memory.CommitDates = history;
        timings?.Lap("git history");
        var (content, references) = ContentBinder.Bind(loaded, diagnostics, history, caches.Kept<BindingCache>());
        timings?.Lap("load+model");
        // Binding reads the plan files as it goes: only now has every front matter been read.
        if (trees is not null)
        {
            trees.Save();
            timings?.Lap($"yaml {trees.Reused}/{trees.Reused + trees.Parsed}");
        }
        var declared = loaded.Areas.Select(a => $"{ReferenceKind.Area}:{a.Id}")
            .Concat(loaded.Organisations.Select(o => $"{ReferenceKind.Organisation}:{o.Id}"))
            .Concat(loaded.Plans.Select(p => $"{ReferenceKind.Plan}:{p.Folder}"))
            .ToHashSet(StringComparer.Ordinal);
        ReferenceValidator.Validate(content, references, declared, diagnostics, caches.Kept<ResolvedReferences>());
        TranslationCoverage.Warn(content, diagnostics);
        GlossaryChecks.Warn(content, diagnostics);
        timings?.Lap("validate");
        return content;
    }
}
