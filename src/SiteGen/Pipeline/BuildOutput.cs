using SiteGen.Diagnostics;
using SiteGen.Publish;
using SiteGen.Search;

namespace SiteGen.Pipeline;

/// <summary>
/// Where a build's files go while it runs and how they reach the output folder: one strategy, chosen
/// once per build (<see cref="Choose"/>). Nothing reaches the output before <see cref="Commit"/>.
/// </summary>
internal interface IBuildOutput : IDisposable
{
    ISiteOutput Files { get; }

    /// <summary>The files' bytes when they are held in memory; empty otherwise.</summary>
    IReadOnlyDictionary<string, byte[]> Contents { get; }

    /// <summary>Brings the checked site into the output folder, indexed for search on the way; false leaves the previous site as it was.</summary>
    bool Commit(PagefindIndexer? indexer, DiagnosticBag diagnostics, StageTimings timings);
}

internal static class BuildOutput
{
    public static IBuildOutput Choose(bool write, RenderSet set, bool search, string outputPath, Caching.Caches caches)
    {
        if (!write) return new MemoryOnly();
        // Incremental builds are small: held in memory until checked, then only changed files are written in place.
        if (!set.Everything)
        {
            // A session knows which large files on disk already hold the very arrays it is handed.
            var verified = caches.Kept<VerifiedFiles>();
            return new InPlaceUpdate(outputPath, verified is null ? files => InPlace.WriteChanged(outputPath, files) : files => verified.WriteChanged(outputPath, files));
        }
        // A site already in the output is updated file by file (only what changed is written); a first build,
        // or one with search (Pagefind indexes the whole staged site), stages the whole site and swaps it in.
        return new Staged(!search && Directory.Exists(outputPath) ? new StagedUpdate(outputPath) : new StagingFolder(outputPath));
    }

    /// <summary>A build that writes nothing (`serve`'s tests, the benchmark's checks): the files stay in memory.</summary>
    private sealed class MemoryOnly : IBuildOutput
    {
        private readonly MemoryOutput _memory = new();
        public ISiteOutput Files => _memory;
        public IReadOnlyDictionary<string, byte[]> Contents => _memory.Files;
        public bool Commit(PagefindIndexer? indexer, DiagnosticBag diagnostics, StageTimings timings) => false;
        public void Dispose() { }
    }

    /// <summary>A staging folder beside the output, swapped in whole or moved in file by file.</summary>
    private sealed class Staged(IStagedSite staging) : IBuildOutput
    {
        public ISiteOutput Files => staging;
        public IReadOnlyDictionary<string, byte[]> Contents { get; } = new Dictionary<string, byte[]>();

        public bool Commit(PagefindIndexer? indexer, DiagnosticBag diagnostics, StageTimings timings)
        {
            // The search index is built in the staging folder: if Pagefind fails, the previous site stays.
            var written = staging.Commit(indexer is null ? null : root => indexer.Index(root, diagnostics));
            timings.Lap(staging is StagedUpdate update ? $"update {update.Changed}" : indexer is null ? "swap" : "search+swap");
            return written;
        }

        public void Dispose() => staging.Dispose();
    }

    /// <summary>An incremental rebuild: held in memory until checked, then only the files whose bytes differ are written in place.</summary>
    /// <param name="writeChanged">Writes the files whose bytes differ from the output folder's, and says how many it wrote.</param>
    private sealed class InPlaceUpdate(string outputPath, Func<IReadOnlyDictionary<string, byte[]>, int> writeChanged) : IBuildOutput
    {
        private readonly MemoryOutput _memory = new();
        public ISiteOutput Files => _memory;
        public IReadOnlyDictionary<string, byte[]> Contents => _memory.Files;

        public bool Commit(PagefindIndexer? indexer, DiagnosticBag diagnostics, StageTimings timings)
        {
            var changed = writeChanged(_memory.Files);
            timings.Lap($"write {changed}");
            // Search is brought up to date after the pages are: the index of the whole site takes seconds.
            var written = changed == 0 || indexer is null || indexer.Index(outputPath, diagnostics);
            timings.Lap(indexer is null ? "swap" : "search+swap");
            return written;
        }

        public void Dispose() { }
    }
}
