using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// WCAG 1.4.11, in the light and the dark theme: the border that shows where a field is (search box, filter choices,
/// embed code boxes) and the focus outline stand out from what is around them by at least 3:1.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class NonTextContrastTests(SiteFixture site)
{
    private static readonly string[] PagesWithFields = ["/ja/search/", "/en/search/", "/ja/plans/kashiwa-4th-midterm/", "/en/areas/shintomi/"];

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Field_borders_and_the_focus_outline_have_3_to_1_contrast(ColorScheme scheme)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, ColorScheme = scheme,
        });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        var fields = 0;
        foreach (var path in PagesWithFields)
        {
            await page.GotoAsync(site.Server.BaseUrl + path);
            // Closed panels are opened so that their fields are measured too.
            await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            // Against what is around the field or the outline: the parent's background.
            var found = await page.EvaluateAsync<string[]>("() => {" + Contrast.Script + """
                const around = (e, property) => ratio(rgb(getComputedStyle(e)[property]).slice(0, 3), backgroundOf(e.parentElement));
                const found = [];
                for (const e of document.querySelectorAll("input:not([type=hidden]), select, textarea")) {
                  if (!e.offsetParent) continue;
                  found.push(e.tagName + "#" + e.id + " border " + around(e, "borderTopColor").toFixed(2));
                }
                return found;
                }
                """);
            fields += found.Length;
            problems.AddRange(found.Where(f => double.Parse(f[(f.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture) < 3).Select(f => $"{path}: {f}"));

            // The focus outline, on the first few stops of the page.
            for (var i = 0; i < 12; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                var outline = await page.EvaluateAsync<double>("() => {" + Contrast.Script + """
                    const e = document.activeElement;
                    return !e || e === document.body ? -1 : ratio(rgb(getComputedStyle(e).outlineColor).slice(0, 3), backgroundOf(e.parentElement));
                    }
                    """);
                if (outline < 0) break;
                if (outline < 3) problems.Add($"{path}: focus outline {outline:0.00} on stop {i + 1}");
            }
        }
        await context.CloseAsync();
        Assert.True(fields >= 6, $"only {fields} fields measured");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
