using SiteGen.Caching;

namespace SiteGen.Pipeline;

/// <summary>How to run a build.</summary>
/// <param name="Write">Write the site to the output folder (off: keep the files in memory and report them).</param>
/// <param name="Progress">Where to say how far a long build has come; null for silence.</param>
/// <param name="Session">State kept between the builds of one `serve` session, for incremental rebuilds; null for a one-off build.</param>
/// <param name="Parallel">Render on every core (off: one page after another, which must give the same bytes).</param>
public sealed record BuildOptions(bool Write = true, TextWriter? Progress = null, BuildSession? Session = null, bool Parallel = true)
{
    /// <summary>
    /// What a one-off build keeps for the next (<see cref="Caching.Caches"/>): the YAML trees of the content files
    /// (only changed front matters are parsed), what it read of each page (only changed pages are scanned) and
    /// compiled templates. A <see cref="Session"/> brings its own.
    /// </summary>
    public Caches Caches { get; init; } = Caches.Choose(noCache: false);
}
