using System.Collections.Concurrent;

namespace SiteGen.Caching;

/// <summary>
/// The one seam for everything SiteGen keeps to do less work later: files in the cache folder, kept
/// from run to run (<see cref="Folder"/>), and stores a `serve` session keeps in
/// memory from save to save (<see cref="Kept{T}"/>). One setting, the folder, and one switch,
/// `--no-cache` (<see cref="Off"/>), decide them all. Nothing kept is ever needed: with the caches off a
/// run makes the same output from scratch (docs/cli.md#the-cache-folder).
/// </summary>
public sealed class Caches
{
    private readonly ConcurrentDictionary<Type, object>? _session;

    private Caches(bool on, string? folder, bool session)
    {
        On = on;
        Folder = on ? folder : null;
        _session = on && session ? new ConcurrentDictionary<Type, object>() : null;
    }

    /// <summary>Keeps nothing, on disk or in memory (`--no-cache`).</summary>
    public static Caches Off { get; } = new(false, null, false);

    /// <summary>The cache folder of the environment (<see cref="CacheFolder.Default"/>), or <see cref="Off"/> for `--no-cache`.</summary>
    public static Caches Choose(bool noCache) => noCache ? Off : InFolder(CacheFolder.Default());

    /// <summary>Files kept in <paramref name="folder"/> (null: none on disk, as where there is no home folder).</summary>
    public static Caches InFolder(string? folder) => new(true, folder, false);

    /// <summary>False for `--no-cache`.</summary>
    public bool On { get; }

    /// <summary>Where files are kept between runs; null keeps none.</summary>
    public string? Folder { get; }

    /// <summary>True for the caches of a `serve` session (<see cref="ForSession"/>).</summary>
    public bool InSession => _session is not null;

    /// <summary>The same folder, with memories kept from build to build of one session; off stays off.</summary>
    public Caches ForSession() => On ? new Caches(true, Folder, true) : Off;

    /// <summary>The session's one store of type <typeparamref name="T"/>, made on first use; null outside a session.</summary>
    public T? Kept<T>() where T : class, new() => (T?)_session?.GetOrAdd(typeof(T), static _ => new T());

    /// <summary>The folder of one kind of kept file (<c>templates</c>, …); null when nothing is kept on disk.</summary>
    public string? FolderOf(string kind) => Folder is null ? null : Path.Combine(Folder, kind);
}
