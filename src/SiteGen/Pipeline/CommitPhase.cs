using SiteGen.Diagnostics;

namespace SiteGen.Pipeline;

/// <summary>
/// Commit: only a build that found no error brings its files into the output folder (indexed for search
/// on the way, <see cref="IBuildOutput.Commit"/>); then what it read is kept for the next build.
/// </summary>
internal static class CommitPhase
{
    public static bool Run(IBuildOutput output, PlannedSite planned, CheckPhase checks, DiagnosticBag diagnostics, StageTimings timings)
    {
        var written = output.Commit(planned.Indexer, diagnostics, timings);
        if (written) checks.KeepFacts(timings);
        return written;
    }

    /// <summary>A session continues from the last written build; after a failed one its next build is a full one.</summary>
    public static void Remember(PipelineMemory? session, bool written, Func<BuiltSite> built)
    {
        if (session is not null) session.Last = written ? built() : null;
    }
}
