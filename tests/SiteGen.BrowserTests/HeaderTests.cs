using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// The header a resident sees first: one row on a phone (the site name and a menu button holding the links, the
/// language and ふりがな), one row on a wide screen; and on a long page, the way back to its contents.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class HeaderTests(SiteFixture site)
{
    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    public async Task On_a_phone_the_header_is_one_row_and_the_menu_button_opens_and_closes_the_links(int width)
    {
        var page = await site.OpenAsync("/ja/plans/kashiwa-4th/", width, 800);
        var header = await page.Locator(".site-header").BoundingBoxAsync();
        Assert.True(header!.Height <= 72, $"the header is {header.Height} px tall at {width} px");
        var links = page.Locator("#site-nav a");
        Assert.False(await links.First.IsVisibleAsync());

        var button = page.Locator(".menu-button");
        Assert.Equal("site-nav", await button.GetAttributeAsync("aria-controls"));
        await button.ClickAsync();
        Assert.Equal("true", await button.GetAttributeAsync("aria-expanded"));
        // As shown: a link's text content also holds its furigana, hidden until turned on (innerText leaves them out).
        var shown = await page.Locator("#site-nav a:visible").EvaluateAllAsync<string[]>("links => links.map(a => a.innerText.trim())");
        foreach (var name in new[] { "計画一覧", "地域から探す", "用語解説", "English" })
            Assert.True(shown.Contains(name), $"{name} is not in the open menu: {string.Join(", ", shown)}");
        // The page has readings: the ふりがな switch is in the menu too.
        Assert.True(await page.Locator("#site-nav .furigana-toggle").IsVisibleAsync());

        await links.First.FocusAsync();
        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("false", await button.GetAttributeAsync("aria-expanded"));
        Assert.False(await links.First.IsVisibleAsync());
        Assert.True(await button.EvaluateAsync<bool>("b => document.activeElement === b"), "Escape does not give the focus back to the menu button");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_wide_screen_the_header_is_one_row_with_the_links_and_no_menu_button()
    {
        var page = await site.OpenAsync("/ja/plans/kashiwa-4th/", 1280, 800);
        Assert.False(await page.Locator(".menu-button").IsVisibleAsync());
        var title = await page.Locator(".site-title").BoundingBoxAsync();
        var furigana = await page.Locator(".furigana-toggle").BoundingBoxAsync();
        Assert.True(Math.Abs(title!.Y + title.Height / 2 - (furigana!.Y + furigana.Height / 2)) < 12, "the ふりがな switch is not on the header's row");
        Assert.True((await page.Locator(".site-header").BoundingBoxAsync())!.Height <= 80);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Once_the_contents_list_scrolls_away_a_link_goes_back_to_it()
    {
        var page = await site.OpenAsync("/ja/plans/kashiwa-4th-midterm/", 390, 800);
        var back = page.Locator(".to-contents a");
        Assert.False(await back.IsVisibleAsync());
        await page.Locator("#evaluations").ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(back).ToBeVisibleAsync();
        var box = await back.BoundingBoxAsync();
        Assert.True(box!.Width >= 44 && box.Height >= 44);
        await back.ClickAsync();
        await page.WaitForFunctionAsync("() => location.hash === '#contents'");
        await Assertions.Expect(page.Locator("#contents")).ToBeInViewportAsync();
        await page.Context.CloseAsync();
    }
}
