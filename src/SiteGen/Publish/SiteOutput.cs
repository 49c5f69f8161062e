using System.Collections.Concurrent;

namespace SiteGen.Publish;

/// <summary>Where a build puts its files as it makes them. Safe to write from many threads at once.</summary>
public interface ISiteOutput
{
    void Write(string path, ReadOnlySpan<byte> content);

    /// <summary>A file whose bytes the caller will not change again (an output may keep them without copying).</summary>
    void Write(string path, byte[] content) => Write(path, content.AsSpan());

    /// <summary>A file whose bytes <paramref name="writer"/> writes to a stream, piece by piece.</summary>
    void Write(string path, Action<Stream> writer)
    {
        using var buffer = new MemoryStream();
        writer(buffer);
        Write(path, buffer.ToArray());
    }
}

/// <summary>
/// A build's files on disk, written as soon as each is rendered (nothing is held in memory), into a
/// fresh folder beside the output. Only when every check has passed does it take the output's place,
/// so a failed build never leaves a half-written site and the previous one stays as it was.
/// </summary>
public sealed class StagingFolder : IStagedSite
{
    private readonly string _output;
    private readonly ConcurrentDictionary<string, bool> _directories = new(StringComparer.Ordinal);

    public StagingFolder(string outputDirectory)
    {
        _output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_output)!;
        Directory.CreateDirectory(parent);
        Root = Path.Combine(parent, $".{Path.GetFileName(_output)}.new-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Root);
    }

    /// <summary>The staging folder itself (the search indexer adds its files here before the swap).</summary>
    public string Root { get; }

    public void Write(string path, ReadOnlySpan<byte> content)
    {
        var full = FolderReadyFor(path);
        // Written at offset 0 in one call, without the seek and buffer of a FileStream (a portal writes tens
        // of thousands of files; see also System.IO.DisableFileLocking in SiteGen.csproj).
        using var file = File.OpenHandle(full, FileMode.Create, FileAccess.Write, FileShare.None);
        RandomAccess.Write(file, content, 0);
    }

    /// <summary>Streams the file straight to disk: nothing of it is held but the stream's buffer.</summary>
    public void Write(string path, Action<Stream> writer)
    {
        using var file = new FileStream(FolderReadyFor(path), FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024);
        writer(file);
    }

    /// <summary>The full path of <paramref name="path"/> in the staging folder, its folder created.</summary>
    private string FolderReadyFor(string path)
    {
        var full = Path.Combine(Root, path);
        var directory = Path.GetDirectoryName(path) ?? "";
        // Marked only once it exists, so a second thread writing into it never runs ahead of its creation.
        if (directory.Length > 0 && !_directories.ContainsKey(directory))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            _directories.TryAdd(directory, true);
        }
        return full;
    }

    /// <summary>Lets <paramref name="finish"/> (the search indexer) add to the staged site, then swaps it in whole.</summary>
    public bool Commit(Func<string, bool>? finish = null)
    {
        if (finish is not null && !finish(Root)) return false;
        var retired = Path.Combine(Path.GetDirectoryName(_output)!, $".{Path.GetFileName(_output)}.old-{Guid.NewGuid():N}");
        // Two renames: the old site is moved aside, the new one moved in. If the second fails the old one comes back.
        if (Directory.Exists(_output)) Directory.Move(_output, retired);
        try
        {
            Directory.Move(Root, _output);
        }
        catch
        {
            if (Directory.Exists(retired)) Directory.Move(retired, _output);
            throw;
        }
        finally
        {
            if (Directory.Exists(retired)) Directory.Delete(retired, recursive: true);
        }
        return true;
    }

    /// <summary>Removes whatever was staged and not committed.</summary>
    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}

/// <summary>A build's files kept in memory: for `check`-like runs and tests that read what would be written.</summary>
public sealed class MemoryOutput : ISiteOutput
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public void Write(string path, ReadOnlySpan<byte> content) => _files[path] = content.ToArray();

    public void Write(string path, byte[] content) => _files[path] = content;

    public IReadOnlyDictionary<string, byte[]> Files => _files;
}
