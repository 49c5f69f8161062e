using SiteGen.Config;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pipeline;

/// <summary>
/// In a `serve` session the links of pages that were not rendered again are not read again: the links
/// into the pages that were are found through an index kept with the last build
/// (<see cref="SiteGen.Publish.LinkChecker.IncomingFragments"/>). A link from an unchanged page to a
/// #fragment that an edit removed must still be reported, and the report must go once it is back.
/// </summary>
public sealed class SessionLinkCheckTests
{
    private const string Target = """
        levels: [{id: goal, name: {ja: 目標, en: Goal}}]
        sections:
          - {id: g1, number: "1", title: {ja: 目標一, en: Goal one}}
        ---
        本文です。
        """;

    // Plan b's narrative links to plan a's goal from two paragraphs (two lines of the page): each is reported.
    private const string Linking = """
        ---
        [目標一](/ja/plans/a/#section-g1)。

        [もう一度](/ja/plans/a/#section-g1)。
        """;

    [Fact]
    public void A_fragment_removed_under_an_unchanged_page_that_links_to_it_is_reported_and_the_report_goes_when_it_is_back()
    {
        using var site = TestSite.Minimal();
        site.Plan("a", Samples.PlanHeader + Target, "Body.\n");
        site.Plan("b", Samples.PlanHeader + Linking, "[Goal one](/en/plans/a/#section-g1).\n");
        var session = new BuildSession();
        var first = site.BuildIn(session);
        Assert.True(first.Written, string.Join("\n", first.Diagnostics));

        for (var round = 0; round < 2; round++) // the second round runs on an index the first round added to
        {
            // The linking page rendered again first (an edit elsewhere in its narrative): its new record must be in the index.
            site.Plan("b", Samples.PlanHeader + Linking + $"\n改訂{round}。\n", "[Goal one](/en/plans/a/#section-g1).\n");
            session.Changed(site.Root, ["content/plans/b/index.md"]);
            Assert.True(site.BuildIn(session).Written);

            site.Plan("a", Samples.PlanHeader + Target.Replace("id: g1", "id: g2"), "Body.\n");
            session.Changed(site.Root, ["content/plans/a/index.md"]);
            var broken = site.BuildIn(session);
            Assert.False(broken.Written);
            var errors = TestSite.Errors(broken);
            Assert.True(errors.Count == 3, string.Join("\n", errors)); // the two Japanese links and the English one
            Assert.All(errors, e => Assert.Contains("points to #section-g1, which is not on", e));
            Assert.Equal(2, errors.Count(e => e.Contains("ja/plans/b/index.html")));
            Assert.Single(errors, e => e.Contains("en/plans/b/index.html"));

            site.Plan("a", Samples.PlanHeader + Target, "Body.\n");
            session.Changed(site.Root, ["content/plans/a/index.md"]);
            var mended = site.BuildIn(session);
            Assert.True(mended.Written, string.Join("\n", mended.Diagnostics));
        }
    }
}
