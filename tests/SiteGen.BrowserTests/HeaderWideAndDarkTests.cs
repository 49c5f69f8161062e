using System.Text.Json;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// The header in the dark scheme and, in both schemes, on a wide screen (<see cref="HeaderTests"/> covers the light
/// phone header): one row at 1280 px with every link on it; the site name, the links, the menu button and the open
/// menu keep 4.5:1 against the header, read from the computed colours.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class HeaderWideAndDarkTests(SiteFixture site)
{
    private async Task<IPage> OpenAsync(string path, int width, ColorScheme scheme)
    {
        var page = await site.OpenAsync(path, width, 800);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
        return page;
    }

    private static Task<JsonElement> LowContrastAsync(IPage page, string selector) =>
        page.EvaluateAsync<JsonElement>("selector => {" + Contrast.Script + """
              return [...document.querySelectorAll(selector)].filter(e => e.getClientRects().length > 0)
                .map(e => ({ text: e.textContent.trim().slice(0, 20), ratio: contrastOf(e) })).filter(x => x.ratio < 4.5);
            }
            """, selector);

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task At_1280_px_the_header_is_one_row_holding_every_link(ColorScheme scheme)
    {
        var page = await OpenAsync("/en/plans/kashiwa-4th/", 1280, scheme);
        var rows = await page.EvaluateAsync<JsonElement>("""
            () => {
              const title = document.querySelector('.site-title').getBoundingClientRect();
              const middle = title.top + title.height / 2;
              return [...document.querySelectorAll('.site-header #site-nav a, .site-header .furigana-toggle')]
                .filter(e => e.getClientRects().length > 0)
                .map(e => { const r = e.getBoundingClientRect(); return { text: e.textContent.trim(), off: Math.abs(r.top + r.height / 2 - middle) }; });
            }
            """);
        Assert.True(rows.GetArrayLength() >= 4, $"the header shows only {rows.GetArrayLength()} links");
        foreach (var item in rows.EnumerateArray())
            Assert.True(item.GetProperty("off").GetDouble() < 12, $"`{item.GetProperty("text").GetString()}` is not on the header's row ({scheme})");
        Assert.True((await page.Locator(".site-header").BoundingBoxAsync())!.Height <= 80);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        var low = await LowContrastAsync(page, ".site-title a, #site-nav a");
        Assert.True(low.GetArrayLength() == 0, $"low contrast in the header ({scheme}): {low}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    public async Task In_the_dark_on_a_phone_the_header_is_dark_one_row_and_its_menu_readable_open_and_closed(int width)
    {
        var page = await OpenAsync("/ja/plans/kashiwa-4th/", width, ColorScheme.Dark);
        var header = await page.Locator(".site-header").BoundingBoxAsync();
        Assert.True(header!.Height <= 72, $"the header is {header.Height} px tall at {width} px");
        Assert.True(await page.EvaluateAsync<bool>("() => {" + Contrast.Script + " return lum(backgroundOf(document.querySelector('.site-header'))) < 0.2; }"),
            "the header is not dark in the dark scheme");
        var closed = await LowContrastAsync(page, ".site-title a, .menu-button");
        Assert.True(closed.GetArrayLength() == 0, $"low contrast in the closed header: {closed}");

        var button = page.Locator(".menu-button");
        await button.ClickAsync();
        Assert.Equal("true", await button.GetAttributeAsync("aria-expanded"));
        var open = await LowContrastAsync(page, ".menu-button, #site-nav a, #site-nav .furigana-toggle");
        Assert.True(open.GetArrayLength() == 0, $"low contrast in the open menu: {open}");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            $"the open menu makes the page scroll sideways at {width} px");
        await page.Context.CloseAsync();
    }
}
