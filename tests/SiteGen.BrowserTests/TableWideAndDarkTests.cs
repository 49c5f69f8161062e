using System.Text.Json;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// Tables on a wide screen and in the dark scheme (<see cref="TableTests"/> covers phones in light): the page never
/// scrolls sideways, a wide screen shows every table without its own scrolling, numbers and marks stay on one line,
/// and every cell's text keeps 4.5:1 against what is behind it.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class TableWideAndDarkTests(SiteFixture site)
{
    public static TheoryData<int, ColorScheme> Views => new()
    {
        { 1280, ColorScheme.Light },
        { 1280, ColorScheme.Dark },
        { 390, ColorScheme.Dark },
    };

    private async Task<IPage> OpenAsync(string path, int width, ColorScheme scheme)
    {
        var page = await site.OpenAsync(path, width, 900);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
        return page;
    }

    [Theory]
    [MemberData(nameof(Views))]
    public async Task The_page_does_not_scroll_sideways_and_numbers_and_marks_stay_on_one_line(int width, ColorScheme scheme)
    {
        var page = await OpenAsync("/ja/plans/kashiwa-4th-midterm/", width, scheme);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            $"the page scrolls sideways at {width} px ({scheme})");

        var wrapped = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main table td.number, main table .value, main table .mark__symbol')]
              .filter(e => {
                // On two lines when one piece of its text lies wholly below another.
                const range = document.createRange();
                range.selectNodeContents(e);
                const rects = [...range.getClientRects()].filter(r => r.width > 0);
                return rects.some(a => rects.some(b => b.top >= a.bottom - 1));
              })
              .map(e => e.textContent.trim())
            """);
        Assert.True(wrapped.Length == 0, $"these numbers or marks wrap at {width} px: {string.Join(", ", wrapped.Take(5))}");

        if (width >= 1280)
        {
            // The text column is wide enough for every table of the plan: none hides columns behind a scroll bar.
            var overflowing = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('main .table-scroll')].filter(r => r.scrollWidth > r.clientWidth + 1)
                  .map(r => r.querySelector('caption')?.textContent.trim() ?? r.id)
                """);
            Assert.True(overflowing.Length == 0, $"these tables scroll at 1280 px: {string.Join(" | ", overflowing)}");
        }
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Every_cell_caption_and_mark_keeps_its_contrast(int width, ColorScheme scheme)
    {
        var page = await OpenAsync("/ja/plans/kashiwa-4th-midterm/", width, scheme);
        var low = await page.EvaluateAsync<JsonElement>("() => {" + Contrast.Script + """
              return [...document.querySelectorAll('main table caption, main table th, main table td, main table .mark__symbol, main table a')]
                .filter(e => e.textContent.trim().length > 0 && e.getClientRects().length > 0)
                .map(e => ({ text: e.textContent.trim().slice(0, 20), ratio: contrastOf(e) }))
                .filter(x => x.ratio < 4.5);
            }
            """);
        Assert.True(low.GetArrayLength() == 0, $"low contrast at {width} px ({scheme}): {low}");
        // The cells are drawn on the dark background in the dark scheme, not on a light one left over.
        var dark = await page.EvaluateAsync<bool>("() => {" + Contrast.Script + """
              const cell = document.querySelector('#evaluation-table td');
              return lum(backgroundOf(cell)) < 0.2;
            }
            """);
        Assert.Equal(scheme == ColorScheme.Dark, dark);
        await page.Context.CloseAsync();
    }
}
