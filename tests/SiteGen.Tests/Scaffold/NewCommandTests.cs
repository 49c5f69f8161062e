using SiteGen.Tests.Support;

namespace SiteGen.Tests.Scaffold;

/// <summary>`new plan` and `new area` give staff a starting point that builds as it is, in both languages.</summary>
public sealed class NewCommandTests
{
    [Fact]
    public void ANewPlanAndAreaBuildAsTheyAre()
    {
        using var site = TestSite.Minimal();
        var area = site.Run("new", "area", "north", "--layer", "district", "--parent", "city", "--organisation", "org");
        Assert.True(area.ExitCode == 0, area.ToString());
        var plan = site.Run("new", "plan", "new-plan", "--publisher", "org");
        Assert.True(plan.ExitCode == 0, plan.ToString());
        Assert.True(File.Exists(Path.Combine(site.Root, "content/plans/new-plan/index.md")));
        Assert.True(File.Exists(Path.Combine(site.Root, "content/plans/new-plan/index.en.md")));

        var check = site.Check();
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.DoesNotContain("warning", check.Stderr);

        var build = site.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        foreach (var lang in new[] { "ja", "en" })
        {
            Assert.True(File.Exists(Path.Combine(site.OutputPath, lang, "plans", "new-plan", "index.html")));
            Assert.True(File.Exists(Path.Combine(site.OutputPath, lang, "areas", "north", "index.html")));
        }
        // The plan covers the publisher's whole-city area by default.
        Assert.Contains("coverage: city", File.ReadAllText(Path.Combine(site.Root, "content/plans/new-plan/index.md")));
    }

    [Fact]
    public void NewRefusesUnsafeSlugsAndExistingPlans()
    {
        using var site = TestSite.WithOnePlan();
        Assert.Equal(2, site.Run("new", "plan", "../escape").ExitCode);
        Assert.Equal(2, site.Run("new", "plan", "Has Space").ExitCode);
        Assert.Equal(2, site.Run("new", "plan", "p").ExitCode);
        Assert.Equal(2, site.Run("new", "area", "x", "--layer", "village").ExitCode);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "escape")));
    }
}
