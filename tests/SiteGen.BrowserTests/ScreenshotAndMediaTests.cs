using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// Screenshots of every page type at phone, tablet and desktop widths, saved under the test output
/// folder (screenshots/) so a person can look at them; and the media features the theme promises:
/// print, reduced motion.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ScreenshotAndMediaTests(SiteFixture site)
{
    private static readonly string[] PageTypes =
    [
        "/", "/ja/", "/en/", "/ja/plans/kashiwa-4th-midterm/", "/en/plans/kakogawa-4th/", "/ja/areas/", "/en/areas/shintomi/",
        "/ja/glossary/", "/en/search/", "/ja/about/", "/en/contact/", "/404.html", "/embed/ja/plans.chiba-7th.html",
    ];

    [Fact]
    public async Task Every_page_type_is_captured_at_three_widths()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        // Emptied first: the count below is of this run's screenshots, not of an earlier run's.
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        foreach (var width in new[] { 320, 768, 1280 })
        {
            foreach (var path in PageTypes)
            {
                var page = await site.OpenAsync(path, width, 900);
                var name = (path.Trim('/').Replace('/', '_') is { Length: > 0 } n ? n : "root") + $"-{width}.png";
                var file = Path.Combine(folder, name);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                Assert.True(new FileInfo(file).Length > 1000, $"{name} is empty");
                await page.Context.CloseAsync();
            }
        }
        Assert.Equal(PageTypes.Length * 3, Directory.GetFiles(folder, "*.png").Length);
    }

    [Fact]
    public async Task Printing_hides_navigation_and_keeps_the_plan()
    {
        var page = await site.OpenAsync("/ja/plans/chiba-7th/");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator("nav.site-nav").IsVisibleAsync());
        Assert.False(await page.Locator("nav.toc").IsVisibleAsync());
        Assert.True(await page.Locator("h1").IsVisibleAsync());
        Assert.True(await page.Locator("#action-action-6").IsVisibleAsync());
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4" });
        Assert.True(pdf.Length > 10_000);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Reduced_motion_turns_off_smooth_scrolling()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ReducedMotion = ReducedMotion.Reduce });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.BaseUrl + "/ja/plans/chiba-7th/");
        Assert.Equal("auto", await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).scrollBehavior"));
        await context.CloseAsync();

        var moving = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ReducedMotion = ReducedMotion.NoPreference });
        var other = await moving.NewPageAsync();
        await other.GotoAsync(site.Server.BaseUrl + "/ja/plans/chiba-7th/");
        Assert.Equal("smooth", await other.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).scrollBehavior"));
        await moving.CloseAsync();
    }

    [Theory]
    [InlineData("/ja/plans/chiba-7th/", "ja")]
    [InlineData("/en/plans/chiba-7th/", "en")]
    public async Task Body_text_follows_the_typography_defaults(string path, string lang)
    {
        var page = await site.OpenAsync(path);
        var paragraph = page.Locator("main p").First;
        var fontSize = await paragraph.EvaluateAsync<double>("p => parseFloat(getComputedStyle(p).fontSize)");
        var lineHeight = await paragraph.EvaluateAsync<double>("p => parseFloat(getComputedStyle(p).lineHeight)");
        Assert.True(fontSize >= 16, $"font size {fontSize}");
        Assert.InRange(lineHeight / fontSize, lang == "ja" ? 1.65 : 1.5, 1.8);
        await page.Context.CloseAsync();
    }

    /// <summary>200% zoom of a 1280×900 window is a 640×450 CSS px viewport: text stays 16 px or more and nothing scrolls sideways.</summary>
    [Fact]
    public async Task Text_stays_readable_at_two_hundred_percent_zoom()
    {
        foreach (var path in PageTypes)
        {
            var page = await site.OpenAsync(path, 640, 450);
            var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
            Assert.False(overflow, $"{path} scrolls sideways at 200% zoom");
            var smallest = await page.EvaluateAsync<double>(
                "() => Math.min(...[...document.querySelectorAll('main p, main li')].filter(e => e.offsetParent !== null).map(e => parseFloat(getComputedStyle(e).fontSize)))");
            Assert.True(double.IsInfinity(smallest) || smallest >= 12, $"{path}: text of {smallest}px");
            await page.Context.CloseAsync();
        }
    }
}
