using System.Text.Json;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// Furigana from the readings dictionary on a seed plan at phone width: with ふりがな on, the kanji of the first screen
/// (the h1 included) carry a visible reading above them; off, no reading shows; and a reading wider than its kanji does
/// not spread them apart (「醸　成」).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class FuriganaCoverageTests(SiteFixture site)
{
    private const string Plan = "/ja/plans/kashiwa-4th-midterm/";
    private const string Toggle = "button.furigana-toggle";

    /// <summary>
    /// Every kanji in the text of main that is on the first screen: its character, whether it is inside a ruby base,
    /// and whether that ruby's reading is shown above it.
    /// </summary>
    private const string FirstScreenKanji = """
        () => {
          const out = [];
          const range = document.createRange();
          const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.parentElement.closest('rt, rp, svg, code, pre, [lang]:not([lang|="ja"])')) continue;
            for (let i = 0; i < node.data.length; i++) {
              if (!/[\u4E00-\u9FFF\u3400-\u4DBF々]/.test(node.data[i])) continue;
              range.setStart(node, i); range.setEnd(node, i + 1);
              const box = range.getBoundingClientRect();
              if (box.width === 0 || box.top < 0 || box.bottom > innerHeight) continue;
              const ruby = node.parentElement.closest('ruby');
              const rt = ruby && ruby.querySelector('rt');
              const reading = rt && rt.getBoundingClientRect();
              out.push({ ch: node.data[i], inH1: !!node.parentElement.closest('h1'), inRuby: !!ruby,
                readingShown: !!reading && reading.height > 0 && getComputedStyle(rt).display !== 'none' && reading.bottom <= box.top + 2 });
            }
          }
          return out;
        }
        """;

    private sealed record Kanji(string Ch, bool InH1, bool InRuby, bool ReadingShown);

    private static async Task<List<Kanji>> KanjiOnScreen(IPage page) =>
        JsonSerializer.Deserialize<List<Kanji>>(await page.EvaluateAsync<JsonElement>(FirstScreenKanji),
            new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;

    [Fact]
    public async Task The_toggle_shows_readings_over_the_first_screen_s_kanji_and_hides_them_again()
    {
        var page = await site.OpenAsync(Plan, 390, 844);
        var toggle = page.Locator(Toggle);
        // At 390 px the toggle is in the menu.
        if (!await toggle.IsVisibleAsync()) await page.Locator(".menu-button").ClickAsync();
        await toggle.WaitForAsync(new() { State = WaitForSelectorState.Visible });

        var off = await KanjiOnScreen(page);
        Assert.True(off.Count(k => k.InH1) >= 5, "the h1 of the mid-term plan has kanji on the first screen");
        Assert.DoesNotContain(off, k => k.ReadingShown);
        Assert.DoesNotContain("けいかく", await page.Locator("main h1").InnerTextAsync());

        await toggle.ClickAsync();
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-pressed"));
        var on = await KanjiOnScreen(page);
        Assert.True(on.Count >= 20, $"only {on.Count} kanji on the first screen");
        var h1 = on.Where(k => k.InH1).ToList();
        Assert.True(h1.Count >= 5);
        Assert.True(h1.All(k => k.ReadingShown), "h1 kanji without a reading: " + string.Concat(h1.Where(k => !k.ReadingShown).Select(k => k.Ch)));
        var without = on.Where(k => !k.ReadingShown).Select(k => k.Ch).ToList();
        Assert.True(without.Count == 0, $"{without.Count} of {on.Count} kanji on the first screen have no reading shown: {string.Concat(without)}");
        Assert.Contains("けいかく", await page.Locator("main h1").InnerTextAsync());

        await toggle.ClickAsync();
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-pressed"));
        Assert.DoesNotContain(await KanjiOnScreen(page), k => k.ReadingShown);
        Assert.DoesNotContain("けいかく", await page.Locator("main h1").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_reading_wider_than_its_kanji_does_not_spread_them()
    {
        var page = await site.OpenAsync(Plan, 390, 844);
        await page.EvaluateAsync("() => document.documentElement.setAttribute('data-furigana', 'on')");
        // Chromium stretches each base character's box to fill the ruby's width, so the boxes always touch; where two
        // characters meet tells how the glyphs sit. Kept together and centred, the k-th meeting point is k - n/2 glyph
        // widths from the middle; spread (space-around), it is not. For each ruby of two or more kanji under a wider
        // reading: the largest distance from where it should be, in px.
        var offsets = await page.EvaluateAsync<double[]>("""
            () => [...document.querySelectorAll('main ruby')].flatMap(ruby => {
              const base = [...ruby.childNodes].find(n => n.nodeType === Node.TEXT_NODE && n.data.length >= 2);
              const rt = ruby.querySelector('rt');
              if (!base || !rt) return [];
              const size = parseFloat(getComputedStyle(ruby).fontSize), n = base.data.length;
              if (rt.getBoundingClientRect().width <= n * size + 2) return [];
              const range = document.createRange();
              const boxes = [...base.data].map((_, i) => { range.setStart(base, i); range.setEnd(base, i + 1); return range.getBoundingClientRect(); });
              if (boxes.some(b => Math.abs(b.top - boxes[0].top) > 1)) return [];
              const middle = (boxes[0].left + boxes[n - 1].right) / 2;
              let worst = 0;
              for (let k = 1; k < n; k++) worst = Math.max(worst, Math.abs(boxes[k].left - (middle + (k - n / 2) * size)));
              return [worst];
            })
            """);
        Assert.True(offsets.Length >= 10, $"only {offsets.Length} rubies with a reading wider than their kanji");
        Assert.True(offsets.Max() < 1, $"kanji spread apart under a wider reading: a glyph up to {offsets.Max():0.0} px from its place");
        await page.Context.CloseAsync();
    }
}
