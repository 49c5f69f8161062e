using SiteGen.Publish;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publish;

/// <summary>
/// `build` over a site already in the output folder (<see cref="StagedUpdate"/>): it writes only the files
/// whose bytes changed, removes what the new site no longer has, and ends with exactly the files a build
/// into an empty folder makes. Unchanged files are not written again (their write time stays).
/// </summary>
public sealed class StagedUpdateTests
{
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static TestSite TwoPlans()
    {
        var site = TestSite.Minimal();
        site.Plan("p", Samples.PlanHeader + "---\n本文です。\n", "The body.\n");
        site.Plan("q", Samples.PlanHeader.Replace("試験計画", "第二の計画", StringComparison.Ordinal).Replace("Test plan", "Second plan", StringComparison.Ordinal)
            + "---\n二つ目の計画です。\n", "The second plan.\n");
        return site;
    }

    private static void Built(CliResult result) => Assert.True(result.ExitCode == 0, result.ToString());

    /// <summary>Every file of the output set back to a time no build could give it.</summary>
    private static void AgeEveryFile(string folder)
    {
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, LongAgo);
    }

    private static SortedDictionary<string, byte[]> FreshBuild(TestSite site, TempFolder temp)
    {
        var fresh = temp.Sub("fresh");
        Built(site.Build(fresh));
        return Files.Snapshot(fresh);
    }

    [Fact]
    public void A_rebuild_after_an_edit_writes_only_the_changed_files_and_ends_with_the_bytes_of_a_fresh_build()
    {
        using var site = TwoPlans();
        using var temp = new TempFolder();
        Built(site.Build());
        AgeEveryFile(site.OutputPath);

        site.Plan("p", Samples.PlanHeader + "---\n本文を書き直しました。\n", "The body, rewritten.\n");
        var result = site.Build(null, "--timings");

        Built(result);
        Files.AssertIdentical(FreshBuild(site, temp), Files.Snapshot(site.OutputPath));
        var changed = Directory.GetFiles(site.OutputPath, "*", SearchOption.AllDirectories).Where(f => File.GetLastWriteTimeUtc(f) != LongAgo)
            .Select(f => Path.GetRelativePath(site.OutputPath, f).Replace('\\', '/')).ToList();
        Assert.Contains("ja/plans/p/index.html", changed);
        Assert.Contains("en/plans/p/index.html", changed);
        // The other plan's page and the style sheet are the files they were, not rewritten copies.
        Assert.DoesNotContain("ja/plans/q/index.html", changed);
        Assert.DoesNotContain("assets/site.css", changed);
        Assert.Contains($"update {changed.Count}", result.Stdout);
        Assert.Empty(Files.StrayCopies(site.OutputPath));
    }

    [Fact]
    public void An_unchanged_site_is_rebuilt_without_writing_a_file()
    {
        using var site = TwoPlans();
        Built(site.Build());
        AgeEveryFile(site.OutputPath);
        var before = Files.Snapshot(site.OutputPath);

        var result = site.Build(null, "--timings");

        Built(result);
        Assert.Contains("update 0", result.Stdout);
        Files.AssertIdentical(before, Files.Snapshot(site.OutputPath));
        Assert.All(Directory.GetFiles(site.OutputPath, "*", SearchOption.AllDirectories), f => Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(f)));
    }

    [Fact]
    public void What_the_new_site_no_longer_has_is_removed_and_links_are_removed_not_followed()
    {
        using var site = TwoPlans();
        using var temp = new TempFolder();
        Built(site.Build());
        // Outside the output: a link into it must not lead the clean-up there.
        var outside = temp.Sub("outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "keep.txt"), "not the site's\n");
        File.WriteAllText(Path.Combine(site.OutputPath, "stale.txt"), "left by hand\n");
        Directory.CreateDirectory(Path.Combine(site.OutputPath, "old", "deeper"));
        File.WriteAllText(Path.Combine(site.OutputPath, "old", "deeper", "page.html"), "<p>old</p>\n");
        Directory.CreateSymbolicLink(Path.Combine(site.OutputPath, "ja", "outside"), outside);
        File.CreateSymbolicLink(Path.Combine(site.OutputPath, "ja", "keep-link.txt"), Path.Combine(outside, "keep.txt"));
        // A plan taken away: its pages, embed views and data go with it.
        site.Delete("content/plans/q");

        Built(site.Build());

        Files.AssertIdentical(FreshBuild(site, temp), Files.Snapshot(site.OutputPath));
        Assert.False(Directory.Exists(Path.Combine(site.OutputPath, "old")));
        Assert.False(Directory.Exists(Path.Combine(site.OutputPath, "ja", "plans", "q")));
        Assert.False(File.Exists(Path.Combine(site.OutputPath, "ja", "outside")) || Directory.Exists(Path.Combine(site.OutputPath, "ja", "outside")));
        Assert.Equal("not the site's\n", File.ReadAllText(Path.Combine(outside, "keep.txt")));
    }

    [Fact]
    public void Links_where_the_site_has_files_or_folders_become_files_and_folders_of_its_own()
    {
        using var site = TwoPlans();
        using var temp = new TempFolder();
        Built(site.Build());
        // Copies outside the output, holding exactly the site's bytes, put behind links where the site's own were.
        var outside = temp.Sub("outside");
        var planFolder = Path.Combine(site.OutputPath, "ja", "plans", "q");
        Files.CopyFolder(planFolder, Path.Combine(outside, "q"));
        Directory.Delete(planFolder, recursive: true);
        Directory.CreateSymbolicLink(planFolder, Path.Combine(outside, "q"));
        var home = Path.Combine(site.OutputPath, "ja", "index.html");
        File.Copy(home, Path.Combine(outside, "index.html"));
        File.Delete(home);
        File.CreateSymbolicLink(home, Path.Combine(outside, "index.html"));
        var outsideBefore = Files.Snapshot(outside);

        Built(site.Build());

        Files.AssertIdentical(FreshBuild(site, temp), Files.Snapshot(site.OutputPath));
        Assert.Null(new DirectoryInfo(planFolder).LinkTarget);
        Assert.Null(new FileInfo(home).LinkTarget);
        Files.AssertIdentical(outsideBefore, Files.Snapshot(outside));
    }

    [Fact]
    public void A_file_where_the_site_needs_a_folder_and_a_folder_where_it_needs_a_file_are_replaced()
    {
        using var site = TwoPlans();
        using var temp = new TempFolder();
        Built(site.Build());
        var about = Path.Combine(site.OutputPath, "ja", "about");
        Directory.Delete(about, recursive: true);
        File.WriteAllText(about, "a file where a folder belongs\n");
        var css = Path.Combine(site.OutputPath, "assets", "site.css");
        File.Delete(css);
        Directory.CreateDirectory(Path.Combine(css, "inside"));
        File.WriteAllText(Path.Combine(css, "inside", "x.txt"), "a folder where a file belongs\n");

        Built(site.Build());

        Files.AssertIdentical(FreshBuild(site, temp), Files.Snapshot(site.OutputPath));
    }

    [Fact]
    public void A_build_with_an_error_leaves_the_previous_site_and_its_file_times_as_they_were()
    {
        using var site = TwoPlans();
        Built(site.Build());
        AgeEveryFile(site.OutputPath);
        var before = Files.Snapshot(site.OutputPath);
        site.Plan("p", Samples.PlanHeader.Replace("period:", "perio:", StringComparison.Ordinal) + "---\n本文です。\n", "The body.\n");

        var result = site.Build();

        Assert.Equal(1, result.ExitCode);
        Files.AssertIdentical(before, Files.Snapshot(site.OutputPath));
        Assert.All(Directory.GetFiles(site.OutputPath, "*", SearchOption.AllDirectories), f => Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(f)));
        Assert.Empty(Files.StrayCopies(site.OutputPath));
    }
}
