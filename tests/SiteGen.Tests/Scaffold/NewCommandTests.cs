using SiteGen.Tests.Support;

namespace SiteGen.Tests.Scaffold;

/// <summary>`new plan` and `new area` give staff a starting point that builds as it is, in both languages.</summary>
public sealed class NewCommandTests
{
    [Fact]
    public void A_new_plan_and_area_build_as_they_are()
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
    public void New_refuses_unsafe_slugs_and_existing_plans()
    {
        using var site = TestSite.WithOnePlan();
        Assert.Equal(2, site.Run("new", "plan", "../escape").ExitCode);
        Assert.Equal(2, site.Run("new", "plan", "Has Space").ExitCode);
        Assert.Equal(2, site.Run("new", "plan", "p").ExitCode);
        Assert.Equal(2, site.Run("new", "area", "x", "--layer", "village").ExitCode);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "escape")));
    }

    [Fact]
    public void A_new_organisation_its_city_and_a_plan_build_as_they_are()
    {
        using var site = TestSite.Minimal();
        var organisation = site.Run("new", "organisation", "east-shakyo");
        Assert.True(organisation.ExitCode == 0, organisation.ToString());
        Assert.Contains("new area ID --layer whole-city --organisation east-shakyo", organisation.Stdout);
        Assert.Equal(2, site.Run("new", "organisation", "east-shakyo").ExitCode);

        var city = site.Run("new", "area", "east-city", "--layer", "whole-city", "--organisation", "east-shakyo");
        Assert.True(city.ExitCode == 0, city.ToString());
        var plan = site.Run("new", "plan", "east-1st", "--publisher", "east-shakyo");
        Assert.True(plan.ExitCode == 0, plan.ToString());
        Assert.Contains("coverage: east-city", File.ReadAllText(Path.Combine(site.Root, "content/plans/east-1st/index.md")));

        var check = site.Check();
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.DoesNotContain("warning", check.Stderr);
    }

    [Fact]
    public void A_plan_whose_publisher_has_no_city_is_told_which_cities_there_are()
    {
        using var site = TestSite.Minimal();
        Assert.Equal(0, site.Run("new", "organisation", "west-shakyo").ExitCode);

        var plan = site.Run("new", "plan", "west-1st", "--publisher", "west-shakyo");

        Assert.Equal(2, plan.ExitCode);
        Assert.Contains("error: `west-shakyo` has no whole-city area of its own: pass one with --coverage, e.g. `--coverage city`; the whole-city areas are: city (", plan.Stderr);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content/plans/west-1st")));
    }
}
