using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// WCAG 3.2.1 and 3.2.2: moving the focus, or changing a choice, never changes the context. Tabbing through every
/// element of each page type leaves the visitor on the same page, in the same window, with the menu as it was; a
/// filter choice narrows the list on the same page and keeps the focus where it was.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ContextChangeTests(SiteFixture site)
{
    private static readonly string[] Sample =
    [
        "/", "/ja/", "/en/plans/chiba-7th/", "/ja/plans/kashiwa-4th-midterm/", "/ja/areas/", "/en/areas/shintomi/", "/ja/glossary/",
        "/en/search/", "/ja/about/", "/en/contact/", "/404.html", "/embed/ja/plans.chiba-7th.html", "/embed/en/areas.kashiwa.html",
    ];

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Focus_alone_never_changes_the_page_the_window_or_the_menu(int width)
    {
        var problems = new List<string>();
        var page = await site.OpenAsync(Sample[0], width, 800);
        var popups = 0;
        page.Context.Page += (_, _) => popups++;
        page.Dialog += (_, dialog) => { problems.Add($"a dialog opened: {dialog.Message}"); _ = dialog.DismissAsync(); };
        foreach (var path in Sample)
        {
            await page.GotoAsync(site.Server.BaseUrl + path);
            var address = page.Url;
            var menu = await page.EvaluateAsync<string>("() => document.querySelector('.menu-button')?.getAttribute('aria-expanded') ?? 'none'");
            var stops = 0;
            for (; stops < 600; stops++)
            {
                await page.Keyboard.PressAsync("Tab");
                var state = await StateAsync(page);
                if (state == "end") break;
                if (page.Url != address) { problems.Add($"{path}: focus went to {page.Url}"); break; }
                if (state != menu) { problems.Add($"{path}: focus opened or closed the menu"); break; }
            }
            if (stops < 3) problems.Add($"{path}: only {stops} focus stops");
        }
        Assert.Single(page.Context.Pages);
        Assert.Equal(0, popups);
        await page.Context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Changing_a_filter_choice_narrows_the_list_on_the_same_page_and_keeps_the_focus()
    {
        var page = await site.OpenAsync("/ja/plans/kashiwa-4th-midterm/", 390, 800);
        var selects = page.Locator("#actions select");
        var count = await selects.CountAsync();
        Assert.True(count >= 2, $"only {count} filter choices");
        var path = new Uri(page.Url).AbsolutePath;
        for (var i = 0; i < count; i++)
        {
            var select = selects.Nth(i);
            await select.FocusAsync();
            var shownBefore = await page.Locator("#actions li.action:visible").CountAsync();
            // The keyboard's way to change a closed select: the next option.
            await page.Keyboard.PressAsync("ArrowDown");
            Assert.NotEqual("", await select.InputValueAsync());
            Assert.Equal(path, new Uri(page.Url).AbsolutePath);
            Assert.True(await select.EvaluateAsync<bool>("s => document.activeElement === s"), $"choice {i + 1} moved the focus");
            Assert.True(await page.Locator("#actions li.action:visible").CountAsync() <= shownBefore);
            await select.SelectOptionAsync("");
        }
        Assert.Single(page.Context.Pages);
        await page.Context.CloseAsync();
    }

    /// <summary>"end" once the focus has left the page, otherwise the menu's state (its aria-expanded, or "none").</summary>
    private static Task<string> StateAsync(IPage page) => page.EvaluateAsync<string>("""
        () => document.activeElement && document.activeElement !== document.body && document.activeElement !== document.documentElement
          ? document.querySelector('.menu-button')?.getAttribute('aria-expanded') ?? 'none'
          : 'end'
        """);
}
