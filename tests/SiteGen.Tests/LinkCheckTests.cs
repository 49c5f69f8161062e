using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Config;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests;

/// <summary>A site whose narratives link to a page, a fragment and an area that do not exist, built once.</summary>
public sealed class BrokenLinkSite : IDisposable
{
    public BrokenLinkSite()
    {
        Source = TestSite.Minimal();
        Source.Plan("a", BadInputs.PlanWith().Replace("本文です。", "[存在しない計画](/ja/plans/nope/)"), "[Plan b](/en/plans/b/)\n");
        Source.Plan("b", BadInputs.PlanWith().Replace("本文です。", "[存在しない節](/ja/plans/a/#nope)\n\n[存在しない地区](../../areas/north/)"), "[Plan a](/en/plans/a/)\n");
        Previous = Files.CreatePreviousOutput(Source.OutputPath);

        var bag = new DiagnosticBag();
        var config = SiteConfigLoader.Load(Source.ConfigPath, "site.config.json", bag)!;
        Result = SiteBuilder.BuildAsync(Source.Root, config, Source.OutputPath, write: true).GetAwaiter().GetResult();
        // The same build kept in memory: the staged pages of the failed build above are gone, as they should be.
        Rendered = SiteBuilder.BuildAsync(Source.Root, config, Source.OutputPath, write: false).GetAwaiter().GetResult().Contents;
        Errors = Result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();
    }

    public TestSite Source { get; }
    public SortedDictionary<string, byte[]> Previous { get; }
    public BuildResult Result { get; }
    public IReadOnlyDictionary<string, byte[]> Rendered { get; }
    public IReadOnlyList<string> Errors { get; }

    /// <summary>The line of the rendered page on which <paramref name="href"/> is linked.</summary>
    public int LineOf(string page, string href)
    {
        return Expect.LineOf(Encoding.UTF8.GetString(Rendered[page]), $"href=\"{href}\"");
    }

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

    [Fact]
    public void A_link_to_a_page_that_does_not_exist_is_reported_on_the_page_and_line_that_holds_it()
    {
        var line = site.LineOf("ja/plans/a/index.html", "/ja/plans/nope/");
        var pattern = new Regex($@"^ja/plans/a/index\.html:{line}:\d+: link: .*`/ja/plans/nope/`.*does not exist.*content/plans/a/index\.md.* \(hint: .+\)$");
        Assert.True(site.Errors.Count(pattern.IsMatch) == 1, $"expected {pattern}\n{Report}");
    }

    [Fact]
    public void A_link_to_a_missing_fragment_is_reported()
    {
        var line = site.LineOf("ja/plans/b/index.html", "/ja/plans/a/#nope");
        var pattern = new Regex($@"^ja/plans/b/index\.html:{line}:\d+: link: .*`/ja/plans/a/#nope`.*#nope.*ja/plans/a/.*content/plans/b/index\.md.* \(hint: .+\)$");
        Assert.True(site.Errors.Count(pattern.IsMatch) == 1, $"expected {pattern}\n{Report}");
    }

    [Fact]
    public void A_relative_link_to_a_missing_area_is_reported()
    {
        var line = site.LineOf("ja/plans/b/index.html", "../../areas/north/");
        var pattern = new Regex($@"^ja/plans/b/index\.html:{line}:\d+: link: .*`\.\./\.\./areas/north/`.*does not exist.* \(hint: .+\)$");
        Assert.True(site.Errors.Count(pattern.IsMatch) == 1, $"expected {pattern}\n{Report}");
    }

    [Fact]
    public void Only_the_broken_links_are_reported()
    {
        Assert.True(site.Errors.Count == 3, Report);
    }
}
