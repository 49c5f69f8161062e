using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Model.Binding;
using SiteGen.Publish;
using SiteGen.Templates;

namespace SiteGen.Pipeline;

/// <summary>
/// What one `serve` session keeps from build to build so that a rebuild does only what a change
/// requires: parsed files, bound model objects, and for every page what it was made from and what
/// the checks found on it. The dependency graph is implicit in object identity: an unchanged file
/// gives the same objects, a page whose <see cref="Pages.PageModel.DependsOn"/> objects are all the
/// same as last time is left as it is on disk.
/// </summary>
public sealed class BuildSession
{
    public DocumentCache Documents { get; } = new();
    public BindingCache Bindings { get; } = new();
    public OpenData.OpenDataMemory OpenData { get; } = new();

    /// <summary>The reference groups of unchanged files found resolved (<see cref="Validation.ResolvedReferences"/>).</summary>
    public Validation.ResolvedReferences References { get; } = new();

    /// <summary>The large files the last rebuilds found on disk as they should be (<see cref="Publish.VerifiedFiles"/>).</summary>
    public VerifiedFiles Verified { get; } = new();

    /// <summary>Read from git once per session: commits do not happen while a file is being edited and saved.</summary>
    internal IReadOnlyDictionary<string, DateOnly>? CommitDates { get; set; }

    /// <summary>The last build that was written, or null before the first.</summary>
    internal BuiltSite? Last { get; set; }

    /// <summary>The watcher saw these files change (paths relative to the site root, or absolute).</summary>
    public void Changed(string siteRoot, IEnumerable<string> paths) =>
        Documents.Forget(paths.Select(p => Path.IsPathRooted(p) ? p : Path.Combine(siteRoot, p)));
}

/// <summary>One page of a written build: what it was made from, and what the checks found on it.</summary>
internal sealed record BuiltPage(IReadOnlyList<object>? DependsOn, LinkChecker.CheckedPage Links, IReadOnlyList<string> Problems)
{
    /// <summary>
    /// True when every object the page is made from is the very object it was made from last time
    /// (model objects: an unchanged file gives the same object), or an equal value (the small views
    /// pages declare of what they print, <see cref="Pages.IPrintedParts"/>).
    /// </summary>
    public bool MadeFrom(IReadOnlyList<object>? dependsOn) =>
        DependsOn is not null && dependsOn is not null && DependsOn.Count == dependsOn.Count &&
        DependsOn.Zip(dependsOn).All(pair => ReferenceEquals(pair.First, pair.Second) || (pair.First is Pages.IPrintedParts && Equals(pair.First, pair.Second)));
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
