using SiteGen.Tests.Support;

namespace SiteGen.Tests.Model;

/// <summary>A plan that calls its vision something other than 基本理念 (Kakogawa's 福祉目標) keeps its own word on every page.</summary>
public sealed class VisionNameTests
{
    [Fact]
    public void The_vision_is_headed_and_listed_with_the_plan_s_own_name()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", Samples.PlanHeader + """
            vision:
              name: {ja: 福祉目標, en: Welfare goal}
              statement: {ja: ささえあい 地域でみまもる まちづくり, en: A town where the community watches over one another}
            ---
            本文です。

            """);

        var build = site.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        var ja = site.PlanPage("ja");
        Assert.Contains("<h2 id=\"vision-heading\">福祉目標</h2>", ja);
        Assert.Contains("<li><a href=\"#vision\">福祉目標</a></li>", ja);
        Assert.DoesNotContain("基本理念", ja);
        var en = site.PlanPage("en");
        Assert.Contains("<h2 id=\"vision-heading\">Welfare goal</h2>", en);
        Assert.DoesNotContain("Basic philosophy", en);
    }
}
