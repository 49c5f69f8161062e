using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// Issue #23, 9 and 11: the glossary in 五十音 order (Japanese) and alphabetical order (English, with the Japanese term
/// and its reading), its jump list, ※ marks in plan texts linking to their entries; the bilingual landing at the root
/// with its hreflang alternates, and the site icon on every page. Screenshots at 390 and 1280 px, light and dark, go to
/// screenshots/glossary-landing/ in the test output.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class GlossaryAndLandingTests(SiteFixture site)
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>
    /// A page that jumps to a fragment at once (reduced motion): what is tested is where a link leads, and the theme's
    /// smooth scrolling stalls in a headless browser on a busy machine.
    /// </summary>
    private async Task<IPage> OpenAsync(string path, int width, int height = 900)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height }, ReducedMotion = ReducedMotion.Reduce,
        });
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.BaseUrl + path);
        return page;
    }

    /// <summary>Waits until the element is in the viewport.</summary>
    private static Task ScrolledIntoViewAsync(IPage page, string selector) =>
        page.WaitForFunctionAsync(
            "s => { const r = document.querySelector(s).getBoundingClientRect(); return r.top >= -1 && r.top <= innerHeight - Math.min(r.height, innerHeight / 2); }",
            selector, new PageWaitForFunctionOptions { Timeout = 30_000 });

    private static async Task<List<string>> TermsAsync(IPage page) =>
        [.. (await page.Locator("main .glossary__entry").EvaluateAllAsync<string[]>("es => es.map(e => e.id)"))];

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Japanese_glossary_is_in_gojuon_order_under_its_rows(int width)
    {
        var page = await site.OpenAsync("/ja/glossary/", width);
        var headings = await page.Locator("main h2").AllInnerTextsAsync();
        var rows = new[] { "あ行", "か行", "さ行", "た行", "な行", "は行", "ま行", "や行", "ら行", "わ行" };
        // Only rows with terms, and in the order of the table.
        var shown = headings.Select(h => h.Replace("\u200B", "")).ToList();
        Assert.Equal(rows.Where(shown.Contains), shown.Where(rows.Contains));
        Assert.Equal("あ行", shown[0]);

        var ids = await TermsAsync(page);
        int At(string id) => ids.IndexOf("term-" + id) is var i and >= 0 ? i : throw new Xunit.Sdk.XunitException($"no entry {id}");
        // Katakana sorts as hiragana (アウトリーチ first, under あ); voiced kana as unvoiced: ダブルケア (だ) among た, before ち;
        // じゅうそう (じ) after しゃかい and before せいねん; プロボノ (ぷ) after ふくし; the long-vowel mark as its vowel.
        Assert.Equal(0, At("outreach"));
        Assert.True(At("care-prevention") < At("rights-advocacy") && At("rights-advocacy") < At("community-social-work"));
        Assert.True(At("social-resources") < At("council-of-social-welfare") && At("council-of-social-welfare") < At("multi-layered-support")
            && At("multi-layered-support") < At("adult-guardianship"));
        Assert.True(At("double-care") < At("inclusive-community-society"));
        Assert.True(At("welfare-service-use-assistance") < At("pro-bono"));
        // A plan's own term is listed with the site's, in its place: 地域力 (ちいきりょく) after 地域包括支援センター.
        Assert.True(At("community-comprehensive-support-centre") < At("kashiwa-4th-midterm-chiiki-ryoku"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/ja/glossary/", 390)]
    [InlineData("/ja/glossary/", 1280)]
    [InlineData("/en/glossary/", 390)]
    [InlineData("/en/glossary/", 1280)]
    public async Task Every_jump_link_brings_its_heading_into_view(string path, int width)
    {
        var page = await OpenAsync(path, width, 800);
        var links = page.Locator("nav.glossary-index a");
        var count = await links.CountAsync();
        Assert.True(count >= 5, $"{path}: {count} jump links");
        for (var i = count - 1; i >= 0; i--) // last first, so every jump really scrolls
        {
            var link = links.Nth(i);
            var target = (await link.GetAttributeAsync("href"))!;
            var label = await link.InnerTextAsync();
            await link.ClickAsync();
            await page.WaitForFunctionAsync("h => location.hash === h", target);
            var heading = page.Locator(target);
            Assert.Equal("H2", await heading.EvaluateAsync<string>("e => e.tagName"));
            Assert.Contains(label, (await heading.InnerTextAsync()).Replace("\u200B", ""));
            await ScrolledIntoViewAsync(page, target);
            // Large enough to tap (WCAG 2.5.8 asks 24 px; the list gives 44).
            var size = await link.BoundingBoxAsync();
            Assert.True(size!.Width >= 44 && size.Height >= 44, $"{path} {label}: {size.Width}×{size.Height}");
        }
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task English_glossary_is_alphabetical_and_shows_the_Japanese_term_and_reading(int width)
    {
        var page = await site.OpenAsync("/en/glossary/", width);
        var terms = (await page.Locator("main .glossary__term").AllInnerTextsAsync()).ToList();
        var letters = terms.Where(t => char.IsAsciiLetter(t[0])).ToList();
        Assert.Equal(letters.Order(StringComparer.OrdinalIgnoreCase), letters);

        var entry = page.Locator("#term-social-resources");
        Assert.Equal("social resources", await entry.Locator(".glossary__term").InnerTextAsync());
        var japanese = entry.Locator(".glossary__japanese [lang=ja]");
        Assert.Contains("社会資源", await japanese.InnerTextAsync());
        Assert.Contains("しゃかいしげん", await japanese.InnerTextAsync());
        Assert.True(await japanese.IsVisibleAsync());
        // Every entry has its Japanese, marked as Japanese.
        Assert.Equal(await page.Locator("main .glossary__entry").CountAsync(), await page.Locator("main .glossary__entry dt [lang=ja]").CountAsync());
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/ja/plans/kakogawa-4th/", "社会資源", "/ja/glossary/#term-social-resources")]
    [InlineData("/en/plans/kakogawa-4th/", "social resources", "/en/glossary/#term-social-resources")]
    [InlineData("/ja/plans/kakogawa-4th/", "ささえあい協議会", "/ja/plans/kakogawa-4th/#term-sasaeai-council")]
    [InlineData("/ja/plans/kashiwa-4th-midterm/", "地域力", "/ja/plans/kashiwa-4th-midterm/#term-chiiki-ryoku")]
    [InlineData("/en/plans/kashiwa-4th-midterm/", "community strength", "/en/plans/kashiwa-4th-midterm/#term-chiiki-ryoku")]
    public async Task A_term_marked_with_asterisk_links_to_its_entry(string path, string term, string expected)
    {
        var page = await OpenAsync(path, 390);
        // Found by the text shown (innerText): its text content also holds the term's furigana, hidden until turned on.
        var index = await page.EvaluateAsync<int>("t => [...document.querySelectorAll('a.term-ref')].findIndex(a => a.innerText.includes(t))", term);
        Assert.True(index >= 0, $"no ※ link shows {term}");
        var link = page.Locator("a.term-ref").Nth(index);
        // The ※ is still shown after the term, as the plan prints it; the link's name says where it leads.
        Assert.Contains("※", await page.EvaluateAsync<string>("a => a.nextElementSibling.textContent", await link.ElementHandleAsync()));
        var name = await link.EvaluateAsync<string>("a => a.innerText");
        Assert.StartsWith(term, name);
        Assert.NotEqual(term, name.Trim());
        // Followed from the keyboard (a pointer click on a term that wraps may land between its line boxes, and the page scrolls smoothly).
        await link.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        // Polled rather than awaited as a navigation event, which a fast navigation on a busy machine can pass before the wait starts.
        await page.WaitForFunctionAsync("u => location.href === u && document.readyState !== 'loading'", site.Server.BaseUrl + expected);
        var anchor = expected[(expected.IndexOf('#') + 1)..];
        var entry = page.Locator("#" + anchor);
        Assert.True(await entry.IsVisibleAsync());
        Assert.Contains(term, await entry.Locator("dt").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await ScrolledIntoViewAsync(page, "#" + anchor);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task The_root_is_a_bilingual_landing(int width)
    {
        var page = await site.OpenAsync("/", width);
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.Equal(1, await page.Locator("main").CountAsync());
        Assert.Equal("ja", await page.Locator("html").GetAttributeAsync("lang"));

        var alternates = await page.Locator("link[rel=alternate][hreflang]").EvaluateAllAsync<string[][]>(
            "ls => ls.map(l => [l.hreflang, new URL(l.href).pathname])");
        Assert.Equal(["ja:/ja/", "en:/en/", "x-default:/"], alternates.Select(a => $"{a[0]}:{a[1]}"));
        Assert.Equal("/", await page.EvaluateAsync<string>("() => new URL(document.querySelector('link[rel=canonical]').href).pathname"));

        // What the site is, in each language, each part marked with its language, each with its way in.
        foreach (var (lang, home, words) in new[] { ("ja", "/ja/", "地域福祉"), ("en", "/en/", "community welfare") })
        {
            var part = page.Locator($"main section.landing__part[lang={lang}]");
            Assert.Contains(words, await part.InnerTextAsync());
            var enter = part.Locator("a.landing__enter");
            Assert.Equal(home, await enter.GetAttributeAsync("href"));
            Assert.Equal(lang, await enter.GetAttributeAsync("hreflang"));
            Assert.True(await enter.IsVisibleAsync());
            var box = await enter.BoundingBoxAsync();
            Assert.True(box!.Height >= 44, $"{lang} entry is {box.Height} px high");
        }

        // Every plan, in both languages.
        var plans = page.Locator("main .landing__plan");
        Assert.Equal(4, await plans.CountAsync());
        Assert.Equal(4, await page.Locator("main .landing__plan a[hreflang=ja][href^='/ja/plans/']").CountAsync());
        Assert.Equal(4, await page.Locator("main .landing__plan [lang=en] a[hreflang=en][href^='/en/plans/']").CountAsync());

        await page.Locator("section.landing__part[lang=en] a.landing__enter").ClickAsync();
        await page.WaitForURLAsync(site.Server.BaseUrl + "/en/");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_plan_card_s_document_kind_starts_with_a_capital_in_english()
    {
        // The content writes "summary edition" in lower case, as it runs inside sentences; standing alone as a value it is capitalised.
        var page = await site.OpenAsync("/en/", 390);
        var names = await page.Locator("main .facts__name").EvaluateAllAsync<string[][]>("ds => ds.map(d => [d.textContent.trim(), d.innerText.trim()])");
        Assert.Contains(names, n => n[0].StartsWith("summary edition", StringComparison.Ordinal));
        Assert.All(names, n => Assert.True(char.IsUpper(n[1][0]), $"\"{n[1]}\" starts in lower case"));
        Assert.All(names, n => Assert.Equal(n[0][1..], n[1][1..])); // only the first letter changes
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Every_page_links_the_site_icon_and_declares_its_counterpart()
    {
        var icon = await site.OpenAsync("/assets/favicon.svg");
        Assert.Contains("<svg", await icon.ContentAsync());
        await icon.Context.CloseAsync();

        var problems = new List<string>();
        foreach (var path in site.Pages.Where(p => !p.StartsWith("/embed/", StringComparison.Ordinal))) // embed views are frames, not pages
        {
            var file = Path.Combine(site.OutputDirectory, path.TrimStart('/') + (path.EndsWith('/') ? "index.html" : ""));
            var html = await File.ReadAllTextAsync(file);
            if (!html.Contains("<link rel=\"icon\" href=\"/assets/favicon.svg\" type=\"image/svg+xml\">", StringComparison.Ordinal))
                problems.Add($"{path}: no site icon");
            if (path == "/404.html") continue;
            foreach (var lang in new[] { "ja", "en", "x-default" })
                if (!html.Contains($"<link rel=\"alternate\" hreflang=\"{lang}\"", StringComparison.Ordinal)) problems.Add($"{path}: no hreflang {lang}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("/", "light")]
    [InlineData("/", "dark")]
    [InlineData("/ja/glossary/", "light")]
    [InlineData("/ja/glossary/", "dark")]
    [InlineData("/en/glossary/", "light")]
    [InlineData("/en/glossary/", "dark")]
    [InlineData("/ja/plans/kakogawa-4th/", "dark")]
    public async Task Axe_finds_nothing_at_phone_width(string path, string scheme)
    {
        var page = await site.OpenAsync(path, 390);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Tags.ToList() } });
        Assert.True(result.Violations.Length == 0,
            string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Screenshots_at_phone_and_desktop_width_in_both_schemes()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots", "glossary-landing");
        Directory.CreateDirectory(folder);
        var made = 0;
        foreach (var path in new[] { "/", "/ja/glossary/", "/en/glossary/", "/ja/plans/kakogawa-4th/#section-priority-3" })
            foreach (var width in new[] { 390, 1280 })
                foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
                {
                    var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
                    {
                        ViewportSize = new ViewportSize { Width = width, Height = 900 }, ColorScheme = scheme,
                    });
                    var page = await context.NewPageAsync();
                    await page.GotoAsync(site.Server.BaseUrl + path);
                    if (path.Contains('#')) await ScrolledIntoViewAsync(page, path[path.IndexOf('#')..]);
                    var name = (path.Split('#')[0].Trim('/').Replace('/', '_') is { Length: > 0 } n ? n : "root") + $"-{width}-{scheme.ToString().ToLowerInvariant()}.png";
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = !path.Contains('#') });
                    // The first screen as well: what a resident sees before scrolling.
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name.Replace(".png", "-first-screen.png")) });
                    made++;
                    await context.CloseAsync();
                }
        Assert.Equal(16, made);
    }
}
