using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// Site search (/ja/search/, /en/search/) against the Pagefind index the build wrote, used with the
/// keyboard only: Tab to the field, type, Enter, Tab to a result, Enter.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SearchTests(SiteFixture site)
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    [Fact]
    public async Task Japanese_word_inside_a_longer_word_finds_the_Chiba_action_and_its_link_reaches_the_section()
    {
        var page = await site.OpenAsync("/ja/search/");
        await SearchWithKeyboardAsync(page, "見守り");

        // 見守り is part of 見守り活動の促進, an action of the Chiba plan: Pagefind's Japanese segmentation finds it.
        var results = page.Locator("[data-search-results]");
        var chibaSections = results.Locator("a[href^='/ja/plans/chiba-7th/#']");
        Assert.True(await chibaSections.CountAsync() > 0, "no result links to a section of the Chiba plan:\n" + await results.InnerTextAsync());
        var actionSection = results.Locator(".search-result__section").Filter(new() { Has = page.Locator("a", new() { HasText = "見守り活動の促進" }) });
        Assert.True(await actionSection.CountAsync() > 0, "no section link names the action 見守り活動の促進:\n" + await results.InnerTextAsync());
        // The excerpt marks the match (Pagefind marks 見 and 守り, the segments of the word, one by one).
        var marked = await actionSection.First.Locator("mark").EvaluateAllAsync<string>("marks => marks.map(m => m.textContent).join('')");
        Assert.Contains("見守り", marked.Replace("\u200b", "", StringComparison.Ordinal));
        Assert.All(await results.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"),
            href => Assert.StartsWith("/ja/", href));

        var status = await page.Locator("[data-search-status]").InnerTextAsync();
        Assert.Matches(@"「見守り」の検索結果：\d+件", status);
        var shown = await results.Locator(":scope > li").CountAsync();
        Assert.Equal(shown.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Text.RegularExpressions.Regex.Match(status, @"(\d+)件").Groups[1].Value);

        // Keyboard on: Tab from the field reaches the section link of the action, Enter opens the plan at that section.
        var target = await actionSection.First.Locator("a").GetAttributeAsync("href") ?? "";
        Assert.StartsWith("/ja/plans/chiba-7th/#", target);
        await TabUntilAsync(page, $"document.activeElement.getAttribute('href') === {System.Text.Json.JsonSerializer.Serialize(target)}");
        // Enter on the focused link opens the plan at that section. The navigation waiter is set up before the key
        // is pressed: waiting for the URL only afterwards can miss a navigation that commits in between.
        var targetPath = target[..target.IndexOf('#')];
        await Task.WhenAll(
            page.WaitForURLAsync(url => new Uri(url).AbsolutePath == targetPath, new() { WaitUntil = WaitUntilState.Commit }),
            page.Keyboard.PressAsync("Enter"));
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        var fragment = target[(target.IndexOf('#') + 1)..];
        var section = page.Locator($"[id='{fragment}']");
        Assert.Equal(1, await section.CountAsync());
        // The link goes to the action itself (Pagefind sub-results: elements with an id and data-pagefind-title).
        Assert.Contains("見守り活動の促進", await section.InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task English_query_finds_only_English_pages()
    {
        var page = await site.OpenAsync("/en/search/");
        await SearchWithKeyboardAsync(page, "watching over");

        var results = page.Locator("[data-search-results]");
        var hrefs = await results.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, href => Assert.StartsWith("/en/", href));
        Assert.Contains(hrefs, href => href.StartsWith("/en/plans/chiba-7th/", StringComparison.Ordinal));
        Assert.Contains("watch", (await results.Locator("mark").First.InnerTextAsync()).ToLowerInvariant());
        Assert.Matches(@"^\d+ results? for “watching over”", await page.Locator("[data-search-status]").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_Japanese_word_typed_without_its_macrons_finds_the_pages_that_write_them()
    {
        // The glossary says 社会福祉協議会 "shakai fukushi kyōgikai"; a reader types kyogikai (Pagefind folds the macron).
        var page = await site.OpenAsync("/en/search/");
        await SearchWithKeyboardAsync(page, "kyogikai");

        var hrefs = await page.Locator("[data-search-results] a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains(hrefs, href => href.StartsWith("/en/glossary/", StringComparison.Ordinal));
        Assert.Contains(hrefs, href => href.StartsWith("/en/plans/kakogawa-4th/", StringComparison.Ordinal)); // Sasaeai Kyōgikai
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("kyougikai")] // 社会福祉協議会, shakai fukushi kyōgikai
    [InlineData("kouken")]    // 成年後見制度, seinen kōken seido
    public async Task A_Japanese_word_spelt_as_a_kana_keyboard_types_it_finds_its_glossary_entry(string typed)
    {
        // Many residents spell Japanese as they type it (kyougikai, not kyōgikai): the glossary indexes that spelling too.
        var page = await site.OpenAsync("/en/search/");
        await SearchWithKeyboardAsync(page, typed);

        var hrefs = await page.Locator("[data-search-results] a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains(hrefs, href => href.StartsWith("/en/glossary/", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/ja/search/", "見守り")]
    [InlineData("/en/search/", "watching over")]
    public async Task Search_page_with_results_passes_axe(string path, string query)
    {
        var page = await site.OpenAsync(path);
        await SearchWithKeyboardAsync(page, query);
        Assert.True(await page.Locator("[data-search-results] > li").CountAsync() > 0);

        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Tags.ToList() } });
        var problems = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}");
        Assert.True(result.Violations.Length == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task No_match_is_announced_and_an_address_with_q_runs_the_search()
    {
        var page = await site.OpenAsync("/en/search/?q=zzzqqqxxy");
        var status = page.Locator("[data-search-status]");
        await Assertions.Expect(status).ToHaveTextAsync("No pages match “zzzqqqxxy”.", new() { Timeout = 15_000 });
        Assert.Equal("zzzqqqxxy", await page.Locator("#search-query").InputValueAsync());
        Assert.True(await page.Locator("[data-search-results]").IsHiddenAsync());
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/ja/search/", "/ja/")]
    [InlineData("/en/search/", "/en/")]
    public async Task Without_JavaScript_the_page_says_so_and_links_to_the_plan_list(string path, string planList)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.BaseUrl + path);
        var note = page.Locator("[data-search-no-script]");
        Assert.True(await note.IsVisibleAsync());
        Assert.Contains("JavaScript", await note.InnerTextAsync());
        Assert.Equal(planList, await note.Locator("a").GetAttributeAsync("href"));
        Assert.True(await page.Locator("form[role=search]").IsHiddenAsync());
        await context.CloseAsync();
    }

    [Theory]
    [InlineData("/ja/plans/chiba-7th/", "検索", "/ja/search/")]
    [InlineData("/en/", "Search", "/en/search/")]
    public async Task Site_navigation_links_to_the_search_page(string path, string label, string href)
    {
        var page = await site.OpenAsync(path);
        var link = page.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = label, Exact = true });
        Assert.Equal(href, await link.GetAttributeAsync("href"));
        await page.Context.CloseAsync();
    }

    /// <summary>Tab from the top of the page to the search field, type the words, press Enter, wait for the count.</summary>
    private static async Task SearchWithKeyboardAsync(IPage page, string query)
    {
        await TabUntilAsync(page, "document.activeElement && document.activeElement.id === 'search-query'");
        await page.Keyboard.TypeAsync(query);
        await page.Keyboard.PressAsync("Enter");
        var status = page.Locator("[data-search-status]");
        // The live region ends with the count (or "no pages match") once the results are in the list.
        await Assertions.Expect(status).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"\d|No pages|一致するページ"), new() { Timeout = 15_000 });
    }

    private static async Task TabUntilAsync(IPage page, string condition)
    {
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>(condition)) return;
        }
        Assert.Fail("Tab never reached the element: " + condition);
    }
}
