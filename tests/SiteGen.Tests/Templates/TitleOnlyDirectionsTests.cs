using SiteGen.Tests.Support;

namespace SiteGen.Tests.Templates;

/// <summary>A summary edition that lists its pillars by title only shows a list, not headings with nothing under them.</summary>
public sealed class TitleOnlyDirectionsTests
{
    [Fact]
    public void Directions_with_only_a_title_are_a_list_and_the_others_keep_their_headings()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", Samples.PlanHeader + """
            directions:
              - {id: p-1, number: "①", kind: pillar, title: {ja: 地域支援, en: Supporting communities}}
              - {id: p-2, number: "②", kind: pillar, title: {ja: 人材育成, en: Developing people}}
              - {id: p-3, number: "③", kind: pillar, title: {ja: 情報発信, en: Information}, description: {ja: 広報を進めます, en: We publicise}}
            actions:
              - {id: a-1, number: "1", direction: p-3, title: {ja: 広報紙, en: Newsletter}}
            ---
            本文です。

            """);

        var build = site.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        var ja = site.PlanPage("ja");
        Assert.Contains("<ul class=\"direction-list\">\n<li id=\"direction-p-1\"><span class=\"direction__label\">柱①</span> 地域支援</li>\n"
            + "<li id=\"direction-p-2\"><span class=\"direction__label\">柱②</span> 人材育成</li>\n</ul>", ja);
        Assert.DoesNotContain("direction-p-1-heading", ja);
        Assert.Contains("<h3 id=\"direction-p-3-heading\"><span class=\"direction__label\">柱③</span> 情報発信</h3>", ja);
    }
}
