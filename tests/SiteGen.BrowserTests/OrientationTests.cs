using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// WCAG 1.3.4: no page is locked to portrait or landscape. A phone held either way shows the whole page (its heading,
/// its main content, nothing scrolling sideways), and no style rule depends on the orientation.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class OrientationTests(SiteFixture site)
{
    private static readonly string[] Sample =
    [
        "/", "/ja/", "/en/plans/chiba-7th/", "/ja/plans/kashiwa-4th-midterm/", "/ja/areas/kashiwa/", "/en/glossary/",
        "/ja/search/", "/en/about/", "/ja/contact/", "/404.html", "/embed/ja/plans.kakogawa-4th.html",
    ];

    [Theory]
    [InlineData(390, 844)]
    [InlineData(844, 390)]
    public async Task Every_page_type_works_in_portrait_and_in_landscape(int width, int height)
    {
        var problems = new List<string>();
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height }, IsMobile = true, HasTouch = true,
        });
        var page = await context.NewPageAsync();
        foreach (var path in Sample)
        {
            await page.GotoAsync(site.Server.BaseUrl + path);
            if (!await page.Locator("h1").First.IsVisibleAsync()) problems.Add($"{path}: the heading is hidden");
            var main = await page.Locator("main").BoundingBoxAsync();
            if (main is null || main.Width < width * 0.8) problems.Add($"{path}: the main content is {main?.Width ?? 0} px wide of {width}");
            if (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1"))
                problems.Add($"{path}: scrolls sideways at {width}×{height}");
            var rules = await page.EvaluateAsync<string[]>("""
                () => {
                  const found = [];
                  const walk = rules => { for (const r of rules) {
                    if (r.conditionText && /orientation/i.test(r.conditionText)) found.push(r.conditionText);
                    if (r.cssRules) walk(r.cssRules);
                  } };
                  for (const sheet of document.styleSheets) walk(sheet.cssRules);
                  return found;
                }
                """);
            if (rules.Length > 0) problems.Add($"{path}: style rules depend on the orientation: {string.Join(", ", rules)}");
        }
        await context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
