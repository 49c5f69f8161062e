using Microsoft.Playwright;
using SiteGen.I18n;

namespace SiteGen.BrowserTests;

/// <summary>
/// The site's one input error, an empty search (WCAG 3.3.1, 3.3.3): it is said in words through the status line,
/// the field is marked invalid and described by that message, and the focus goes to the field to type in.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SearchErrorTests(SiteFixture site)
{
    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public async Task An_empty_search_names_the_problem_marks_the_field_and_focuses_it(string language)
    {
        var ui = LanguageFiles.BuiltIn(language)!;
        var page = await site.OpenAsync($"/{language}/search/", 390, 800);
        var input = page.Locator("input[name=q]");
        Assert.Null(await input.GetAttributeAsync("aria-invalid"));

        await page.Locator(".search__button").ClickAsync();
        var status = page.Locator("[data-search-status]");
        await Assertions.Expect(status).ToHaveTextAsync(ui.SearchEmpty);
        Assert.Equal("status", await status.GetAttributeAsync("role"));
        Assert.Equal("true", await input.GetAttributeAsync("aria-invalid"));
        Assert.Equal(await status.GetAttributeAsync("id"), await input.GetAttributeAsync("aria-describedby"));
        Assert.True(await input.EvaluateAsync<bool>("i => document.activeElement === i"), "the focus did not go to the search field");

        // Typing words and searching again clears the error.
        await page.Keyboard.TypeAsync(language == "ja" ? "見守り" : "volunteer");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(status).Not.ToHaveTextAsync(ui.SearchEmpty);
        Assert.Null(await input.GetAttributeAsync("aria-invalid"));
        Assert.Null(await input.GetAttributeAsync("aria-describedby"));
        await page.Context.CloseAsync();
    }
}
