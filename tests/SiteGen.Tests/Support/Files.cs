namespace SiteGen.Tests.Support;

public static class Files
{
    /// <summary>Every file under <paramref name="folder"/>: relative path (with /) → bytes.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder)
    {
        var result = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
            result[Path.GetRelativePath(folder, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        return result;
    }

    /// <summary>Copies <paramref name="from"/> with everything below it to <paramref name="to"/>, empty folders too.</summary>
    public static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var folder in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, folder)));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }

    /// <summary>Asserts two snapshots hold the same paths with byte-identical contents.</summary>
    public static void AssertIdentical(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys.ToList(), actual.Keys.ToList());
        var different = expected.Keys.Where(k => !expected[k].AsSpan().SequenceEqual(actual[k])).ToList();
        Assert.True(different.Count == 0, "files differ: " + string.Join(", ", different) + (different.Count == 0 ? "" : "\n" + FirstDifference(different[0], expected[different[0]], actual[different[0]])));
    }

    private static string FirstDifference(string path, byte[] expected, byte[] actual)
    {
        var i = expected.AsSpan().CommonPrefixLength(actual);
        string Around(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes, Math.Max(0, i - 80), Math.Min(bytes.Length, i + 80) - Math.Max(0, i - 80));
        return $"{path}, first at byte {i}:\n  expected «{Around(expected)}»\n  actual   «{Around(actual)}»";
    }

    /// <summary>Creates an old output folder with marker files, as a previous successful build would have left.</summary>
    public static SortedDictionary<string, byte[]> CreatePreviousOutput(string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "ja"));
        File.WriteAllText(Path.Combine(folder, "MARKER.txt"), "left by a previous build\n");
        File.WriteAllText(Path.Combine(folder, "index.html"), "<!DOCTYPE html><title>old site</title>\n");
        File.WriteAllBytes(Path.Combine(folder, "ja", "index.html"), [0xEF, 0xBB, 0xBF, 0x3C, 0x70, 0x3E, 0xE6, 0x97, 0xA7]);
        return Snapshot(folder);
    }

    /// <summary>Entries next to <paramref name="output"/> whose names show a staging or retired copy of it.</summary>
    public static IReadOnlyList<string> StrayCopies(string output)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(output))!;
        var name = Path.GetFileName(Path.GetFullPath(output));
        return Directory.GetFileSystemEntries(parent)
            .Select(Path.GetFileName)
            .Where(n => n != name && n!.Contains(name, StringComparison.Ordinal))
            .Select(n => n!)
            .ToList();
    }
}
