namespace SiteGen.Publish;

/// <summary>
/// Writes the site so that a failed build never leaves a half-written one: files go to a fresh
/// folder beside the output, and only when all are written does it take the output's place.
/// </summary>
public static class OutputWriter
{
    /// <summary>
    /// Writes the files, lets <paramref name="finish"/> (the search indexer) add to the staged site, then swaps it in.
    /// When <paramref name="finish"/> returns false nothing is swapped: the output stays as it was and false is returned.
    /// </summary>
    public static bool Write(string outputDirectory, IReadOnlyList<OutputFile> files, Func<string, bool>? finish = null)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.new-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");

        try
        {
            Directory.CreateDirectory(staging);
            foreach (var directory in files.Select(f => Path.GetDirectoryName(f.Path)).Distinct())
                Directory.CreateDirectory(Path.Combine(staging, directory ?? ""));
            Parallel.ForEach(files, file => File.WriteAllBytes(Path.Combine(staging, file.Path), file.Content));
            if (finish is not null && !finish(staging)) return false;

            // Two renames: the old site is moved aside, the new one moved in. If the second fails the old one comes back.
            if (Directory.Exists(output)) Directory.Move(output, retired);
            try
            {
                Directory.Move(staging, output);
            }
            catch
            {
                if (Directory.Exists(retired)) Directory.Move(retired, output);
                throw;
            }
            return true;
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            if (Directory.Exists(retired)) Directory.Delete(retired, recursive: true);
        }
    }
}
