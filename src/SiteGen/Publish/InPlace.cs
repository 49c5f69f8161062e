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
            if (File.Exists(path) && new FileInfo(path).Length == file.Value.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(file.Value)) return;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // Written beside and renamed over, so the server never sends a half-written page.
            var temporary = path + ".sitegen-tmp";
            File.WriteAllBytes(temporary, file.Value);
            File.Move(temporary, path, overwrite: true);
            Interlocked.Increment(ref written);
        });
        return written;
    }
}
