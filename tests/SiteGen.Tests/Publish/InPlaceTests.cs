using SiteGen.Publish;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publish;

/// <summary>
/// `serve` writes a rebuild's files into the output folder, only those whose bytes differ. A session
/// remembers the large files it found as they should be (<see cref="VerifiedFiles"/>, which wraps the write) so that the
/// whole-site data files, handed over as the same arrays when no plan's data changed, are not read
/// again after every save; anything changed on disk since is still put right.
/// </summary>
public sealed class InPlaceTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private string Output => _temp.Sub("out");

    public void Dispose() => _temp.Dispose();

    private static byte[] Bytes(int length, byte fill) => Enumerable.Repeat(fill, length).ToArray();

    private string PathOf(string name) => Path.Combine(Output, name);

    /// <summary>Puts other bytes of the same length into the file and gives it back its write time: an edit neither size nor time shows.</summary>
    private void OverwriteKeepingSizeAndTime(string name, byte fill)
    {
        var path = PathOf(name);
        var time = File.GetLastWriteTimeUtc(path);
        File.WriteAllBytes(path, Bytes((int)new FileInfo(path).Length, fill));
        File.SetLastWriteTimeUtc(path, time);
    }

    /// <summary>Writes one file through a fresh session record, as a rebuild would: the files and the record, for the next rebuild.</summary>
    private (Dictionary<string, byte[]> Files, VerifiedFiles Verified) WrittenOnce(string name, byte[] content)
    {
        var files = new Dictionary<string, byte[]> { [name] = content };
        var verified = new VerifiedFiles();
        verified.WriteChanged(Output, files);
        return (files, verified);
    }

    [Fact]
    public void Only_files_whose_bytes_differ_are_written()
    {
        var large = Bytes(VerifiedFiles.MinimumLength, 1);
        var small = Bytes(100, 2);
        var verified = new VerifiedFiles();

        Assert.Equal(2, verified.WriteChanged(Output, new Dictionary<string, byte[]> { ["data/plans.json"] = large, ["ja/index.html"] = small }));
        Assert.Equal(0, verified.WriteChanged(Output, new Dictionary<string, byte[]> { ["data/plans.json"] = large, ["ja/index.html"] = small }));
        // New arrays with the same bytes: compared, not written.
        Assert.Equal(0, verified.WriteChanged(Output, new Dictionary<string, byte[]> { ["data/plans.json"] = (byte[])large.Clone(), ["ja/index.html"] = (byte[])small.Clone() }));

        var changed = Bytes(VerifiedFiles.MinimumLength, 3);
        Assert.Equal(1, verified.WriteChanged(Output, new Dictionary<string, byte[]> { ["data/plans.json"] = changed, ["ja/index.html"] = small }));
        Assert.Equal(changed, File.ReadAllBytes(PathOf("data/plans.json")));
        Assert.Empty(Directory.GetFiles(Output, "*.sitegen-tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_large_file_found_as_it_should_be_is_not_read_again_while_its_size_and_time_are_unchanged()
    {
        var large = Bytes(VerifiedFiles.MinimumLength, 1);
        var (files, verified) = WrittenOnce("data/plans.json", large);

        // Had it been read, the other bytes would have been found and written over.
        OverwriteKeepingSizeAndTime("data/plans.json", 9);
        Assert.Equal(0, verified.WriteChanged(Output, files));
        // Without the session's record every file is compared.
        Assert.Equal(1, InPlace.WriteChanged(Output, files));
        Assert.Equal(large, File.ReadAllBytes(PathOf("data/plans.json")));
    }

    [Fact]
    public void A_large_file_changed_or_deleted_since_it_was_checked_is_written_again()
    {
        var large = Bytes(VerifiedFiles.MinimumLength, 1);
        var (files, verified) = WrittenOnce("data/plans.json", large);

        File.WriteAllBytes(PathOf("data/plans.json"), Bytes(10, 4)); // another size
        Assert.Equal(1, verified.WriteChanged(Output, files));
        Assert.Equal(large, File.ReadAllBytes(PathOf("data/plans.json")));

        File.WriteAllBytes(PathOf("data/plans.json"), Bytes(VerifiedFiles.MinimumLength, 5)); // same size, new time
        File.SetLastWriteTimeUtc(PathOf("data/plans.json"), DateTime.UtcNow.AddMinutes(1));
        Assert.Equal(1, verified.WriteChanged(Output, files));
        Assert.Equal(large, File.ReadAllBytes(PathOf("data/plans.json")));

        File.Delete(PathOf("data/plans.json"));
        Assert.Equal(1, verified.WriteChanged(Output, files));
        Assert.Equal(large, File.ReadAllBytes(PathOf("data/plans.json")));
    }

    [Fact]
    public void A_small_file_is_compared_every_time()
    {
        var small = Bytes(VerifiedFiles.MinimumLength - 1, 1);
        var (files, verified) = WrittenOnce("ja/index.html", small);

        OverwriteKeepingSizeAndTime("ja/index.html", 9);
        Assert.Equal(1, verified.WriteChanged(Output, files));
        Assert.Equal(small, File.ReadAllBytes(PathOf("ja/index.html")));
    }
}
