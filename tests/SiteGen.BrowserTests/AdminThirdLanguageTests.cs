using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>The admin fixture's site with Vietnamese as a third language: its strings file and one plan's Vietnamese text.</summary>
public sealed class VietnameseAdminFixture : AdminFixture
{
    public const string Plan = "kashiwa-4th";
    public const string FirstLine = "Kế hoạch phúc lợi cộng đồng của thành phố Kashiwa.";

    protected override string SiteSettings =>
        "\"title\": { \"ja\": \"地域福祉計画ポータル\", \"en\": \"Community Welfare Plans\", \"vi\": \"Kế hoạch phúc lợi cộng đồng\" }, \"languages\": [\"ja\", \"en\", \"vi\"],";

    protected override void Prepare()
    {
        // The built-in English strings as a Vietnamese file starts (docs/cli.md, "Languages").
        using var stream = typeof(SiteGen.I18n.UiStrings).Assembly.GetManifestResourceStream("i18n/en.json")!;
        var strings = JsonNode.Parse(stream)!.AsObject();
        strings["languageName"] = "Tiếng Việt";
        strings["readInThisLanguage"] = "Đọc bằng tiếng Việt";
        strings["locale"] = "vi_VN";
        Directory.CreateDirectory(Path.Combine(Root, "strings"));
        File.WriteAllText(Path.Combine(Root, "strings", "vi.json"), strings.ToJsonString());
        File.WriteAllText(Path.Combine(Root, "content", "plans", Plan, "index.vi.md"), FirstLine + "\n\nMột đoạn văn thứ hai.\n");
    }
}

/// <summary>
/// /admin/ on a site with a third language (docs/admin.md, "English texts (and other languages)"): its texts are a
/// collection of their own, apart from the English ones, and saved in index.vi.md exactly where they were edited.
/// </summary>
public sealed class AdminThirdLanguageTests(VietnameseAdminFixture site) : IClassFixture<VietnameseAdminFixture>
{
    [Fact]
    public async Task A_Vietnamese_text_is_listed_apart_from_the_English_ones_and_saved_exactly_there()
    {
        var (page, errors) = await site.OpenAdminAsync();

        // The collection is named in the language's own name, and lists the one plan that has a Vietnamese text.
        await page.GotoAsync(site.Server.BaseUrl + "/admin/#/collections/plans-vi");
        await page.GetByText("計画の本文（Tiếng Việt）").First.WaitForAsync();
        var vietnamese = page.Locator("a[href*='#/collections/plans-vi/entries/']");
        await vietnamese.First.WaitForAsync();
        Assert.Equal(1, await vietnamese.CountAsync());
        Assert.EndsWith($"/plans-vi/entries/{VietnameseAdminFixture.Plan}/index", await vietnamese.GetAttributeAsync("href"));
        // The English collection lists the English texts only: as many as there are index.en.md files, the Vietnamese one not among them.
        await page.GotoAsync(site.Server.BaseUrl + "/admin/#/collections/plans-en");
        var english = page.Locator("a[href*='#/collections/plans-en/entries/']");
        await english.First.WaitForAsync();
        var englishFiles = Directory.GetDirectories(Path.Combine(site.Root, "content", "plans")).Count(d => File.Exists(Path.Combine(d, "index.en.md")));
        Assert.Equal(englishFiles, await english.CountAsync());
        Assert.Equal(0, await page.GetByText(VietnameseAdminFixture.FirstLine).CountAsync());

        // Edited at the start of its first line and published: that line alone changes, in index.vi.md.
        var file = Path.Combine(site.Root, "content", "plans", VietnameseAdminFixture.Plan, "index.vi.md");
        var before = await File.ReadAllLinesAsync(file);
        await page.GotoAsync(site.Server.BaseUrl + $"/admin/#/collections/plans-vi/entries/{VietnameseAdminFixture.Plan}/index");
        var first = page.Locator("[contenteditable=true] [data-slate-string]").First;
        Assert.Equal(VietnameseAdminFixture.FirstLine, await first.InnerTextAsync());
        // At its start, as the English test does: End goes to the end of the visual line clicked, which is mid-sentence
        // when the line wraps in the editor (the text once landed inside "cộng đồng").
        await first.ClickAsync(new() { Position = new Position { X = 2, Y = 5 } });
        await page.Keyboard.PressAsync("Home");
        await page.Keyboard.TypeAsync("Năm 2026: ");
        await AdminPage.PublishAsync(page);

        var after = await AdminPage.ChangedAsync(file, before);
        Assert.Equal(before.Length, after.Length);
        Assert.Equal([0], Enumerable.Range(0, before.Length).Where(i => before[i] != after[i]));
        Assert.Equal("Năm 2026: " + VietnameseAdminFixture.FirstLine, after[0]);
        Assert.Empty(errors);
        var (exit, output) = AdminFixture.Check(site.Config);
        Assert.True(exit == 0, output);

        site.Build();
        var built = await site.Browser.NewPageAsync();
        await built.GotoAsync(site.Server.BaseUrl + $"/vi/plans/{VietnameseAdminFixture.Plan}/");
        Assert.Contains("Năm 2026: " + VietnameseAdminFixture.FirstLine, (await built.Locator("main").InnerTextAsync()).Replace("\u200b", "", StringComparison.Ordinal));
    }
}
