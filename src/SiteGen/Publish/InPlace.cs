namespace SiteGen.Publish;

/// <summary>
/// Writes an incremental rebuild's files into the output folder itself, only those whose bytes
/// differ from what is there: an edit to one plan touches a handful of files, so the browser and
/// any tool watching the folder see exactly what changed.
/// </summary>
public static class InPlace
{
    /// <summary>Writes the files that differ; returns how many it wrote.</summary>
    public static int WriteChanged(string outputDirectory, IReadOnlyDictionary<string, byte[]> files)
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
    /// Whether the file holds exactly <paramref name="content"/>, read in small pieces: the whole-site data
    /// files are tens of megabytes, and reading each into one array after every save kept the garbage
    /// collector busy with large objects.
    /// </summary>
    private static bool SameBytes(string path, byte[] content)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != content.Length) return false;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        Span<byte> piece = stackalloc byte[16 * 1024];
        for (var offset = 0; offset < content.Length;)
        {
            var read = stream.Read(piece);
            if (read == 0 || !piece[..read].SequenceEqual(content.AsSpan(offset, Math.Min(read, content.Length - offset)))) return false;
            offset += read;
        }
        return true;
    }
}
