using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// Keyboard use, reflow, text spacing, target size, focus not obscured, headings and landmarks, and
/// the dark theme (WCAG 2.2 AA: 2.1.1, 2.4.1, 2.4.3, 2.4.7, 2.4.11, 1.4.10, 1.4.12, 2.5.8, 1.3.1,
/// 1.4.3), tested by pressing keys and measuring layout in Chromium, not by reading markup.
/// Reflow and headings/landmarks run on every built page; the slower checks run on a sample of
/// page types (<see cref="Sample"/>) in both languages.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class KeyboardAndReflowTests(SiteFixture site)
{
    /// <summary>One page of each type: home, every plan (Japanese), one plan in English, area list, an area, glossary, search, about.</summary>
    private IReadOnlyList<string> Sample =>
    [
        "/ja/", "/en/",
        .. site.Pages.Where(p => p.StartsWith("/ja/plans/", StringComparison.Ordinal)),
        "/en/plans/chiba-7th/",
        "/ja/areas/", "/en/areas/kashiwa/", "/ja/glossary/", "/en/search/", "/ja/about/",
    ];

    private async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        return await context.NewPageAsync();
    }

    private async Task GoAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(site.Server.BaseUrl + path);
        Assert.NotNull(response);
        Assert.True(response.Ok || path.EndsWith("404.html", StringComparison.Ordinal), $"{path}: HTTP {response.Status}");
    }

    private static bool IsEmbed(string path) => path.StartsWith("/embed/", StringComparison.Ordinal);

    private const string ActiveElementDescription = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return "body";
          return e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.className && typeof e.className === "string" ? "." + e.className.trim().split(/\s+/).join(".") : "") + " " + (e.getAttribute("href") || "") + " " + (e.textContent || "").trim().slice(0, 30);
        }
        """;

    // ---------- Keyboard ----------

    [Theory]
    [InlineData("/ja/")]
    [InlineData("/en/plans/chiba-7th/")]
    [InlineData("/ja/glossary/")]
    public async Task First_Tab_focuses_a_visible_skip_link_that_moves_focus_to_main(string path)
    {
        var page = await NewPageAsync();
        await GoAsync(page, path);
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.classList.contains('skip-link')"), $"{path}: first Tab focused {await page.EvaluateAsync<string>(ActiveElementDescription)}");
        var box = await page.EvaluateAsync<JsonElement>("() => { const r = document.activeElement.getBoundingClientRect(); return { top: r.top, left: r.left, width: r.width, height: r.height }; }");
        Assert.True(box.GetProperty("top").GetDouble() >= 0 && box.GetProperty("left").GetDouble() >= 0, $"{path}: the focused skip link is off screen ({box})");
        Assert.True(box.GetProperty("width").GetDouble() > 10 && box.GetProperty("height").GetDouble() > 10, $"{path}: the focused skip link is not visible ({box})");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.tagName === 'MAIN'");
        // The next Tab continues inside main, not back at the header.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"), $"{path}: Tab after the skip link left main: {await page.EvaluateAsync<string>(ActiveElementDescription)}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Every_focusable_element_shows_a_visible_focus_indicator()
    {
        var problems = new List<string>();
        var page = await NewPageAsync();
        foreach (var path in new[] { "/ja/plans/chiba-7th/", "/en/", "/en/search/", "/ja/glossary/", "/ja/areas/kashiwa/" })
        {
            await GoAsync(page, path);
            // The unfocused look of every element, recorded before any focus.
            await page.EvaluateAsync("""
                () => {
                  window.__unfocused = new Map();
                  for (const e of document.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]")) {
                    const s = getComputedStyle(e);
                    window.__unfocused.set(e, s.outlineStyle + "|" + s.outlineWidth + "|" + s.outlineColor + "|" + s.boxShadow + "|" + s.borderColor + "|" + s.backgroundColor);
                  }
                }
                """);
            var seen = 0;
            for (var i = 0; i < 400; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                var result = await page.EvaluateAsync<JsonElement>("""
                    () => {
                      const e = document.activeElement;
                      if (!e || e === document.body) return { done: true };
                      const s = getComputedStyle(e);
                      const now = s.outlineStyle + "|" + s.outlineWidth + "|" + s.outlineColor + "|" + s.boxShadow + "|" + s.borderColor + "|" + s.backgroundColor;
                      const before = window.__unfocused.get(e);
                      const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2;
                      const shadow = s.boxShadow !== "none";
                      return { done: false, ok: (outline || shadow) && now !== before, style: now, before: before || "" };
                    }
                    """);
                if (result.GetProperty("done").GetBoolean()) break;
                seen++;
                if (!result.GetProperty("ok").GetBoolean())
                    problems.Add($"{path}: {await page.EvaluateAsync<string>(ActiveElementDescription)} focused {result.GetProperty("style")} vs unfocused {result.GetProperty("before")}");
            }
            Assert.True(seen >= 5, $"{path}: only {seen} focus stops");
        }
        await page.Context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
    }

    [Fact]
    public async Task Header_Tab_order_follows_the_visual_order()
    {
        // A plan with ruby, so the furigana toggle is shown and must come after the language switch.
        var page = await NewPageAsync();
        await GoAsync(page, "/ja/plans/chiba-7th/");
        await page.WaitForFunctionAsync("() => !document.querySelector('.furigana-toggle').hidden");
        var expected = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll("header.site-header a[href], header.site-header button")]
                .filter(e => !e.hidden && e.getClientRects().length > 0)
                .map(e => e.tagName.toLowerCase() + ":" + (e.getAttribute("href") || e.className))
            """);
        Assert.True(expected.Length >= 7, string.Join(", ", expected)); // title, 5 nav links, language switch, toggle
        Assert.StartsWith("a:", expected[0]);
        Assert.StartsWith("button:furigana-toggle", expected[^1]);

        await page.Keyboard.PressAsync("Tab"); // skip link
        var actual = new List<string>();
        var boxes = new List<(double X, double Y, double Bottom)>();
        foreach (var _ in expected)
        {
            await page.Keyboard.PressAsync("Tab");
            var info = await page.EvaluateAsync<JsonElement>("""
                () => { const e = document.activeElement; const r = e.getBoundingClientRect();
                        return { id: e.tagName.toLowerCase() + ":" + (e.getAttribute("href") || e.className), x: r.left, y: r.top, bottom: r.bottom }; }
                """);
            actual.Add(info.GetProperty("id").GetString()!);
            boxes.Add((info.GetProperty("x").GetDouble(), info.GetProperty("y").GetDouble(), info.GetProperty("bottom").GetDouble()));
        }
        Assert.Equal(expected, actual);
        Assert.Contains(actual, a => a.Contains("/en/plans/chiba-7th/", StringComparison.Ordinal)); // the language switch
        // Visual order: each stop is to the right on the same line, or on a lower line (left-to-right, top-to-bottom).
        for (var i = 1; i < boxes.Count; i++)
        {
            var (x, y, _) = boxes[i];
            var (px, py, pBottom) = boxes[i - 1];
            var sameLine = y < pBottom && py < boxes[i].Bottom;
            Assert.True(sameLine ? x > px : y >= py, $"tab stop {actual[i]} at ({x},{y}) comes before {actual[i - 1]} at ({px},{py}) visually");
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Language_switch_works_with_Enter()
    {
        var page = await NewPageAsync();
        await GoAsync(page, "/ja/plans/kashiwa-4th/");
        var found = false;
        for (var i = 0; i < 12 && !found; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            found = await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('.language-switch')");
        }
        Assert.True(found, "Tab never reached the language switch in the header");
        await Task.WhenAll(page.WaitForURLAsync("**/en/plans/kashiwa-4th/"), page.Keyboard.PressAsync("Enter"));
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        await page.Context.CloseAsync();
    }

    // ---------- Reflow, text spacing, target size ----------

    [Fact]
    public async Task No_page_scrolls_horizontally_at_320_CSS_pixels()
    {
        Assert.NotEmpty(site.Pages);
        var problems = new List<string>();
        var page = await NewPageAsync(320, 640);
        foreach (var path in site.Pages)
        {
            await GoAsync(page, path);
            var result = await page.EvaluateAsync<JsonElement>("""
                () => {
                  const d = document.documentElement;
                  const wide = [...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > d.clientWidth + 1
                      && !e.closest(".table-scroll") && getComputedStyle(e).position !== "absolute")
                    .slice(0, 3).map(e => e.tagName.toLowerCase() + "." + (typeof e.className === "string" ? e.className : ""));
                  // A table wider than the screen must scroll inside a focusable, labelled region.
                  const tables = [...document.querySelectorAll("table")].filter(t => t.getBoundingClientRect().width > d.clientWidth).map(t => {
                    const c = t.closest(".table-scroll");
                    const label = c && c.getAttribute("aria-labelledby") && document.getElementById(c.getAttribute("aria-labelledby"));
                    return c && c.scrollWidth > c.clientWidth && getComputedStyle(c).overflowX === "auto" && c.tabIndex === 0
                        && c.getAttribute("role") === "region" && label && label.textContent.trim().length > 0 ? "" : (t.id || "table");
                  }).filter(x => x);
                  return { scrollWidth: d.scrollWidth, clientWidth: d.clientWidth, wide: wide.join(", "), tables: tables.join(", ") };
                }
                """);
            if (result.GetProperty("scrollWidth").GetInt32() > result.GetProperty("clientWidth").GetInt32())
                problems.Add($"{path}: scrollWidth {result.GetProperty("scrollWidth")} > {result.GetProperty("clientWidth")} ({result.GetProperty("wide")})");
            if (result.GetProperty("tables").GetString() is { Length: > 0 } tables)
                problems.Add($"{path}: wide tables not in a labelled focusable scroll region: {tables}");
        }
        await page.Context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private const string TextSpacingCss =
        "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }";

    [Fact]
    public async Task Text_spacing_overrides_clip_no_text()
    {
        var problems = new List<string>();
        foreach (var width in new[] { 320, 1280 })
        {
            var page = await NewPageAsync(width, 800);
            foreach (var path in Sample)
            {
                await GoAsync(page, path);
                await page.AddStyleTagAsync(new() { Content = TextSpacingCss });
                var clipped = await page.EvaluateAsync<string[]>("""
                    () => [...document.querySelectorAll("body *")].filter(e => {
                        const s = getComputedStyle(e);
                        if (s.display === "none" || s.visibility === "hidden") return false;
                        const hidden = v => v === "hidden" || v === "clip";
                        if (!hidden(s.overflowX) && !hidden(s.overflowY) && s.textOverflow !== "ellipsis" && !(parseInt(s.webkitLineClamp) > 0)) return false;
                        if (e.clientWidth <= 1 || e.clientHeight <= 1) return false; // visually hidden on purpose (screen-reader text)
                        if (!e.textContent.trim()) return false;
                        return (hidden(s.overflowY) && e.scrollHeight > e.clientHeight + 1) || (hidden(s.overflowX) && e.scrollWidth > e.clientWidth + 1);
                      }).map(e => e.tagName.toLowerCase() + "." + (typeof e.className === "string" ? e.className : "") + " " + e.scrollWidth + "x" + e.scrollHeight + " > " + e.clientWidth + "x" + e.clientHeight)
                    """);
                foreach (var c in clipped) problems.Add($"{path} at {width}px: {c}");
                if (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth"))
                    problems.Add($"{path} at {width}px: the page scrolls horizontally with the text spacing overrides");
            }
            await page.Context.CloseAsync();
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// 2.5.8: every target is at least 24×24 CSS px, or a 24 px circle on its centre touches no other target.
    /// Links inside a sentence (inline in the text flow of p, li, dd, td) are the WCAG "inline" exception;
    /// footnote references and glossary markers are small targets on purpose and are NOT exempt.
    /// </summary>
    [Fact]
    public async Task Targets_are_at_least_24_pixels_or_spaced()
    {
        var problems = new List<string>();
        foreach (var width in new[] { 320, 1280 })
        {
            var page = await NewPageAsync(width, 800);
            foreach (var path in Sample)
            {
                await GoAsync(page, path);
                // As the page loads, then with every <details> open (what web staff see with the embed panel open).
                foreach (var opened in new[] { false, true })
                {
                if (opened) await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
                var small = await page.EvaluateAsync<string[]>("""
                    () => {
                      const marker = "sup a, a.footnote-ref, a[data-footnote-ref], a[role='doc-noteref'], [role='doc-noteref'] a, a.glossary-term, .glossary-term a, a.term, a[href*='/glossary/#']";
                      const all = [...document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary")]
                        // Not a target until shown: what is folded inside a closed <details> (its summary excepted).
                        .filter(e => !(e.parentElement.closest("details:not([open])") && e.closest("summary") === null))
                        .filter(e => { const s = getComputedStyle(e); return s.visibility !== "hidden" && e.getClientRects().length > 0 && e.getBoundingClientRect().width > 0; });
                      const inline = e => {
                        if (e.matches(marker)) return false;
                        if (getComputedStyle(e).display !== "inline") return false;
                        const block = e.parentElement.closest("p, li, dd, td, th, figcaption, caption, blockquote");
                        // Inline exception: the link sits in a line of text (its block holds more text than the link).
                        return !!block && block.textContent.trim().length > e.textContent.trim().length;
                      };
                      const rects = all.map(e => ({ e, r: e.getBoundingClientRect() }));
                      const isSmall = r => r.width < 24 - 0.5 || r.height < 24 - 0.5;
                      const circleHitsRect = (cx, cy, r) => {
                        const nx = Math.max(r.left, Math.min(cx, r.right)), ny = Math.max(r.top, Math.min(cy, r.bottom));
                        return (nx - cx) ** 2 + (ny - cy) ** 2 < 12 * 12;
                      };
                      const out = [];
                      for (const { e, r } of rects) {
                        if (!isSmall(r) || inline(e)) continue;
                        const cx = (r.left + r.right) / 2, cy = (r.top + r.bottom) / 2;
                        const clash = rects.find(o => o.e !== e && !o.e.contains(e) && !e.contains(o.e) && (
                          circleHitsRect(cx, cy, o.r) ||
                          (isSmall(o.r) && ((o.r.left + o.r.right) / 2 - cx) ** 2 + ((o.r.top + o.r.bottom) / 2 - cy) ** 2 < 24 * 24)));
                        if (clash) out.push(e.tagName.toLowerCase() + " '" + e.textContent.trim().slice(0, 20) + "' " + Math.round(r.width) + "x" + Math.round(r.height) + " near '" + clash.e.textContent.trim().slice(0, 20) + "'");
                      }
                      return out;
                    }
                    """);
                foreach (var s in small) problems.Add($"{path} at {width}px{(opened ? ", details open" : "")}: {s}");
                }
            }
            await page.Context.CloseAsync();
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    // ---------- Focus not obscured ----------

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(320, 640)]
    public async Task Focused_elements_are_never_hidden_on_the_plan_page(int width, int height)
    {
        var page = await NewPageAsync(width, height);
        // With motion allowed the page scrolls smoothly to the focused element; measure where it lands, not mid-animation.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ReducedMotion = ReducedMotion.Reduce });
        await GoAsync(page, "/ja/plans/chiba-7th/");
        var problems = new List<string>();
        var stops = 0;
        for (var i = 0; i < 400; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var result = await page.EvaluateAsync<JsonElement>("""
                () => {
                  const e = document.activeElement;
                  if (!e || e === document.body) return { done: true };
                  const r = e.getClientRects()[0] || e.getBoundingClientRect();
                  const vw = document.documentElement.clientWidth, vh = window.innerHeight;
                  const inside = r.right > 0 && r.bottom > 0 && r.left < vw && r.top < vh;
                  const cx = Math.min(Math.max((r.left + r.right) / 2, 0), vw - 1), cy = Math.min(Math.max((r.top + r.bottom) / 2, 0), vh - 1);
                  const hit = document.elementFromPoint(cx, cy);
                  const covered = !hit || !(hit === e || e.contains(hit));
                  let by = "";
                  if (covered && hit) by = hit.tagName.toLowerCase() + "." + (typeof hit.className === "string" ? hit.className : "");
                  return { done: false, ok: inside && !covered, inside, by };
                }
                """);
            if (result.GetProperty("done").GetBoolean()) break;
            stops++;
            if (!result.GetProperty("ok").GetBoolean())
                problems.Add($"{await page.EvaluateAsync<string>(ActiveElementDescription)}: inside viewport {result.GetProperty("inside")}, covered by '{result.GetProperty("by")}'");
        }
        await page.Context.CloseAsync();
        Assert.True(stops >= 20, $"only {stops} focus stops on the plan page");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
    }

    // ---------- Headings, landmarks, tables ----------

    [Fact]
    public async Task Every_page_has_one_h_1_ordered_headings_landmarks_and_captioned_tables()
    {
        Assert.NotEmpty(site.Pages);
        var problems = new List<string>();
        var page = await NewPageAsync();
        foreach (var path in site.Pages)
        {
            await GoAsync(page, path);
            var found = await page.EvaluateAsync<string[]>("""
                embed => {
                  const out = [];
                  const h1 = document.querySelectorAll("h1").length;
                  if (h1 !== 1) out.push(h1 + " h1 elements");
                  let previous = 0;
                  for (const h of document.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
                    const level = +h.tagName[1];
                    if (level > previous + 1) out.push("heading level skips from h" + previous + " to h" + level + ": " + h.textContent.trim().slice(0, 30));
                    previous = level;
                  }
                  const count = s => document.querySelectorAll(s).length;
                  if (count("main") !== 1) out.push(count("main") + " main elements");
                  if (embed) {
                    if (count("body > header, nav") !== 0) out.push("an embed view has a site header or navigation");
                  } else {
                    // Banner and content info: one header and one footer that are not inside sectioning content.
                    const banner = [...document.querySelectorAll("header")].filter(e => !e.parentElement.closest("article, aside, main, nav, section")).length;
                    const info = [...document.querySelectorAll("footer")].filter(e => !e.parentElement.closest("article, aside, main, nav, section")).length;
                    if (banner !== 1) out.push(banner + " page headers (banner)");
                    if (info !== 1) out.push(info + " page footers (contentinfo)");
                    const chooser = location.pathname === "/" || location.pathname.endsWith("/404.html");
                    if (!chooser && count("nav.site-nav") !== 1) out.push(count("nav.site-nav") + " main navigation landmarks");
                    const names = [...document.querySelectorAll("nav")].map(n => n.getAttribute("aria-label") || n.getAttribute("aria-labelledby") || "");
                    if (names.some(n => !n)) out.push("a nav without a name");
                    if (new Set(names).size !== names.length) out.push("two nav landmarks with the same name");
                  }
                  for (const t of document.querySelectorAll("table")) {
                    const c = t.querySelector(":scope > caption");
                    if (!c || !c.textContent.trim()) out.push("table " + (t.id || "") + " without a caption");
                    for (const th of t.querySelectorAll("th"))
                      if (!["row", "col", "rowgroup", "colgroup"].includes(th.getAttribute("scope"))) out.push("th without scope in table " + (t.id || "") + ": " + th.textContent.trim().slice(0, 20));
                  }
                  return out;
                }
                """, IsEmbed(path));
            problems.AddRange(found.Select(f => $"{path}: {f}"));
        }
        await page.Context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    // ---------- Dark theme ----------

    [Fact]
    public async Task Dark_theme_passes_axe_on_a_sample_of_pages()
    {
        string[] tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
        var plans = site.Pages.Where(p => p.StartsWith("/ja/plans/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(plans);
        var problems = new List<string>();
        var page = await NewPageAsync();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        foreach (var path in new[] { "/ja/", "/en/" }.Concat(plans).Concat(["/en/areas/kashiwa/", "/ja/glossary/", "/en/search/"]))
        {
            await GoAsync(page, path);
            Assert.True(await page.EvaluateAsync<bool>("() => matchMedia('(prefers-color-scheme: dark)').matches"));
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = tags.ToList() } });
            foreach (var violation in result.Violations)
                problems.Add($"{path}: {violation.Id} ({violation.Impact}): {violation.Help} — {string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Html))}");
        }
        await page.Context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
