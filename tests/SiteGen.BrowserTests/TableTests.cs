using System.Text.Json;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// Tables on a phone: the page never scrolls sideways; a table wider than the screen scrolls inside its own labelled
/// region, which the keyboard can reach and scroll, shows a shadow on the edge beyond which more of it lies, and keeps
/// its caption on screen; a table of two target years fits; the evaluation matrix keeps each action's row on screen
/// with marks that do not wrap.
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

    /// <summary>The plan pages with tables wider than a phone, in both languages.</summary>
    public static TheoryData<string, int> TablePagesAtPhoneWidths => new()
    {
        { "/ja/plans/kashiwa-4th-midterm/", 320 }, { "/en/plans/kashiwa-4th-midterm/", 320 },
        { "/ja/plans/kashiwa-4th-midterm/", 390 }, { "/en/plans/kashiwa-4th-midterm/", 390 },
        { "/ja/plans/kashiwa-4th/", 320 }, { "/en/plans/kashiwa-4th/", 390 },
    };

    [Theory]
    [MemberData(nameof(TablePagesAtPhoneWidths))]
    public async Task A_caption_stays_on_screen_however_far_its_table_is_scrolled(string path, int width)
    {
        var page = await site.OpenAsync(path, width, 900);
        // Each line of a caption lies within its region's visible box, at the start and with the table scrolled to its end.
        var cut = await page.EvaluateAsync<string[]>("""
            () => {
              const cut = [];
              for (const region of document.querySelectorAll('main .table-scroll')) {
                const caption = region.querySelector('caption');
                if (!caption) continue;
                for (const end of [false, true]) {
                  region.scrollLeft = end ? region.scrollWidth : 0;
                  const box = region.getBoundingClientRect();
                  const range = document.createRange();
                  range.selectNodeContents(caption);
                  const outside = [...range.getClientRects()].filter(r => r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1));
                  if (outside.length) cut.push((end ? 'scrolled: ' : '') + caption.textContent.trim().slice(0, 40));
                }
                region.scrollLeft = 0;
              }
              return cut;
            }
            """);
        Assert.True(cut.Length == 0, $"these captions run past the screen's edge at {width} px: {string.Join(" | ", cut)}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/ja/plans/kashiwa-4th-midterm/")]
    [InlineData("/en/plans/kashiwa-4th-midterm/")]
    public async Task An_indicator_table_of_two_years_fits_a_390_pixel_phone(string path)
    {
        var page = await site.OpenAsync(path, 390, 900);
        var tables = await IndicatorTablesAsync(page, maxColumns: 3);
        Assert.True(tables.GetArrayLength() >= 3, $"{path} has {tables.GetArrayLength()} indicator tables of two years");
        foreach (var table in tables.EnumerateArray())
            Assert.True(table.GetProperty("overflow").GetInt32() <= 1,
                $"\"{table.GetProperty("caption").GetString()}\" is {table.GetProperty("overflow").GetInt32()} px wider than a 390 px phone: its last number is cut at the edge");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task A_table_cut_at_the_screen_s_edge_shows_a_shadow_on_that_edge_only(ColorScheme scheme)
    {
        var page = await site.OpenAsync("/ja/plans/kashiwa-4th-midterm/", 390, 900);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
        // The first indicator table wider than the phone (an action's targets for three years, 令和4年度（2022年度）…).
        var index = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('main .table-scroll')].findIndex(r => r.querySelector('table.indicator') && r.scrollWidth > r.clientWidth + 10)");
        Assert.True(index >= 0, "no indicator table scrolls at 390 px");
        var region = page.Locator("main .table-scroll").Nth(index);
        await region.ScrollIntoViewIfNeededAsync();
        // Only what the region paints itself: the table is hidden (its place kept), so its text and borders cannot pass for a shadow.
        await page.AddStyleTagAsync(new() { Content = ".table-scroll > table { visibility: hidden; }" });

        var atStart = await EdgeShadesAsync(page, region);
        await region.EvaluateAsync("r => { r.style.scrollBehavior = 'auto'; r.scrollLeft = r.scrollWidth; }");
        var atEnd = await EdgeShadesAsync(page, region);

        Assert.True(atStart.Right > 15 && atStart.Left < 3, $"at the start ({scheme}): left edge {atStart.Left:F1}, right edge {atStart.Right:F1} from the background; the right edge should be shaded");
        Assert.True(atEnd.Left > 15 && atEnd.Right < 3, $"scrolled to the end ({scheme}): left edge {atEnd.Left:F1}, right edge {atEnd.Right:F1} from the background; the left edge should be shaded");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_value_in_words_wraps_as_text_so_an_english_indicator_table_of_three_years_fits_a_phone()
    {
        var page = await site.OpenAsync("/en/plans/kashiwa-4th-midterm/", 390, 900);
        var found = await page.EvaluateAsync<JsonElement>("""
            () => ({
              // A cell set as a number (one line, at the end) holds a number: "carried out" set so could not wrap.
              wordsAsNumbers: [...document.querySelectorAll('main table td.number')].map(td => td.textContent.trim()).filter(t => t && !/[0-9]/.test(t)),
              words: [...document.querySelectorAll('main table.indicator td')].filter(td => /^[a-z ]+$/i.test(td.textContent.trim())).length,
            })
            """);
        Assert.True(found.GetProperty("words").GetInt32() >= 3, "the page should have indicator values in words (carried out, continued)");
        Assert.True(found.GetProperty("wordsAsNumbers").GetArrayLength() == 0, $"values in words set as numbers: {found.GetProperty("wordsAsNumbers")}");
        var tooWide = (await IndicatorTablesAsync(page, maxColumns: 4)).EnumerateArray()
            .Where(t => t.GetProperty("overflow").GetInt32() > 1).Select(t => t.GetProperty("caption").GetString()).ToList();
        Assert.True(tooWide.Count == 0, $"indicator tables of three years wider than a 390 px phone: {string.Join(" | ", tooWide)}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/ja/plans/kashiwa-4th-midterm/")]
    [InlineData("/en/plans/kashiwa-4th-midterm/")]
    public async Task The_evaluation_matrix_of_two_years_shows_both_on_a_390_pixel_phone(string path)
    {
        var page = await site.OpenAsync(path, 390, 900);
        var matrix = await page.EvaluateAsync<JsonElement>($$"""
            () => {
              {{TextLines.ShownLinesFunction}}
              const table = document.querySelector('#evaluation-table'), region = table.closest('.table-scroll');
              // A line that starts with a prolonged sound mark or a small kana (センタ|ー) breaks a Japanese word where it must not.
              const badStarts = [...table.querySelectorAll('tbody th[scope=row]')].flatMap(th => shownLines(th).slice(1))
                .filter(line => /^[ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]/.test(line));
              return { years: table.tHead.rows[0].cells.length - 1, overflow: region.scrollWidth - region.clientWidth, badStarts };
            }
            """);
        Assert.Equal(2, matrix.GetProperty("years").GetInt32());
        Assert.True(matrix.GetProperty("overflow").GetInt32() <= 1,
            $"the matrix is {matrix.GetProperty("overflow").GetInt32()} px wider than the phone: a year's marks are off the screen");
        Assert.True(matrix.GetProperty("badStarts").GetArrayLength() == 0, $"action names' lines start with: {matrix.GetProperty("badStarts")}");
        await page.Context.CloseAsync();
    }

    /// <summary>The indicator tables of at most <paramref name="maxColumns"/> columns: each caption's start, and how far its region scrolls (px).</summary>
    private static Task<JsonElement> IndicatorTablesAsync(IPage page, int maxColumns) => page.EvaluateAsync<JsonElement>("""
        maxColumns => [...document.querySelectorAll('main table.indicator')].filter(t => t.rows[0].cells.length <= maxColumns).map(t => {
          const region = t.closest('.table-scroll');
          return { caption: t.caption.textContent.trim().slice(0, 40), overflow: region.scrollWidth - region.clientWidth };
        })
        """, maxColumns);

    /// <summary>How far (0–255) the strips 1–5 px inside the region's left and right edges are from its middle's colour, on average.</summary>
    private static async Task<(double Left, double Right)> EdgeShadesAsync(IPage page, ILocator region)
    {
        var box = (await region.BoundingBoxAsync())!;
        var png = await page.ScreenshotAsync(new() { Clip = new() { X = box.X, Y = box.Y, Width = box.Width, Height = box.Height } });
        var shades = await page.EvaluateAsync<double[]>("""
            async src => {
              const image = new Image();
              image.src = src;
              await image.decode();
              const canvas = document.createElement('canvas');
              [canvas.width, canvas.height] = [image.width, image.height];
              const context = canvas.getContext('2d');
              context.drawImage(image, 0, 0);
              const mean = (x0, x1) => {
                const data = context.getImageData(x0, 0, x1 - x0, image.height).data;
                let sum = 0;
                for (let i = 0; i < data.length; i += 4) sum += (data[i] + data[i + 1] + data[i + 2]) / 3;
                return sum / (data.length / 4);
              };
              const middle = mean(Math.floor(image.width / 2) - 2, Math.floor(image.width / 2) + 2);
              return [Math.abs(mean(1, 6) - middle), Math.abs(mean(image.width - 6, image.width - 1) - middle)];
            }
            """, "data:image/png;base64," + Convert.ToBase64String(png));
        return (shades[0], shades[1]);
    }
}
