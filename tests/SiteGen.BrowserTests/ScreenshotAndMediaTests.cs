using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// Screenshots of every page kind at a phone's and a desktop's width, light and dark, kept in the test output
/// (<see cref="ScreenshotFolder"/>) so a person can look at them; and the media features the theme promises:
/// print, reduced motion.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ScreenshotAndMediaTests(SiteFixture site)
{
    /// <summary>One page of every kind, by the name its screenshot takes.</summary>
    private static readonly (string Name, string Path)[] PageKinds =
    [
        ("root", "/"), ("home-ja", "/ja/"), ("home-en", "/en/"), ("plan", "/ja/plans/chiba-7th/"), ("plan-en", "/en/plans/kakogawa-4th/"),
        ("plan-midterm", "/ja/plans/kashiwa-4th-midterm/"), ("areas", "/ja/areas/"), ("area", "/en/areas/shintomi/"),
        ("glossary", "/ja/glossary/"), ("about", "/ja/about/"), ("contact", "/en/contact/"), ("search", "/en/search/"),
        ("not-found", "/404.html"), ("embed-plan", "/embed/ja/plans.chiba-7th.html"), ("embed-area", "/embed/en/areas.kashiwa.html"),
    ];

    private static readonly string[] PageTypes = [.. PageKinds.Select(k => k.Path)];

    /// <summary>
    /// Where the screenshots go: SITEGEN_SCREENSHOTS when set (.ci/run sets it), else TestResults/screenshots beside
    /// this project; emptied at the start of each run.
    /// </summary>
    public static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("SITEGEN_SCREENSHOTS") is { Length: > 0 } configured ? configured
            : Path.Combine(SiteFixture.RepositoryRoot, "tests", "SiteGen.BrowserTests", "TestResults", "screenshots");

    [Fact]
    public async Task Every_page_kind_is_captured_at_390_and_1280_pixels_light_and_dark()
    {
        var folder = ScreenshotFolder;
        // Emptied first: the count below is of this run's screenshots, not of an earlier run's.
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            foreach (var width in new[] { 390, 1280 })
            {
                var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
                {
                    ViewportSize = new ViewportSize { Width = width, Height = 900 }, ColorScheme = scheme,
                });
                context.SetDefaultTimeout(60_000);
                var page = await context.NewPageAsync();
                foreach (var (name, path) in PageKinds)
                {
                    var response = await page.GotoAsync(site.Server.BaseUrl + path);
                    Assert.NotNull(response);
                    var file = Path.Combine(folder, $"{name}-{width}-{scheme.ToString().ToLowerInvariant()}.png");
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                    // A blank page compresses to a few hundred bytes; a page of text is tens of kilobytes.
                    Assert.True(new FileInfo(file).Length > 10_000, $"{file} is nearly empty ({new FileInfo(file).Length} bytes)");
                    // The whole page, not only the first screen: as tall as the page says it is.
                    var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
                    using var png = File.OpenRead(file);
                    Assert.Equal(height, PngHeight(png));
                }
                await context.CloseAsync();
            }
        }
        Assert.Equal(PageKinds.Length * 4, Directory.GetFiles(folder, "*.png").Length);
    }

    /// <summary>The height of a PNG image, from its header (IHDR: bytes 20–23, big-endian).</summary>
    private static int PngHeight(Stream png)
    {
        var header = new byte[24];
        png.ReadExactly(header);
        return (header[20] << 24) | (header[21] << 16) | (header[22] << 8) | header[23];
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
