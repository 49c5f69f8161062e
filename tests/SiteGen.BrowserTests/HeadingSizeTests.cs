namespace SiteGen.BrowserTests;

/// <summary>
/// A heading is never set smaller than the text it heads: the narrative's headings are shifted under the page's,
/// down to h5 and h6, which browsers otherwise draw at 0.83 and 0.67 of the text size.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class HeadingSizeTests(SiteFixture site)
{
    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task No_heading_is_smaller_than_the_body_text(int width)
    {
        var problems = new List<string>();
        var deep = 0;
        foreach (var path in site.Pages.Where(p => p.Contains("/plans/", StringComparison.Ordinal) && !p.StartsWith("/embed/", StringComparison.Ordinal)))
        {
            var page = await site.OpenAsync(path, width, 900);
            var body = await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('main p')).fontSize)");
            var headings = await page.EvaluateAsync<System.Text.Json.JsonElement>(
                "() => [...document.querySelectorAll('main h4, main h5, main h6')].map(h => [h.localName, getComputedStyle(h).fontSize, h.textContent.trim()])");
            foreach (var heading in headings.EnumerateArray())
            {
                var tag = heading[0].GetString();
                var size = double.Parse(heading[1].GetString()!.Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
                var text = heading[2].GetString();
                if (tag is "h5" or "h6") deep++;
                if (size < body) problems.Add($"{path} at {width} px: <{tag}> “{text}” is {size} px, the body text {body} px");
            }
            await page.Context.CloseAsync();
        }
        Assert.True(deep > 0, "no h5 or h6 on the plan pages: the check would check nothing");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
