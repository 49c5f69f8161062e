using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class NavigationTests(SiteFixture site)
{
    [Theory]
    [InlineData("/ja/", "ja", "地域福祉計画の一覧")]
    [InlineData("/en/", "en", "Community welfare plans")]
    public async Task Home_lists_every_plan_in_its_language(string path, string lang, string heading)
    {
        var page = await site.OpenAsync(path);
        Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(heading, (await page.Locator("h1").InnerTextAsync()).Trim());
        // Every plan is reachable: a revision from the card of the plan it revises, the others from their own cards.
        var hrefs = await page.Locator($"main a[href*='/{lang}/plans/']").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        var planFolders = Directory.GetDirectories(Path.Combine(SiteFixture.RepositoryRoot, "content", "plans")).Length;
        Assert.Equal(planFolders, hrefs.Distinct().Count());
        Assert.Equal(planFolders - 1, await page.Locator(".plan-card").CountAsync());
    }

    [Theory]
    [InlineData("/ja/plans/kashiwa-4th/", 390)]
    [InlineData("/en/areas/kashiwa-chuo/", 1280)]
    public async Task The_breadcrumb_trail_reads_along_one_line_of_text(string path, int width)
    {
        // The links are taller boxes (a larger target) than the current page's name: set on one baseline, not on
        // the tops of their boxes, where the name stood a quarter of a line above the link beside it.
        var page = await site.OpenAsync(path, width);
        var baselines = await page.Locator(".breadcrumbs li").EvaluateAllAsync<double[]>("""
            items => items.map(li => {
              const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT, { acceptNode: n => n.data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP });
              const text = walker.nextNode();
              const range = document.createRange();
              range.setStart(text, 0);
              range.setEnd(text, 1);
              return range.getBoundingClientRect().bottom;
            })
            """);
        Assert.True(baselines.Length >= 2, $"{path}: {baselines.Length} breadcrumb items");
        Assert.All(baselines, b => Assert.InRange(b, baselines[0] - 0.5, baselines[0] + 0.5));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Language_switch_lands_on_the_same_plan_in_the_other_language()
    {
        var page = await site.OpenAsync("/ja/plans/chiba-7th/");
        Assert.Equal("第7次地域福祉活動計画 千葉市社協行動プラン", (await page.Locator("h1").InnerTextAsync()).Trim());

        await Task.WhenAll(page.WaitForURLAsync("**/en/plans/chiba-7th/"), page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync());
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Chiba", await page.Locator("h1").InnerTextAsync());

        await Task.WhenAll(page.WaitForURLAsync("**/ja/plans/chiba-7th/"), page.GetByRole(AriaRole.Link, new() { Name = "日本語", Exact = true }).ClickAsync());
        Assert.Equal("ja", await page.GetAttributeAsync("html", "lang"));
    }

    [Fact]
    public async Task Plan_page_shows_its_actions_with_flags_as_text()
    {
        var page = await site.OpenAsync("/en/plans/chiba-7th/");
        // Action 6 of the Chiba plan is a priority action: the flag is a word, not a colour or symbol alone.
        var action = page.Locator("#action-action-6");
        Assert.Contains("Priority", await action.InnerTextAsync());
        Assert.True(await page.Locator("#level-goal h3").CountAsync() == 3);
    }

    [Fact]
    public async Task Table_of_contents_links_reach_their_sections()
    {
        var page = await site.OpenAsync("/ja/plans/kashiwa-4th-midterm/");
        var links = page.Locator("nav.toc a");
        var count = await links.CountAsync();
        Assert.True(count >= 5);
        for (var i = 0; i < count; i++)
        {
            var href = await links.Nth(i).GetAttributeAsync("href");
            Assert.Equal(1, await page.Locator(href!).CountAsync());
        }
    }

    [Fact]
    public async Task Unknown_address_gets_the_bilingual_not_found_page()
    {
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(site.Server.BaseUrl + "/ja/plans/no-such-plan/");
        Assert.Equal(404, response!.Status);
        Assert.Contains("ページが見つかりません", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("Page not found", await page.Locator("h1").InnerTextAsync());
    }
}
