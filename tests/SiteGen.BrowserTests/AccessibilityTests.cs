using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>axe-core on every page of the built site, in both languages, with the WCAG 2.x A and AA rules.</summary>
[Collection(SiteCollection.Name)]
public sealed class AccessibilityTests(SiteFixture site)
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    [Fact]
    public async Task Every_page_has_no_axe_violations()
    {
        Assert.NotEmpty(site.Pages);
        var problems = new List<string>();
        foreach (var path in site.Pages)
        {
            var page = await site.OpenAsync(path);
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Tags.ToList() } });
            foreach (var violation in result.Violations)
                problems.Add($"{path}: {violation.Id} ({violation.Impact}): {violation.Help} — {string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Html))}");
            await page.Context.CloseAsync();
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}

/// <summary>The axe run above must be able to fail: on a page with known problems it reports them.</summary>
[Collection(SiteCollection.Name)]
public sealed class AxeSanityTests(SiteFixture site)
{
    [Fact]
    public async Task Axe_reports_violations_on_a_broken_page()
    {
        var page = await site.OpenAsync("/ja/");
        await page.SetContentAsync("<!DOCTYPE html><html><head><title>x</title></head><body><img src=\"a.png\"><a href=\"#\"></a></body></html>");
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa"] } });
        var ids = result.Violations.Select(v => v.Id).ToList();
        Assert.Contains("image-alt", ids);
        Assert.Contains("html-has-lang", ids);
        await page.Context.CloseAsync();
    }
}
