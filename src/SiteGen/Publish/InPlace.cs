using System.Buffers;
using System.Collections.Concurrent;

namespace SiteGen.Publish;

/// <summary>
/// Writes an incremental rebuild's files into the output folder itself, only those whose bytes
/// differ from what is there: an edit to one plan touches a handful of files, so the browser and
/// any tool watching the folder see exactly what changed.
/// </summary>
public static class InPlace
{
    /// <summary>Writes the files (by path in <paramref name="outputDirectory"/>) that differ; returns how many it wrote.</summary>
    public static int WriteChanged(string outputDirectory, IReadOnlyCollection<KeyValuePair<string, byte[]>> files)
    {
        var written = 0;
        Parallel.ForEach(files, file =>
        {
            var path = Path.Combine(outputDirectory, file.Key);
            if (SameBytes(path, file.Value)) return;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // Written beside and renamed over, so the server never sends a half-written page.
            var temporary = path + ".sitegen-tmp";
            File.WriteAllBytes(temporary, file.Value);
            File.Move(temporary, path, overwrite: true);
            Interlocked.Increment(ref written);
        });
        return written;
    }

    /// <summary>
    /// Whether the file holds exactly <paramref name="content"/>. Read in pieces of at most 256 KB (a page
    /// is one read; the whole-site data files are tens of megabytes, and reading each into one array after
    /// every save kept the garbage collector busy with large objects), with the handle alone: every file of
    /// every build over a previous site comes through here.
    /// </summary>
    internal static bool SameBytes(string path, ReadOnlySpan<byte> content)
    {
        var info = new FileInfo(path);
        // A symbolic link is never taken for the file: it is replaced by one, not read through.
        if (!info.Exists || info.Length != content.Length || info.Attributes.HasFlag(FileAttributes.ReparsePoint)) return false;
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var piece = ArrayPool<byte>.Shared.Rent(Math.Clamp(content.Length, 1, 256 * 1024));
        try
        {
            for (var offset = 0; offset < content.Length;)
            {
                var read = RandomAccess.Read(handle, piece.AsSpan(0, Math.Min(piece.Length, content.Length - offset)), offset);
                if (read == 0 || !piece.AsSpan(0, read).SequenceEqual(content.Slice(offset, read))) return false;
                offset += read;
            }
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(piece);
        }
    }

    /// <summary>Whether the two files exist and hold the same bytes (<paramref name="other"/> not a symbolic link).</summary>
    internal static bool SameFiles(string path, string other)
    {
        var (a, b) = (new FileInfo(path), new FileInfo(other));
        if (!a.Exists || !b.Exists || a.Length != b.Length || b.Attributes.HasFlag(FileAttributes.ReparsePoint)) return false;
        using var first = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        using var second = new FileStream(other, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var (x, y) = (new byte[64 * 1024], new byte[64 * 1024]);
        while (true)
        {
            var read = first.ReadAtLeast(x, x.Length, throwOnEndOfStream: false);
            if (read != second.ReadAtLeast(y.AsSpan(0, read), read, throwOnEndOfStream: false)) return false;
            if (read == 0) return true;
            if (!x.AsSpan(0, read).SequenceEqual(y.AsSpan(0, read))) return false;
        }
    }
}

/// <summary>
/// The large files a `serve` session last found (or wrote) on disk with exactly the bytes of a given
/// array. The whole-site open data files are handed to every rebuild as the very arrays of the last
/// one when no plan's data changed (<see cref="OpenData.OpenDataMemory"/>), so the same array and a
/// file of the same size and write time as when it was checked means the same bytes: at 10,000
/// plans that is 280 MB of plans.json not read again after every save. Small files are compared as
/// before; keeping their arrays would cost more memory than reading them costs time.
/// </summary>
public sealed class VerifiedFiles
{
    /// <summary>Files below this size are always compared.</summary>
    public const int MinimumLength = 1024 * 1024;

    private readonly ConcurrentDictionary<string, (byte[] Content, long Length, DateTime WriteTime)> _files = new(StringComparer.Ordinal);

    /// <summary><see cref="InPlace.WriteChanged"/> of the files not known to be on disk as they are; returns how many it wrote.</summary>
    public int WriteChanged(string outputDirectory, IReadOnlyDictionary<string, byte[]> files)
    {
        var unknown = files.Where(file => !StillHolds(Path.Combine(outputDirectory, file.Key), file.Value)).ToList();
        var written = InPlace.WriteChanged(outputDirectory, unknown);
        foreach (var file in unknown) Remember(Path.Combine(outputDirectory, file.Key), file.Value);
        return written;
    }

    /// <summary>The file at <paramref name="path"/> was found holding <paramref name="content"/>, and has not been written since.</summary>
    private bool StillHolds(string path, byte[] content)
    {
        if (!_files.TryGetValue(path, out var known) || !ReferenceEquals(known.Content, content)) return false;
        var info = new FileInfo(path);
        return info.Exists && info.Length == known.Length && info.LastWriteTimeUtc == known.WriteTime;
    }

    /// <summary>Called once the file at <paramref name="path"/> holds exactly <paramref name="content"/>.</summary>
    private void Remember(string path, byte[] content)
    {
        if (content.Length < MinimumLength)
        {
            _files.TryRemove(path, out _);
            return;
        }
        var info = new FileInfo(path);
        _files[path] = (content, info.Length, info.LastWriteTimeUtc);
    }
}
