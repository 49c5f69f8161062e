using System.Collections.Concurrent;
using System.IO.Enumeration;

namespace SiteGen.Publish;

/// <summary>A build's files held back until every check has passed, then put in the output's place in one step.</summary>
public interface IStagedSite : ISiteOutput, IDisposable
{
    /// <summary>
    /// Lets <paramref name="finish"/> (the search indexer) add to the staged site, then brings it into the output.
    /// When <paramref name="finish"/> returns false nothing is changed and false is returned.
    /// </summary>
    bool Commit(Func<string, bool>? finish = null);
}

/// <summary>
/// A rebuild over a site already in the output folder. Each file is compared with the one there: an
/// unchanged file is not written at all, a changed or new one is written into a staging folder beside
/// the output. Only when every check has passed are the staged files moved into the output (one rename
/// each) and the files the new site no longer has removed, so a failed build changes nothing.
/// <para>
/// Why not stage the whole site and swap it in, as a first build does (<see cref="StagingFolder"/>):
/// that writes every file of the site anew and then deletes every file of the old one, on every
/// build. After an edit to one plan nearly all of those bytes are the same, and rewriting them is most of
/// a rebuild's file-system time (docs/performance.md#building-over-the-previous-site). Here an
/// unchanged file is left exactly as it is (same file, same modification time), which also lets
/// rsync-style deploys and HTTP caches see what changed.
/// </para>
/// <para>
/// The result is the same set of files with the same bytes as a build into an empty folder. Search is
/// the exception this class does not cover: Pagefind indexes a whole site before it is swapped in, so
/// a site with search is staged whole.
/// </para>
/// </summary>
public sealed class StagedUpdate : IStagedSite
{
    private readonly string _output;
    private readonly StagingFolder _staging;
    /// <summary>Every file of the new site (value: true when it was staged, false when the output already holds it).</summary>
    private readonly ConcurrentDictionary<string, bool> _files = new(StringComparer.Ordinal);

    public StagedUpdate(string outputDirectory)
    {
        _output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        _staging = new StagingFolder(_output);
    }

    /// <summary>How many files the last commit wrote into the output (changed or new).</summary>
    public int Changed { get; private set; }

    public void Write(string path, ReadOnlySpan<byte> content)
    {
        var existing = Path.Combine(_output, path);
        if (InPlace.SameBytes(existing, content))
        {
            _files[path] = false;
            return;
        }
        _staging.Write(path, content);
        _files[path] = true;
    }

    /// <summary>Streamed files (the whole-site data, tens of megabytes) are staged first and compared after.</summary>
    public void Write(string path, Action<Stream> writer)
    {
        _staging.Write(path, writer);
        var staged = Path.Combine(_staging.Root, path);
        if (InPlace.SameFiles(staged, Path.Combine(_output, path)))
        {
            File.Delete(staged);
            _files[path] = false;
            return;
        }
        _files[path] = true;
    }

    public bool Commit(Func<string, bool>? finish = null)
    {
        if (finish is not null)
            throw new NotSupportedException("a staged update holds only the changed files; stage the whole site (StagingFolder) to run a step over all of it");
        // What the new site no longer has goes first: then no stale file stands where a new folder goes, no
        // old folder where a new file goes, and no link (all are removed) leads a move outside the output.
        RemoveWhatTheSiteNoLongerHas();
        var changed = _files.Where(f => f.Value).Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
        foreach (var path in changed)
        {
            var target = Path.Combine(_output, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(_staging.Root, path), target, overwrite: true);
        }
        Changed = changed.Count;
        return true;
    }

    /// <summary>
    /// Deletes every file (and symbolic link) in the output that is not a file of the new site, and every
    /// folder the new site has nothing in. Links are removed, never followed, as deleting the old site
    /// wholesale would.
    /// </summary>
    private void RemoveWhatTheSiteNoLongerHas()
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in _files.Keys)
        {
            for (var end = path.LastIndexOf('/'); end > 0 && folders.Add(path[..end]); end = path.LastIndexOf('/', end - 1)) { }
        }
        // Level by level, each level's folders on every core: a 10,000-plan site has 31,000 folders.
        IReadOnlyCollection<string> level = [""];
        while (level.Count > 0)
        {
            var next = new ConcurrentBag<string>();
            Parallel.ForEach(level, folder => Clean(folder, folders, next));
            level = next;
        }
    }

    /// <summary>Removes what <paramref name="folder"/> holds that the new site has not; adds the folders to look into.</summary>
    private void Clean(string folder, HashSet<string> folders, ConcurrentBag<string> next)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false };
        // Only a folder's entry is asked whether it is a link (one more system call), not every file's.
        var entries = new FileSystemEnumerable<(string Name, bool Folder, bool FolderLink)>(Path.Combine(_output, folder),
            (ref FileSystemEntry entry) =>
            {
                var link = entry.IsDirectory && (entry.Attributes & FileAttributes.ReparsePoint) != 0;
                return (entry.FileName.ToString(), entry.IsDirectory && !link, link);
            }, options);
        foreach (var (name, isFolder, isFolderLink) in entries.ToList())
        {
            var relative = folder.Length == 0 ? name : folder + "/" + name;
            var full = Path.Combine(_output, relative);
            if (isFolder)
            {
                if (folders.Contains(relative)) next.Add(relative);
                else Directory.Delete(full, recursive: true);
            }
            else if (!_files.ContainsKey(relative))
            {
                if (isFolderLink) StageWhatWasReadThrough(relative);
                File.Delete(full);
            }
        }
    }

    /// <summary>
    /// Files found unchanged behind a link to a folder (the comparison read through it) are staged from
    /// there before the link is removed, so the new site holds them as files of its own.
    /// </summary>
    private void StageWhatWasReadThrough(string link)
    {
        var prefix = link + "/";
        foreach (var path in _files.Where(f => !f.Value && f.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(f => f.Key).ToList())
        {
            _staging.Write(path, File.ReadAllBytes(Path.Combine(_output, path)));
            _files[path] = true;
        }
    }

    /// <summary>Removes the staging folder (after a commit it holds only folders).</summary>
    public void Dispose() => _staging.Dispose();
}
