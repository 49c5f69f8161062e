using System.Text.Json;

namespace SiteGen.BrowserTests;

/// <summary>
/// WCAG 3.2.3, 3.2.4, 3.2.6, on every page of each language: the header's navigation and the footer's links come in
/// the same order with the same names, the parts with the same function (skip link, menu button, language switch,
/// ふりがな, contact) are named alike, and the contact link sits in the same place in the footer.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ConsistencyTests(SiteFixture site)
{
    /// <summary>
    /// What a visitor meets in the header and footer, as shown (innerText leaves out hidden furigana); the language
    /// switch by its name and language only, since its address is this page's in the other language.
    /// </summary>
    private const string Furniture = """
        () => {
          const name = e => (e.innerText || e.textContent).replace(/\s+/g, " ").trim();
          const where = a => { const u = new URL(a.href); return u.pathname + u.hash; };
          const nav = [...document.querySelectorAll("#site-nav a, #site-nav button")].map(e =>
            e.closest(".language-switch") ? "switch:" + name(e) + ":" + e.hreflang : e.tagName === "BUTTON" ? "button:" + name(e) : name(e) + " " + where(e));
          const skip = document.querySelector(".skip-link");
          const menu = document.querySelector(".menu-button");
          return {
            parts: [skip ? name(skip) + " " + skip.getAttribute("href") : "no skip link", menu ? "menu:" + name(menu) : "no menu button", ...nav],
            footer: [...document.querySelectorAll(".site-footer a")].map(a => name(a) + " " + where(a)),
          };
        }
        """;

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public async Task Every_page_has_the_same_navigation_names_and_help_in_the_same_order(string language)
    {
        var paths = site.Pages.Where(p => p.StartsWith($"/{language}/", StringComparison.Ordinal)).ToList();
        Assert.True(paths.Count >= 15, $"only {paths.Count} {language} pages");
        var page = await site.OpenAsync(paths[0]);
        var first = (Path: paths[0], Parts: "", Footer: "");
        var problems = new List<string>();
        foreach (var path in paths)
        {
            await page.GotoAsync(site.Server.BaseUrl + path);
            var found = await page.EvaluateAsync<JsonElement>(Furniture);
            var parts = string.Join(" | ", found.GetProperty("parts").EnumerateArray().Select(e => e.GetString()));
            var footer = string.Join(" | ", found.GetProperty("footer").EnumerateArray().Select(e => e.GetString()));
            if (first.Parts.Length == 0) first = (path, parts, footer);
            if (parts != first.Parts) problems.Add($"{path}: header {parts}\n  but {first.Path}: {first.Parts}");
            if (footer != first.Footer) problems.Add($"{path}: footer {footer}\n  but {first.Path}: {first.Footer}");
        }
        await page.Context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // What is compared is there: the five site links, the language switch, and help first in the footer.
        Assert.Equal(5, first.Parts.Split(" | ").Count(p => p.Contains($" /{language}/", StringComparison.Ordinal)));
        Assert.Contains("switch:", first.Parts);
        Assert.StartsWith(language == "ja" ? "お問い合わせ" : "Contact", first.Footer);
        Assert.Contains($" /{language}/contact/", first.Footer.Split(" | ")[0]);
    }

    [Fact]
    public async Task The_language_chooser_and_the_not_found_page_keep_help_in_the_same_place()
    {
        var home = await site.OpenAsync("/ja/");
        var contact = await home.Locator(".site-footer a").First.GetAttributeAsync("href");
        await home.Context.CloseAsync();
        foreach (var path in new[] { "/", "/404.html" })
        {
            var page = await site.OpenAsync(path);
            Assert.Equal(contact, await page.Locator(".site-footer a").First.GetAttributeAsync("href"));
            Assert.Equal("お問い合わせ", await page.Locator(".site-footer a").First.InnerTextAsync());
            await page.Context.CloseAsync();
        }
    }
}
