using System.Text.Json;

namespace SiteGen.BrowserTests;

/// <summary>
/// WCAG 3.1.2, on every built page: Japanese text sits in an element whose language is Japanese (the language
/// switch, the glossary's Japanese terms on an English page), and an English phrase on a Japanese page sits in an
/// element whose language is English (the criteria's English names on the accessibility report), Japanese
/// written into the text of an English plan (names such as ラコルタ柏, the marks 修・新・終) is marked by the build, and a
/// glossary term said in Roman letters is Japanese in Latin script (ja-Latn), with no kana in it.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class LanguageOfPartsTests(SiteFixture site)
{
    /// <summary>
    /// Every shown text whose words are in the other language than the element it sits in. Japanese: kana or kanji.
    /// English: three words or more of Latin letters (a name such as "JIS X 8341-3:2016" or "Atom" stays as it is).
    /// </summary>
    private const string Mismatches = """
        () => {
          const japanese = /[\u3040-\u30ff\u3400-\u9fff]/;
          const english = /[A-Za-z]{3,}(?:[\s,'’]+[A-Za-z]{2,}){2,}/;
          const found = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const node = walker.currentNode, element = node.parentElement;
            if (!element || element.closest("script, style, template, code, textarea")) continue;
            const text = node.textContent.trim();
            if (!text) continue;
            const lang = (element.closest("[lang]")?.getAttribute("lang") || "").toLowerCase();
            // ja-Latn is Japanese in Roman letters (a glossary term's reading, seinen kōken seido): Latin letters, no kana.
            const written = lang.startsWith("ja") ? (lang.startsWith("ja-latn") ? "romaji" : "ja") : "other";
            if (japanese.test(text) && written !== "ja") found.push(`Japanese in lang="${lang}": ${text.slice(0, 40)}`);
            if (english.test(text) && written === "ja") found.push(`English in lang="${lang}": ${text.slice(0, 60)}`);
          }
          return { found, checked: document.body.innerText.length };
        }
        """;

    [Fact]
    public async Task Text_in_the_other_language_is_marked_with_its_language_on_every_page()
    {
        var problems = new List<string>();
        var page = await site.OpenAsync(site.Pages[0]);
        foreach (var path in site.Pages)
        {
            await page.GotoAsync(site.Server.BaseUrl + path);
            var result = await page.EvaluateAsync<JsonElement>(Mismatches);
            Assert.True(result.GetProperty("checked").GetInt32() > 100, $"{path}: no text to check");
            problems.AddRange(result.GetProperty("found").EnumerateArray().Select(f => $"{path}: {f.GetString()}"));
        }
        await page.Context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
    }

    [Fact]
    public async Task The_parts_that_are_in_the_other_language_are_there_and_marked()
    {
        // The check above is not empty-handed: these pages do carry the other language.
        var ja = await site.OpenAsync("/ja/about/");
        Assert.True(await ja.Locator("table.criteria [lang=en]").CountAsync() >= 50);
        await ja.Context.CloseAsync();
        var en = await site.OpenAsync("/en/glossary/");
        Assert.True(await en.Locator("main [lang=ja]").CountAsync() >= 4);
        Assert.Equal("seinen kōken seido", await en.Locator("#term-adult-guardianship [lang=ja-Latn]").TextContentAsync());
        await en.GotoAsync(site.Server.BaseUrl + "/en/plans/kashiwa-4th-midterm/");
        Assert.Equal("ja", await en.Locator("main span:text-is(\"ラコルタ柏\")").GetAttributeAsync("lang"));
        Assert.Equal("ja", await en.Locator(".language-switch a").GetAttributeAsync("lang"));
        await en.Context.CloseAsync();
    }
}
