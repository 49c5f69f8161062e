using SiteGen.Caching;
using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Content.Yaml;
using SiteGen.Diagnostics;

namespace SiteGen.Pipeline;

/// <summary>
/// Load: the content files read and split (plans are parsed when binding asks for them), and the last
/// commit date of each from git. Outside a session the YAML trees kept on disk stand in for unchanged
/// front matters; in a session the session's parsed files do.
/// </summary>
internal sealed class LoadPhase : IDisposable
{
    private readonly Task<IReadOnlyDictionary<string, DateOnly>> _asking;
    private readonly YamlTreeCache? _trees;
    private readonly PipelineMemory? _session;

    private LoadPhase(LoadedContent loaded, Task<IReadOnlyDictionary<string, DateOnly>> asking, YamlTreeCache? trees, PipelineMemory? session)
    {
        Loaded = loaded;
        _asking = asking;
        _trees = trees;
        _session = session;
    }

    public LoadedContent Loaded { get; }

    /// <param name="substitute">Replaces files read from disk with texts in memory: `import evaluations` checks its edit before writing it.</param>
    public static LoadPhase Run(string siteRoot, SiteConfig config, DiagnosticBag diagnostics, Caches caches, Func<LoadedContent, LoadedContent>? substitute)
    {
        var session = caches.Kept<PipelineMemory>();
        // git runs as a process of its own and mostly waits for the disk: it is asked first, on a thread
        // of its own, and answers while the content files are read (docs/performance.md#work-side-by-side).
        var asking = session?.CommitDates is { } known ? Task.FromResult(known)
            : Task.Factory.StartNew(() => GitHistory.LastCommitDates(siteRoot, config.Content), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var trees = caches.InSession ? null : YamlTreeCache.Open(caches, Path.Combine(siteRoot, config.Content));
        var parse = caches.Kept<DocumentCache>() is { } documents ? documents.Around(ContentFile.Parse)
            : trees is not null ? ContentFile.Reading(trees.Read)
            : ContentFile.Parse;
        var loaded = ContentLoader.Load(siteRoot, config.Content, config.SiteLanguages, diagnostics, parse);
        if (substitute is not null) loaded = substitute(loaded);
        return new LoadPhase(loaded, asking, trees, session);
    }

    /// <summary>When each content file was last committed (a session asks git once).</summary>
    public IReadOnlyDictionary<string, DateOnly> CommitDates()
    {
        var history = _asking.GetAwaiter().GetResult();
        if (_session is not null) _session.CommitDates = history;
        return history;
    }

    /// <summary>Keeps the YAML trees for the next run: binding reads the plan files as it goes, so only after it has every front matter been read.</summary>
    public void KeepTrees(StageTimings? timings)
    {
        if (_trees is null) return;
        _trees.Save();
        timings?.Lap($"yaml {_trees.Reused}/{_trees.Reused + _trees.Parsed}, {_trees.ReadDirectly} direct");
    }

    public void Dispose() => _trees?.Dispose();
}
