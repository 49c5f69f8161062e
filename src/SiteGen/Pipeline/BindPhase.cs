using SiteGen.Caching;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Model.Binding;

namespace SiteGen.Pipeline;

/// <summary>Bind: the parsed files read into the typed model, every problem a diagnostic; a session reuses the objects of unchanged files.</summary>
internal static class BindPhase
{
    public static (SiteContent Content, IReadOnlyList<IReadOnlyList<Reference>> References) Run(LoadPhase load, DiagnosticBag diagnostics, Caches caches, StageTimings? timings)
    {
        var history = load.CommitDates();
        timings?.Lap("git history");
        (SiteContent, IReadOnlyList<IReadOnlyList<Reference>>) Bind(BindFile bindFile) => ContentBinder.Bind(load.Loaded, diagnostics, history, bindFile);
        var bound = caches.Kept<BindingCache>() is { } memory ? memory.Around(load.Loaded, Bind) : Bind(ContentBinder.EachFile);
        timings?.Lap("load+model");
        load.KeepTrees(timings);
        return bound;
    }
}
