using System.Text.RegularExpressions;
using SiteGen.Config;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publish;

/// <summary>A site whose narratives link to a page, a fragment and an area that do not exist, built once.</summary>
public sealed class BrokenLinkSite : IDisposable
{
    public BrokenLinkSite()
    {
        Source = TestSite.Minimal();
        PlanA = BadInputs.PlanWith().Replace("本文です。", "[存在しない計画](/ja/plans/nope/)");
        PlanB = BadInputs.PlanWith().Replace("本文です。", "[存在しない節](/ja/plans/a/#nope)\n\n地区は [存在しない地区](../../areas/north/) です。");
        Source.Plan("a", PlanA, "[Plan b](/en/plans/b/)\n");
        Source.Plan("b", PlanB, "[Plan a](/en/plans/a/)\n");
        Previous = Files.CreatePreviousOutput(Source.OutputPath);

        var bag = new DiagnosticBag();
        var config = SiteConfigLoader.Load(Source.ConfigPath, "site.config.json", bag)!;
        Result = SiteBuilder.BuildAsync(Source.Root, config, Source.OutputPath, write: true).GetAwaiter().GetResult();
        Errors = Result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();
    }

    public TestSite Source { get; }
    public string PlanA { get; }
    public string PlanB { get; }
    public SortedDictionary<string, byte[]> Previous { get; }
    public BuildResult Result { get; }
    public IReadOnlyList<string> Errors { get; }

    public void Dispose() => Source.Dispose();
}

/// <summary>After rendering, the build reads its pages back and fails on any internal link that goes nowhere.</summary>
public class LinkCheckTests(BrokenLinkSite site) : IClassFixture<BrokenLinkSite>
{
    private string Report => string.Join("\n", site.Result.Diagnostics);

    [Fact]
    public void A_broken_link_fails_the_build_and_the_previous_site_is_left_untouched()
    {
        Assert.False(site.Result.Written);
        Assert.NotEmpty(site.Errors);
        Files.AssertIdentical(site.Previous, Files.Snapshot(site.Source.OutputPath));
        Assert.Empty(Files.StrayCopies(site.Source.OutputPath));
    }

    // The links are written in the narratives: each is reported at its line and column in the content file, with the page.

    [Fact]
    public void A_link_to_a_page_that_does_not_exist_is_reported_at_its_line_in_the_content_file()
    {
        var pattern = Expect.Line("content/plans/a/index.md", Expect.Find(site.PlanA, "[存在しない計画]"), "link",
            "the link `/ja/plans/nope/` on ja/plans/a/index.html points to ja/plans/nope/index.html, a page that does not exist",
            "check the slug or area id in the link; internal links start with /ja/ or /en/");
        Assert.True(site.Errors.Count(pattern.IsMatch) == 1, $"expected {pattern}\n{Report}");
    }

    [Fact]
    public void A_link_to_a_missing_fragment_is_reported_at_its_line_in_the_content_file()
    {
        var pattern = Expect.Line("content/plans/b/index.md", Expect.Find(site.PlanB, "[存在しない節]"), "link",
            "the link `/ja/plans/a/#nope` on ja/plans/b/index.html points to #nope, which is not on ja/plans/a/index.html",
            "link to a heading or item that exists");
        Assert.True(site.Errors.Count(pattern.IsMatch) == 1, $"expected {pattern}\n{Report}");
    }

    [Fact]
    public void A_relative_link_to_a_missing_area_is_reported_at_its_line_and_column_in_the_content_file()
    {
        var pattern = Expect.Line("content/plans/b/index.md", Expect.Find(site.PlanB, "[存在しない地区]"), "link",
            "the link `../../areas/north/` on ja/plans/b/index.html points to ja/areas/north/index.html, a page that does not exist",
            "check the slug or area id in the link; internal links start with /ja/ or /en/");
        Assert.True(site.Errors.Count(pattern.IsMatch) == 1, $"expected {pattern}\n{Report}");
    }

    [Fact]
    public void Only_the_broken_links_are_reported()
    {
        Assert.True(site.Errors.Count == 3, Report);
    }
}
