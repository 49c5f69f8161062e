using SiteGen.Config;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Validation;

/// <summary>
/// In a `serve` session an unchanged file's references are not looked up again while no id has come
/// or gone (<see cref="SiteGen.Validation.ResolvedReferences"/>); the moment an area, organisation or
/// plan they point at is gone, they are reported like in a one-off build.
/// </summary>
public sealed class SessionReferenceTests
{
    private const string Plan = """
        actions:
          - {id: a, number: "1", title: {ja: 見守り活動, en: Watching over}, areas: [east]}
        """;

    [Fact]
    public void An_unchanged_plan_pointing_at_an_area_that_is_gone_is_reported_and_again_once_it_is_back()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", BadInputs.PlanWith(Plan), "The body.\n");
        var session = new BuildSession();
        Assert.True(site.BuildIn(session).Written);
        // Rebuilt with nothing changed: the plan's references were resolved before and still are.
        Assert.True(site.BuildIn(session).Written);

        site.Delete("content/areas/east.md").Delete("content/areas/east.en.md");
        session.Changed(site.Root, ["content/areas/east.md", "content/areas/east.en.md"]);
        var gone = site.BuildIn(session);

        Assert.False(gone.Written);
        var error = Assert.Single(TestSite.Errors(gone));
        Assert.Contains("content/plans/p/index.md:", error);
        Assert.Contains("there is no area `east`", error);

        site.Area("east", Samples.EastArea, "The east district.");
        session.Changed(site.Root, ["content/areas/east.md", "content/areas/east.en.md"]);
        Assert.True(site.BuildIn(session).Written);
    }

    [Fact]
    public void A_plan_edited_to_point_at_an_unknown_area_is_reported_in_the_session()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", BadInputs.PlanWith(Plan), "The body.\n");
        var session = new BuildSession();
        Assert.True(site.BuildIn(session).Written);

        site.Plan("p", BadInputs.PlanWith(Plan.Replace("areas: [east]", "areas: [west]", StringComparison.Ordinal)), "The body.\n");
        session.Changed(site.Root, ["content/plans/p/index.md"]);
        var edited = site.BuildIn(session);

        Assert.False(edited.Written);
        Assert.Contains("there is no area `west`", Assert.Single(TestSite.Errors(edited)));
    }
}
