using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.BrowserTests;

/// <summary>
/// The charts of the plan pages (Charts/, _Chart*.cshtml) as Chromium presents them: an image with a
/// name and a description, tied to the table it is drawn from, fitting a 320 px screen, with series
/// colours that stand out from the background in the light and the dark scheme.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class ChartsTests(SiteFixture site)
{
    private IEnumerable<string> PlanPages => site.Pages.Where(p => p.Contains("/plans/", StringComparison.Ordinal) && p.EndsWith('/'));

    [GeneratedRegex(@"\S")]
    private static partial Regex NotEmpty();

    [Fact]
    public async Task Every_chart_is_an_image_with_a_name_a_description_and_a_linked_table()
    {
        var charts = 0;
        foreach (var path in PlanPages)
        {
            var page = await site.OpenAsync(path);
            // Two charts may link the same table: each click should scroll there at once, not animate from where the last left off.
            await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });
            var svgs = page.Locator("figure.chart > svg");
            var count = await svgs.CountAsync();
            for (var i = 0; i < count; i++)
            {
                var svg = svgs.Nth(i);
                await Expect(svg).ToHaveRoleAsync(AriaRole.Img);
                await Expect(svg).ToHaveAccessibleNameAsync(NotEmpty());
                await Expect(svg).ToHaveAccessibleDescriptionAsync(NotEmpty());
                // The description states the data: it has numbers in it.
                await Expect(svg).ToHaveAccessibleDescriptionAsync(new Regex(@"\d"));

                var tableId = await svg.GetAttributeAsync("aria-details");
                Assert.False(string.IsNullOrEmpty(tableId), $"{path}: a chart has no aria-details");
                Assert.Equal("TABLE", await page.Locator("#" + tableId).EvaluateAsync<string>("e => e.tagName"));
                var figure = page.Locator("figure.chart").Nth(i);
                var link = figure.Locator("figcaption a");
                Assert.Equal("#" + tableId, await link.GetAttributeAsync("href"));

                // Following the link reaches the table (it is on the page, not a copy of it in the chart).
                await page.EvaluateAsync("() => history.replaceState(null, '', location.pathname)");
                await link.ClickAsync();
                Assert.EndsWith("#" + tableId, page.Url);
                await Expect(page.Locator("#" + tableId)).ToBeInViewportAsync();
                charts++;
            }
            await page.Context.CloseAsync();
        }
        // The seed content has charts: the population table of kashiwa-4th and the evaluations of the mid-term review, in both
        // languages (its indicators give two targets and nothing achieved: their tables are enough).
        Assert.True(charts >= 6, $"only {charts} charts were found");
    }

    [Fact]
    public async Task The_population_table_of_Kashiwa_is_drawn_as_a_stacked_bar_chart_beside_it()
    {
        var page = await site.OpenAsync("/en/plans/kashiwa-4th/");
        var figure = page.Locator("figure.chart--stacked-bar").Filter(new() { Has = page.Locator("svg[aria-details='table-population-kashiwa-chuo']") });
        await Expect(figure).ToHaveCountAsync(1);
        await Expect(figure.Locator("svg.chart__svg")).ToHaveAccessibleDescriptionAsync(new Regex(@"^2010: 0–14 10\.5%, 15–64 65\.2%, 65 and over 24\.3%\."));
        // Every age group is named in words in the legend.
        await Expect(figure.Locator(".chart__legend li")).ToHaveTextAsync(["0–14", "15–64", "65 and over"]);
        // The chart sits just before its table, which is shown once.
        Assert.Equal("table-population-kashiwa-chuo", await figure.EvaluateAsync<string>("f => f.nextElementSibling.querySelector('table').id"));
        await Expect(page.Locator("table#table-population-kashiwa-chuo")).ToHaveCountAsync(1);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/ja/plans/kashiwa-4th/")]
    [InlineData("/ja/plans/kashiwa-4th-midterm/")]
    [InlineData("/en/plans/kashiwa-4th-midterm/")]
    public async Task A_legend_label_reads_as_one_run_of_text_beside_its_swatch(string path)
    {
        // 65歳以上 is a number box and a word with its reading; 計画以上に実施 four words with readings. Laid out, the
        // words of a label take the width they take in running text: no gap between its parts.
        var page = await site.OpenAsync(path);
        var widths = await page.EvaluateAsync<double[][]>("""
            () => [...document.querySelectorAll('.chart__legend li')].map(li => {
              const swatch = li.querySelector('.chart__swatch');
              const range = document.createRange();
              range.setStartAfter(swatch);
              range.setEnd(li, li.childNodes.length);
              const probe = document.createElement('span');
              probe.style.whiteSpace = 'nowrap';
              probe.append(range.cloneContents());
              li.parentElement.append(probe);
              const plain = probe.getBoundingClientRect().width;
              probe.remove();
              return [range.getBoundingClientRect().width, plain];
            })
            """);
        Assert.NotEmpty(widths);
        Assert.All(widths, w => Assert.InRange(w[0], w[1] - 1, w[1] + 1));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public async Task Charts_fit_a_320_pixel_screen_without_horizontal_scrolling(string language)
    {
        foreach (var path in PlanPages.Where(p => p.StartsWith($"/{language}/", StringComparison.Ordinal)))
        {
            var page = await site.OpenAsync(path, width: 320, height: 640);
            var charts = page.Locator("figure.chart");
            var count = await charts.CountAsync();
            for (var i = 0; i < count; i++)
            {
                var box = await charts.Nth(i).Locator("svg").First.BoundingBoxAsync();
                Assert.NotNull(box);
                Assert.True(box!.X >= 0 && box.X + box.Width <= 320.5, $"{path}: chart {i} spans {box.X}–{box.X + box.Width} px");
                Assert.True(box.Height > 10, $"{path}: chart {i} is {box.Height} px high");
                var legend = await charts.Nth(i).BoundingBoxAsync();
                Assert.True(legend!.X + legend.Width <= 320.5, $"{path}: figure {i} is wider than the screen");
            }
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            var (scrollWidth, clientWidth) = (widths[0], widths[1]);
            Assert.True(scrollWidth <= clientWidth, $"{path} scrolls sideways at 320 px: {scrollWidth} > {clientWidth}");
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Series_colours_have_at_least_3_to_1_contrast_with_the_background(ColorScheme scheme)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = scheme });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.BaseUrl + "/ja/plans/kashiwa-4th-midterm/");
        var ratios = await page.EvaluateAsync<double[]>("""
            () => {
              const rgb = c => c.match(/[\d.]+/g).slice(0, 3).map(Number);
              const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
                .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
              const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
              const background = rgb(getComputedStyle(document.body).backgroundColor);
              return [...document.querySelectorAll("figure.chart [class*='chart__stroke-']")]
                .map(e => ratio(rgb(getComputedStyle(e).stroke), background));
            }
            """);
        Assert.NotEmpty(ratios);
        Assert.All(ratios, r => Assert.True(r >= 3, $"a series colour has contrast {r:0.00}:1 in the {scheme} scheme"));
        await context.CloseAsync();
    }

    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    public async Task Chart_text_is_at_least_14_pixels_on_a_phone(int width)
    {
        var sizes = new List<double>();
        foreach (var path in new[] { "/ja/plans/kashiwa-4th/", "/ja/plans/kashiwa-4th-midterm/" })
        {
            var page = await site.OpenAsync(path, width, 800);
            // The drawn size of the chart's text: its font size in SVG units times the drawn width over the viewBox width.
            sizes.AddRange(await page.EvaluateAsync<double[]>("""
                () => [...document.querySelectorAll('svg.chart__svg')].map(svg =>
                  parseFloat(svg.getAttribute('font-size')) * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width)
                """));
            await page.Context.CloseAsync();
        }
        Assert.True(sizes.Count >= 3, $"only {sizes.Count} charts");
        Assert.All(sizes, px => Assert.True(px >= 13.99, $"chart text is {px:0.0} px at {width} px"));
    }
}
