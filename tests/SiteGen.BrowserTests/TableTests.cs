using System.Text.Json;

namespace SiteGen.BrowserTests;

/// <summary>
/// Tables on a phone: the page never scrolls sideways; a table wider than the screen scrolls inside its own labelled
/// region, which the keyboard can reach and scroll; the evaluation matrix keeps each action's row on screen with marks
/// that do not wrap.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class TableTests(SiteFixture site)
{
    public static TheoryData<int> PhoneWidths => new() { 320, 390 };

    [Theory]
    [MemberData(nameof(PhoneWidths))]
    public async Task Wide_tables_scroll_in_a_labelled_region_the_keyboard_reaches_and_the_page_does_not(int width)
    {
        var page = await site.OpenAsync("/ja/plans/kashiwa-4th-midterm/", width, 900);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            $"the page scrolls sideways at {width} px");

        var regions = await page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('main table')].map(t => {
              const region = t.closest('.table-scroll');
              const label = region && document.getElementById(region.getAttribute('aria-labelledby'));
              return { id: t.id || t.className, inRegion: !!region, role: region && region.getAttribute('role'), tabindex: region && region.getAttribute('tabindex'),
                       labelIsCaption: !!label && label === t.querySelector('caption'), overflows: !!region && region.scrollWidth > region.clientWidth + 1 };
            })
            """);
        Assert.True(regions.GetArrayLength() > 5);
        foreach (var table in regions.EnumerateArray())
        {
            var id = table.GetProperty("id").GetString();
            Assert.True(table.GetProperty("inRegion").GetBoolean(), $"{id} is not in a scroll region");
            Assert.Equal("region", table.GetProperty("role").GetString());
            Assert.Equal("0", table.GetProperty("tabindex").GetString());
            Assert.True(table.GetProperty("labelIsCaption").GetBoolean(), $"{id}'s region is not named by its caption");
        }

        // The matrix: marks and the mark column stay on one line, every group row spans the table.
        var matrix = page.Locator("#evaluation-table");
        var marks = await matrix.EvaluateAsync<JsonElement>("""
            t => [...t.querySelectorAll('td.evaluation-table__mark .mark__symbol')].map(s => s.getClientRects().length)
            """);
        Assert.True(marks.GetArrayLength() > 50);
        Assert.All(marks.EnumerateArray(), lines => Assert.Equal(1, lines.GetInt32()));
        var rowHeader = await matrix.Locator("tbody th[scope=row]").First.BoundingBoxAsync();
        Assert.True(rowHeader!.X >= 0 && rowHeader.X + rowHeader.Width <= width, "the first action's name is not on screen");

        // A region wider than the screen scrolls from the keyboard.
        var overflowing = page.Locator(".table-scroll").Filter(new() { Has = page.Locator("table") });
        var count = await overflowing.CountAsync();
        for (var i = 0; i < count; i++)
        {
            var region = overflowing.Nth(i);
            if (!await region.EvaluateAsync<bool>("r => r.scrollWidth > r.clientWidth + 1")) continue;
            await region.FocusAsync();
            await page.Keyboard.PressAsync("ArrowRight");
            await page.Keyboard.PressAsync("ArrowRight");
            // Chromium scrolls smoothly: wait for the region to move rather than read it at once.
            var handle = await region.ElementHandleAsync();
            await page.WaitForFunctionAsync("r => r.scrollLeft > 0", handle, new() { Timeout = 5000 });
            break;
        }
        await page.Context.CloseAsync();
    }
}
