using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pipeline;

/// <summary>The same content always gives the same bytes, so a rebuild shows no spurious changes in git or on the server.</summary>
[Collection(BuiltSitesCollection.Name)]
public class DeterminismTests(SeedSite seed)
{
    [Fact]
    public void Two_builds_of_the_same_content_are_byte_identical()
    {
        Assert.True(seed.Result.ExitCode == 0, seed.Result.ToString());
        using var temp = new TempFolder();
        var second = temp.Sub("again");

        var result = TestCli.Run("build", "--config", Repository.Config, "--output", second);

        Assert.True(result.ExitCode == 0, result.ToString());
        var first = Files.Snapshot(seed.OutputFolder);
        Assert.True(first.Count > 30);
        Files.AssertIdentical(first, Files.Snapshot(second));
    }

    [Fact]
    public void Two_checks_print_the_same_report()
    {
        using var site = TestSite.Minimal();
        foreach (var (name, write) in BadInputs.All) write(site, name);

        var first = site.Check();
        var second = site.Check();

        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Equal(first.Stderr, second.Stderr);
    }
}
