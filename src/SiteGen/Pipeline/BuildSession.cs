using SiteGen.Caching;
using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Publish;
using SiteGen.Templates;

namespace SiteGen.Pipeline;

/// <summary>
/// One `serve` session: its caches (<see cref="Caching.Caches.ForSession"/>) keep, from build to build,
/// parsed files, bound model objects, and for every page what it was made from and what the checks
/// found on it, so that a rebuild does only what a change requires. The dependency graph is implicit in
/// object identity: an unchanged file gives the same objects, a page whose
/// <see cref="Pages.PageModel.DependsOn"/> objects are all the same as last time is left as it is on disk.
/// With the caches off (`--no-cache`) it keeps nothing and every build is a full one.
/// </summary>
public sealed class BuildSession
{
    /// <summary>A session with the caches of the environment.</summary>
    public BuildSession() : this(Caches.Choose(noCache: false))
    {
    }

    public BuildSession(Caches caches) => Caches = caches.ForSession();

    public Caches Caches { get; }

    /// <summary>The watcher saw these files change (paths relative to the site root, or absolute).</summary>
    public void Changed(string siteRoot, IEnumerable<string> paths) =>
        Caches.Kept<DocumentCache>()?.Forget(paths.Select(p => Path.IsPathRooted(p) ? p : Path.Combine(siteRoot, p)));
}

/// <summary>What the pipeline itself keeps in a session: git's dates and the last written build.</summary>
internal sealed class PipelineMemory
{
    /// <summary>Read from git once per session: commits do not happen while a file is being edited and saved.</summary>
    public IReadOnlyDictionary<string, DateOnly>? CommitDates { get; set; }

    /// <summary>The last build that was written, or null before the first.</summary>
    public BuiltSite? Last { get; set; }
}

/// <summary>One page of a written build: what it was made from, and what the checks found on it.</summary>
internal sealed record BuiltPage(IReadOnlyList<object>? DependsOn, LinkChecker.CheckedPage Links, IReadOnlyList<string> Problems)
{
    /// <summary>
    /// True when everything the page is made from equals what it was made from last time: the very model
    /// objects (an unchanged file gives the same object), or equal view records of what the page prints
    /// of other content (the home pages' plan cards, the glossary's entries).
    /// </summary>
    public bool MadeFrom(IReadOnlyList<object>? dependsOn) =>
        DependsOn is not null && dependsOn is not null && DependsOn.Count == dependsOn.Count &&
        DependsOn.Zip(dependsOn).All(pair => Equals(pair.First, pair.Second));
}

/// <summary>A written build, as far as the next incremental build needs it.</summary>
internal sealed record BuiltSite(
    string OutputDirectory,
    SiteConfig Config,
    TemplateRenderer Renderer,
    IReadOnlySet<string> Paths,
    IReadOnlyDictionary<string, BuiltPage> Pages,
    Model.SiteContent Content,
    Publish.LinkChecker.IncomingFragments? Incoming,
    Markup.Readings.ReadingDictionary Readings)
{
    /// <summary>
    /// An incremental build may continue from this one only when nothing but content changed and
    /// no page appeared or disappeared: same output folder, config, templates and readings, same addresses.
    /// Anything else is a full build.
    /// </summary>
    public bool Continues(string outputDirectory, SiteConfig config, TemplateRenderer renderer, IReadOnlyList<string> pagePaths,
        Markup.Readings.ReadingDictionary readings) =>
        OutputDirectory == outputDirectory && Config == config && ReferenceEquals(Renderer, renderer) && Readings.SameAs(readings) &&
        Directory.Exists(outputDirectory) &&
        pagePaths.Count == Pages.Count && pagePaths.All(Pages.ContainsKey);
}
