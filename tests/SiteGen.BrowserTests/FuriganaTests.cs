using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// The furigana toggle on the built site: readings hidden by default (from screen readers too:
/// display:none), shown and hidden again from the keyboard, the choice kept across a reload, and
/// the page still passing axe with readings shown. Chiba's plan has furigana in a goal's text
/// (front matter) and in its narrative (Markdown).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class FuriganaTests(SiteFixture site)
{
    private const string PageWithRuby = "/ja/plans/chiba-7th/";
    private const string Toggle = "button.furigana-toggle";

    private static Task<string> DisplayOf(IPage page, string selector) =>
        page.EvalOnSelectorAsync<string>(selector, "e => getComputedStyle(e).display");

    /// <summary>True when every rt and rp on the page is display:none (hidden from screen readers as well as the eye).</summary>
    private static Task<bool> AllReadingsHidden(IPage page) =>
        page.EvaluateAsync<bool>("() => [...document.querySelectorAll('rt, rp')].every(e => getComputedStyle(e).display === 'none')");

    [Fact]
    public async Task Readings_are_hidden_by_default_and_the_keyboard_turns_them_on_and_off()
    {
        var page = await site.OpenAsync(PageWithRuby);
        var toggle = page.Locator(Toggle);
        await toggle.WaitForAsync(new() { State = WaitForSelectorState.Visible });

        Assert.True(await page.Locator("main ruby").CountAsync() >= 2, "the sample page should carry furigana");
        Assert.True(await AllReadingsHidden(page));
        Assert.False(await page.Locator("main rt:not(:empty)").First.IsVisibleAsync());
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-pressed"));
        Assert.Equal("オフ", (await toggle.Locator(".furigana-toggle__state").InnerTextAsync()).Trim());
        // The name stays the same; the state is told by aria-pressed (and shown on screen as オン/オフ).
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "ふりがな", Exact = true, Pressed = false }).CountAsync());

        // Reach the toggle with Tab, as a keyboard user would, and press Enter.
        var reached = false;
        for (var i = 0; i < 30 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("s => document.activeElement === document.querySelector(s)", Toggle);
        }
        Assert.True(reached, "Tab never reached the furigana toggle");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("true", await toggle.GetAttributeAsync("aria-pressed"));
        Assert.Equal("オン", (await toggle.Locator(".furigana-toggle__state").InnerTextAsync()).Trim());
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "ふりがな", Exact = true, Pressed = true }).CountAsync());
        Assert.True(await page.Locator("main rt:not(:empty)").First.IsVisibleAsync());
        Assert.Equal("ruby-text", await DisplayOf(page, "main rt:not(:empty)"));
        var reading = await page.Locator("main rt:not(:empty)").First.BoundingBoxAsync();
        Assert.True(reading is { Width: > 0, Height: > 0 }, "a shown reading takes up space on the page");

        // Space turns it off again.
        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-pressed"));
        Assert.True(await AllReadingsHidden(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_choice_survives_a_reload_and_axe_passes_with_readings_shown()
    {
        var page = await site.OpenAsync(PageWithRuby);
        var toggle = page.Locator(Toggle);
        await toggle.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-pressed"));

        await page.ReloadAsync();
        await toggle.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-pressed"));
        Assert.True(await page.Locator("main rt:not(:empty)").First.IsVisibleAsync());

        // Other pages with furigana open with readings shown too.
        var other = await page.Context.NewPageAsync();
        await other.GotoAsync(site.Server.BaseUrl + "/ja/plans/kakogawa-4th/");
        await other.Locator(Toggle).WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Equal("true", await other.Locator(Toggle).GetAttributeAsync("aria-pressed"));
        Assert.True(await other.Locator("main rt").First.IsVisibleAsync());

        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
        Assert.True(result.Violations.Length == 0,
            string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Pages_without_furigana_do_not_show_the_toggle()
    {
        var page = await site.OpenAsync("/en/about/");
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal(0, await page.Locator("ruby").CountAsync());
        Assert.Equal(1, await page.Locator(Toggle).CountAsync());
        Assert.False(await page.Locator(Toggle).IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_JavaScript_readings_stay_hidden_and_the_toggle_is_not_shown()
    {
        var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.BaseUrl + PageWithRuby);
        Assert.True(await page.Locator("main ruby").CountAsync() >= 2);
        Assert.True(await AllReadingsHidden(page));
        Assert.False(await page.Locator(Toggle).IsVisibleAsync());
        // The base text is still there, read once.
        Assert.Contains("意識を醸成し", await page.Locator("#section-goal-1").InnerTextAsync());
        await context.CloseAsync();
    }
}
