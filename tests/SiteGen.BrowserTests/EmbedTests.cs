using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SiteGen.Embedding;
using SiteGen.Pages;

namespace SiteGen.BrowserTests;

/// <summary>
/// Embedding as a council's homepage does it: the built site is served on one loopback port (the
/// fixture), the host pages on another (a different origin). Host pages use embed.js (two widgets,
/// options, mistakes) or frame an embed view the way WordPress does (sandbox="allow-scripts",
/// #?secret=, its height and link messages).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class EmbedTests(SiteFixture site) : IDisposable
{
    private const string Secret = "Wp4Secret9";
    private const string PlanTitle = "第4期 柏市地域健康福祉活動計画";
    private static readonly string[] AxeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private readonly HostServer _host = new(HostPages(site.Server.BaseUrl));

    private string Site => site.Server.BaseUrl;

    public void Dispose() => _host.Dispose();

    // ---------------------------------------------------------------- host pages

    private static Dictionary<string, string> HostPages(string s)
    {
        const string head = """<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">""";
        var widgets = $$"""
            <p><a id="before" href="#news">Council news</a></p>
            <div data-plan-embed="plans/kashiwa-4th" data-lang="ja"><a href="{{s}}/ja/plans/kashiwa-4th/">{{PlanTitle}}</a></div>
            <h2 id="news">Area</h2>
            <div data-plan-embed="areas/kashiwa-chuo" data-lang="en" data-view="compact" data-theme="dark"><a href="{{s}}/en/areas/kashiwa-chuo/">Plans and actions for Kashiwa-Chuo district</a></div>
            <p><a id="after" href="#top">Back to the top</a></p>
            """;
        string Page(string lang, string title, string body) =>
            $$"""<!DOCTYPE html><html lang="{{lang}}"><head>{{head}}<title>{{title}}</title></head><body><main id="top"><h1>{{title}}</h1>{{body}}</main></body></html>""";

        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["/two.html"] = Page("en", "Kashiwa council homepage", widgets + $$"""<script src="{{s}}/embed.js" async></script>"""),
            ["/two-without-script.html"] = Page("en", "Kashiwa council homepage", widgets),
            ["/twice.html"] = Page("en", "Two copies of the snippet", $$"""
                <div data-plan-embed="plans/chiba-7th" data-lang="ja"></div><script src="{{s}}/embed.js" async></script>
                <div data-plan-embed="plans/chiba-7th/goals/goal-1" data-lang="en"></div><script src="{{s}}/embed.js" async></script>
                """),
            ["/mistakes.html"] = Page("ja", "埋め込みの誤り", $$"""
                <div id="malformed" data-plan-embed="plans/Kashiwa 4th!"><a href="{{s}}/ja/">地域福祉計画</a></div>
                <div id="missing-page" data-plan-embed="plans/no-such-plan" data-lang="en"></div>
                <div id="odd-options" data-plan-embed="areas/kashiwa-chuo" data-lang="fr" data-view="huge" data-theme="neon"></div>
                <script src="{{s}}/embed.js" async></script>
                """),
            // Not this site: a page of the host's origin that claims to be an embed view.
            ["/forger.html"] = Page("en", "Forged", """<script>parent.postMessage({ sitegenEmbed: 1, type: 'height', height: 5, title: 'forged' }, '*');</script>"""),
            ["/no-target.html"] = Page("ja", "埋め込み先のないページ", $$"""<p>お知らせ</p><script src="{{s}}/embed.js" async></script>"""),
            ["/wordpress.html"] = Page("en", "A WordPress post", $$"""
                <p><a id="before" href="#top">Post</a></p>
                <iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" src="{{s}}/embed/ja/plans.kashiwa-4th.html#?secret={{Secret}}" data-secret="{{Secret}}" width="600" height="338" title="第4期 柏市地域健康福祉活動計画 | 地域福祉計画ポータル" frameborder="0" marginwidth="0" marginheight="0"></iframe>
                <iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" src="{{s}}/embed/en/areas.kashiwa.html#?secret={{Secret}}2" data-secret="{{Secret}}2" width="600" height="338" title="Kashiwa | Community Welfare Plans" frameborder="0" marginwidth="0" marginheight="0"></iframe>
                <script>{{WordPressHostScript}}</script>
                """),
        };
    }

    /// <summary>
    /// What WordPress's wp-embed.js does on the host page (since 4.4): believe a message only with a
    /// known secret and from that iframe, clamp the height to 200–1000 px, follow a link only to the
    /// iframe's own host and only while the iframe has focus, and say "ready" to the frames.
    /// </summary>
    private const string WordPressHostScript = """
        (function () {
          window.addEventListener('message', function (e) {
            var data = e.data;
            if (!data || !(data.secret || data.message || data.value) || /[^a-zA-Z0-9]/.test(data.secret)) return;
            var frames = document.querySelectorAll('iframe[data-secret="' + data.secret + '"]');
            for (var i = 0; i < frames.length; i++) {
              var frame = frames[i];
              if (e.source !== frame.contentWindow) continue;
              if (data.message === 'height') {
                var height = parseInt(data.value, 10);
                if (height > 1000) height = 1000; else if (~~height < 200) height = 200;
                frame.height = height;
              }
              if (data.message === 'link') {
                var from = document.createElement('a'), to = document.createElement('a');
                from.href = frame.getAttribute('src'); to.href = data.value;
                if (to.host === from.host && document.activeElement === frame) window.top.location.href = data.value;
              }
            }
          });
          window.addEventListener('load', function () {
            var frames = document.querySelectorAll('iframe.wp-embedded-content');
            for (var i = 0; i < frames.length; i++)
              frames[i].contentWindow.postMessage({ message: 'ready', secret: frames[i].getAttribute('data-secret') }, '*');
          });
        })();
        """;

    // ---------------------------------------------------------------- helpers

    private async Task<IPage> OpenHostAsync(string path, int width = 1280, int height = 900, bool javaScript = true, List<string>? errors = null)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
        });
        var page = await context.NewPageAsync();
        if (errors is not null) page.PageError += (_, error) => errors.Add(error);
        var response = await page.GotoAsync(_host.BaseUrl + path);
        Assert.Equal(200, response!.Status);
        return page;
    }

    private static Task WaitForReadyAsync(IPage page, int count) =>
        page.WaitForFunctionAsync($"() => document.querySelectorAll('[data-plan-embed-state=ready]').length === {count}");

    /// <summary>The frame's height on the host page, and the height of what it shows.</summary>
    private static async Task<(double Frame, double Content)> HeightsAsync(IElementHandle iframe)
    {
        var frame = (await iframe.ContentFrameAsync())!;
        var content = await frame.EvaluateAsync<double>("() => Math.ceil(document.documentElement.getBoundingClientRect().height)");
        var outer = await iframe.EvaluateAsync<double>("f => f.getBoundingClientRect().height");
        return (outer, content);
    }

    /// <summary>Waits (the frame reports after layout) until the frame is <paramref name="expected"/>(content) tall, within 3 px.</summary>
    private static async Task<(double Frame, double Content)> SettledHeightsAsync(IElementHandle iframe, Func<double, double> expected)
    {
        var heights = await HeightsAsync(iframe);
        for (var i = 0; i < 100 && Math.Abs(heights.Frame - expected(heights.Content)) > 3; i++)
        {
            await Task.Delay(100);
            heights = await HeightsAsync(iframe);
        }
        return heights;
    }

    private static async Task<string> ActiveTagAsync(IPage page) => await page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.tagName + '#' + document.activeElement.id : ''");

    private static async Task AssertNoAxeViolationsAsync(IPage page, string what)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = AxeTags.ToList() } });
        var problems = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(problems.Count == 0, what + ":\n" + string.Join("\n", problems));
    }

    // ---------------------------------------------------------------- embed.js

    [Fact]
    public async Task Two_widgets_on_another_origin_get_titled_lazy_iframes_as_tall_as_their_content_at_any_width()
    {
        var errors = new List<string>();
        var page = await OpenHostAsync("/two.html", errors: errors);
        await WaitForReadyAsync(page, 2);
        var frames = await page.QuerySelectorAllAsync("iframe");
        Assert.Equal(2, frames.Count);

        var expectedSources = new[] { $"{Site}/embed/ja/plans.kashiwa-4th.html", $"{Site}/embed/en/areas.kashiwa-chuo.html?view=compact&theme=dark" };
        for (var i = 0; i < 2; i++)
        {
            var iframe = frames[i];
            Assert.Equal(expectedSources[i], await iframe.GetAttributeAsync("src"));
            Assert.Equal("lazy", await iframe.GetAttributeAsync("loading"));
            Assert.Equal(EmbedFrame.SandboxFlags, await iframe.GetAttributeAsync("sandbox"));
            var frame = (await iframe.ContentFrameAsync())!;
            // The title names what the frame shows: the frame's own document title, sent with its height.
            Assert.Equal(await frame.TitleAsync(), await iframe.GetAttributeAsync("title"));
            var (outer, content) = await SettledHeightsAsync(iframe, c => c);
            Assert.True(Math.Abs(outer - content) <= 3, $"frame {i} is {outer}px tall for {content}px of content");
            Assert.True(await frame.EvaluateAsync<bool>("() => document.documentElement.scrollHeight <= window.innerHeight + 1"), $"frame {i} scrolls");
        }
        Assert.Contains(PlanTitle, await frames[0].GetAttributeAsync("title"));
        Assert.Contains("Kashiwa-Chuo", await frames[1].GetAttributeAsync("title"));

        // The options reached the second frame: compact, dark.
        var second = (await frames[1].ContentFrameAsync())!;
        Assert.Equal("compact", await second.EvaluateAsync<string>("() => document.documentElement.getAttribute('data-view')"));
        Assert.Equal("dark", await second.EvaluateAsync<string>("() => document.documentElement.getAttribute('data-theme')"));
        Assert.False(await second.IsVisibleAsync(".embed__detail"));

        // Narrower: the content gets taller and the frame follows it.
        var (_, wideContent) = await HeightsAsync(frames[0]);
        await page.SetViewportSizeAsync(360, 800);
        var (narrowOuter, narrowContent) = await SettledHeightsAsync(frames[0], c => c);
        Assert.True(narrowContent > wideContent, $"the content did not reflow ({wideContent}px wide, {narrowContent}px narrow)");
        Assert.True(Math.Abs(narrowOuter - narrowContent) <= 3, $"after narrowing, the frame is {narrowOuter}px tall for {narrowContent}px of content");
        var (secondOuter, secondContent) = await SettledHeightsAsync(frames[1], c => c);
        Assert.True(Math.Abs(secondOuter - secondContent) <= 3, $"after narrowing, the second frame is {secondOuter}px tall for {secondContent}px");

        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Height_messages_count_only_from_the_sites_origin_and_from_the_widgets_own_frame()
    {
        var page = await OpenHostAsync("/two.html");
        await WaitForReadyAsync(page, 2);
        var frames = await page.QuerySelectorAllAsync("iframe");
        var (height, _) = await SettledHeightsAsync(frames[0], c => c);
        var title = await frames[0].GetAttributeAsync("title");

        // From the host page itself: not a widget's frame, not the site's origin.
        await page.EvaluateAsync("() => window.postMessage({ sitegenEmbed: 1, type: 'height', height: 5, title: 'forged' }, '*')");
        // From the widget's own frame, navigated to a page of another origin (the host's).
        await frames[1].EvaluateAsync("(f, url) => { f.src = url; }", _host.BaseUrl + "/forger.html");
        await page.WaitForFunctionAsync("() => { try { return document.querySelectorAll('iframe')[1].contentDocument.readyState === 'complete' && document.querySelectorAll('iframe')[1].contentWindow.location.pathname === '/forger.html'; } catch (e) { return false; } }");
        await Task.Delay(1000);

        Assert.Equal(height, (await HeightsAsync(frames[0])).Frame);
        Assert.Equal(title, await frames[0].GetAttributeAsync("title"));
        Assert.True(await frames[1].EvaluateAsync<double>("f => f.getBoundingClientRect().height") > 5, "a message from another origin resized the frame");
        Assert.NotEqual("forged", await frames[1].GetAttributeAsync("title"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Embed_js_adds_no_globals_to_the_host_page()
    {
        const string names = "() => Object.getOwnPropertyNames(window).filter(n => !/^[0-9]+$/.test(n))";
        var control = await OpenHostAsync("/two-without-script.html");
        var before = await control.EvaluateAsync<string[]>(names);
        await control.Context.CloseAsync();

        var page = await OpenHostAsync("/two.html");
        await WaitForReadyAsync(page, 2);
        var after = await page.EvaluateAsync<string[]>(names);
        Assert.Empty(after.Except(before));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Keyboard_focus_moves_into_each_frame_and_out_again()
    {
        var page = await OpenHostAsync("/two.html");
        await WaitForReadyAsync(page, 2);
        var frames = await page.QuerySelectorAllAsync("iframe");
        var inner = new[] { (await frames[0].ContentFrameAsync())!, (await frames[1].ContentFrameAsync())! };

        await page.FocusAsync("#before");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("IFRAME#", await ActiveTagAsync(page));
        Assert.Equal("A", await inner[0].EvaluateAsync<string>("() => document.activeElement.tagName"));

        var visitedSecond = false;
        var steps = 0;
        while (await ActiveTagAsync(page) != "A#after")
        {
            Assert.True(++steps < 100, "Tab never left the frames");
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("() => document.activeElement === document.querySelectorAll('iframe')[1]"))
                visitedSecond |= await inner[1].EvaluateAsync<string>("() => document.activeElement.tagName") == "A";
        }
        Assert.True(visitedSecond, "Tab went past the second frame without entering it");

        await page.Keyboard.PressAsync("Shift+Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement === document.querySelectorAll('iframe')[1]"), "Shift+Tab did not go back into the frame");
        Assert.Equal("A", await inner[1].EvaluateAsync<string>("() => document.activeElement.tagName"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(260)]
    [InlineData(300)]
    public async Task In_a_narrow_sidebar_no_year_or_number_of_a_title_fact_or_list_is_parted(int width)
    {
        // A council's sidebar: auto-phrase (Chromium only) and the browser's own kanji|digit breaks parted 令和|8年度.
        var problems = new List<string>();
        var numbers = 0;
        foreach (var path in site.Pages.Where(p => p.StartsWith("/embed/ja/", StringComparison.Ordinal)))
        {
            var view = await site.OpenAsync(path, width, 900);
            // Era years, years, 第N期 and numbers with dashes in titles, headings, facts and list items.
            foreach (var n in await TextLines.FindAsync(view, "h1, h2, h3, dt, dd, li, .embed__kicker", @"令和\d+年度?|\d+年度|第\d+[期次]|\d+(?:-\d+)+"))
            {
                numbers++;
                if (n.Lines > 1) problems.Add($"{path} at {width} px: \"{n.Text}\" in <{n.Element}> is parted across lines");
            }
            await view.Context.CloseAsync();
        }
        Assert.True(numbers > 20, $"only {numbers} years and numbers in the Japanese embed views");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// For each line of a Japanese paragraph (not the vision) but its last: how far across the paragraph's text box its
    /// last letter reaches, from each letter's box (lines told apart by their top).
    /// </summary>
    private const string LineFills = """
        () => {
          const fills = [];
          const range = document.createRange();
          for (const e of document.querySelectorAll('.embed p:not(.embed__vision):lang(ja)')) {
            if (!e.getClientRects().length) continue;
            const box = e.getBoundingClientRect(), style = getComputedStyle(e);
            const left = box.left + parseFloat(style.paddingLeft), width = box.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            const rights = new Map();
            const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
            for (let t = walker.nextNode(); t; t = walker.nextNode()) {
              if (t.parentElement.closest('rt, rp')) continue;
              for (let i = 0; i < t.length; i++) {
                range.setStart(t, i); range.setEnd(t, i + 1);
                const r = [...range.getClientRects()].find(r => r.width > 0);
                if (r) rights.set(Math.round(r.top / 5), Math.max(rights.get(Math.round(r.top / 5)) ?? 0, r.right));
              }
            }
            const lines = [...rights.keys()].sort((a, b) => a - b);
            for (const k of lines.slice(0, -1)) fills.push((rights.get(k) - left) / width);
          }
          return fills;
        }
        """;

    [Theory]
    [InlineData(260)]
    [InlineData(320)]
    public async Task In_a_narrow_sidebar_running_text_fills_its_lines(int width)
    {
        // Broken phrase by phrase (auto-phrase), a plan's summary left lines a third empty; Japanese running text breaks
        // between any two letters, as on the site's pages, so only 、。 and brackets kept off a line's edge leave a gap.
        var fills = new List<double>();
        foreach (var path in site.Pages.Where(p => p.StartsWith("/embed/ja/", StringComparison.Ordinal)))
        {
            var view = await site.OpenAsync(path, width, 900);
            fills.AddRange(await view.EvaluateAsync<double[]>(LineFills));
            await view.Context.CloseAsync();
        }
        Assert.True(fills.Count > 20, $"only {fills.Count} lines of running text in the Japanese embed views");
        Assert.True(fills.Average() >= 0.88, $"the lines of running text are {fills.Average():P0} full on average at {width} px (lowest {fills.Min():P0})");
    }

    /// <summary>Each row of an embed view's facts: its label, whether the value starts beside the label, and the value's left edge.</summary>
    private const string FactRows = """
        () => [...document.querySelectorAll('.embed__facts > div')].filter(row => row.getClientRects().length).map(row => {
          const dt = row.querySelector('dt').getBoundingClientRect(), dd = row.querySelector('dd').getBoundingClientRect();
          return { label: row.querySelector('dt').textContent.trim(), beside: dd.top < dt.bottom && dd.left >= dt.right, left: Math.round(dd.left) };
        })
        """;

    [Theory]
    [InlineData(260)]
    [InlineData(300)]
    [InlineData(390)]
    public async Task An_embed_view_s_facts_read_as_two_columns_at_any_width(int width)
    {
        // Values that wrapped under their label when long (発行) and stood beside it when short (最終更新) read as a jumble.
        var problems = new List<string>();
        var rows = 0;
        foreach (var path in site.Pages.Where(p => p.StartsWith("/embed/", StringComparison.Ordinal)))
        {
            var view = await site.OpenAsync(path, width, 900);
            var facts = (await view.EvaluateAsync<System.Text.Json.JsonElement>(FactRows)).EnumerateArray().ToList();
            rows += facts.Count;
            problems.AddRange(facts.Where(f => !f.GetProperty("beside").GetBoolean()).Select(f => $"{path} at {width} px: the value of {f.GetProperty("label")} is not beside it"));
            if (facts.Select(f => f.GetProperty("left").GetInt32()).Distinct().Count() > 1)
                problems.Add($"{path} at {width} px: the values start at {string.Join(", ", facts.Select(f => f.GetProperty("left").GetInt32()))} px");
            await view.Context.CloseAsync();
        }
        Assert.True(rows > 20, $"only {rows} rows of facts in the embed views");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Axe_finds_no_violations_on_the_host_page_or_the_embed_views()
    {
        var page = await OpenHostAsync("/two.html");
        await WaitForReadyAsync(page, 2);
        await AssertNoAxeViolationsAsync(page, "host page with two embeds");
        await page.Context.CloseAsync();

        foreach (var path in new[] { "/embed/ja/plans.kashiwa-4th.html", "/embed/en/areas.kashiwa-chuo.html?view=compact&theme=dark", "/embed/en/plans.kashiwa-4th.html?theme=light#goal-priority-1" })
        {
            var view = await site.OpenAsync(path);
            await AssertNoAxeViolationsAsync(view, path);
            await view.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Without_javascript_the_host_page_shows_a_working_link_to_the_full_page()
    {
        var page = await OpenHostAsync("/two.html", javaScript: false);
        Assert.Equal(0, await page.Locator("iframe").CountAsync());
        var link = page.Locator("[data-plan-embed='plans/kashiwa-4th'] a");
        Assert.Equal(PlanTitle, (await link.InnerTextAsync()).Trim());
        var response = await page.RunAndWaitForResponseAsync(() => link.ClickAsync(), $"{Site}/ja/plans/kashiwa-4th/");
        Assert.Equal(200, response.Status);
        await page.WaitForURLAsync($"{Site}/ja/plans/kashiwa-4th/");
        Assert.Equal(PlanTitle, (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_snippet_pasted_twice_embeds_each_element_once()
    {
        var errors = new List<string>();
        var page = await OpenHostAsync("/twice.html", errors: errors);
        await WaitForReadyAsync(page, 2);
        Assert.Equal(2, await page.Locator("iframe").CountAsync());
        Assert.Equal(1, await page.Locator("[data-plan-embed='plans/chiba-7th'] iframe").CountAsync());
        Assert.Equal($"{Site}/embed/en/plans.chiba-7th.html#goal-goal-1", await page.Locator("[data-plan-embed='plans/chiba-7th/goals/goal-1'] iframe").GetAttributeAsync("src"));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_goal_embed_shows_only_that_goal_from_its_plans_view_and_is_named_after_it()
    {
        var errors = new List<string>();
        var page = await OpenHostAsync("/twice.html", errors: errors);
        await WaitForReadyAsync(page, 2);
        var planFrame = page.FrameLocator("[data-plan-embed='plans/chiba-7th'] iframe");
        var goalFrame = page.FrameLocator("[data-plan-embed='plans/chiba-7th/goals/goal-1'] iframe");

        // The same file: the plan's summary without its goals' sections, or the goal's section alone.
        await Assertions.Expect(planFrame.Locator(".embed__whole h1")).ToBeVisibleAsync();
        Assert.Equal(0, await planFrame.Locator(".embed__goal:visible").CountAsync());
        var goalHeading = goalFrame.Locator(".embed__goal-title:visible");
        await Assertions.Expect(goalHeading).ToHaveCountAsync(1);
        Assert.Equal("goal-goal-1-title", await goalHeading.GetAttributeAsync("id"));
        Assert.Equal(0, await goalFrame.Locator("h1:visible").CountAsync());
        Assert.Equal(0, await goalFrame.Locator(".embed__whole:visible").CountAsync());
        var goalMore = goalFrame.Locator(".embed__more a:visible");
        await Assertions.Expect(goalMore).ToHaveCountAsync(1);
        Assert.Equal($"{Site}/en/plans/chiba-7th/#section-goal-1", await goalMore.EvaluateAsync<string>("a => a.href"));

        // The frame on the host page is named after the goal (embed-frame.js reports the shown view's title).
        var goalIframe = page.Locator("[data-plan-embed='plans/chiba-7th/goals/goal-1'] iframe");
        var expected = await goalFrame.Locator("#goal-goal-1").GetAttributeAsync("data-title");
        Assert.False(string.IsNullOrWhiteSpace(expected));
        await Assertions.Expect(goalIframe).ToHaveAttributeAsync("title", expected!);
        Assert.Equal(expected, await goalFrame.Locator("html").EvaluateAsync<string>("() => document.title"));

        // And it is as tall as the goal, not as the plan.
        var (frameHeight, contentHeight) = await SettledHeightsAsync((await goalIframe.ElementHandleAsync())!, content => content);
        Assert.True(Math.Abs(frameHeight - contentHeight) <= 3, $"goal frame {frameHeight}px for {contentHeight}px of content");
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Mistakes_show_a_readable_message_in_the_host_page_and_unknown_options_fall_back()
    {
        var errors = new List<string>();
        var page = await OpenHostAsync("/mistakes.html", errors: errors);

        // A malformed address: a message in the host page's words, the element's own link kept, no frame.
        var malformed = page.Locator("#malformed");
        await malformed.Locator(".plan-embed-message").WaitForAsync();
        Assert.Contains("plans/Kashiwa 4th!", await malformed.InnerTextAsync());
        Assert.Contains("正しくありません", await malformed.InnerTextAsync());
        Assert.Equal(0, await malformed.Locator("iframe").CountAsync());
        Assert.Equal("地域福祉計画", (await page.Locator("#malformed > a").InnerTextAsync()).Trim());

        // Unknown language, view and theme: Japanese (the host page's language), full, automatic colours.
        await page.WaitForFunctionAsync("() => document.querySelector('#odd-options').getAttribute('data-plan-embed-state') === 'ready'");
        Assert.Equal($"{Site}/embed/ja/areas.kashiwa-chuo.html", await page.Locator("#odd-options iframe").GetAttributeAsync("src"));

        // A page that does not exist: once its frame stays silent, a message replaces it.
        var missing = page.Locator("#missing-page");
        await missing.Locator(".plan-embed-message").WaitForAsync(new() { Timeout = 20000 });
        Assert.Equal(0, await missing.Locator("iframe").CountAsync());
        Assert.Equal("en", await missing.Locator(".plan-embed-message").GetAttributeAsync("lang"));
        Assert.Contains("plans/no-such-plan", await missing.InnerTextAsync());
        Assert.Equal($"{Site}/en/", await missing.Locator(".plan-embed-message a").GetAttributeAsync("href"));

        Assert.Empty(errors);
        await AssertNoAxeViolationsAsync(page, "host page with mistakes");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_script_with_nothing_to_embed_says_so_where_it_was_pasted()
    {
        var errors = new List<string>();
        var page = await OpenHostAsync("/no-target.html", errors: errors);
        var message = page.Locator("main > .plan-embed-message");
        await message.WaitForAsync();
        Assert.Contains("data-plan-embed", await message.InnerTextAsync());
        Assert.Equal("ja", await message.GetAttributeAsync("lang"));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    // ---------------------------------------------------------------- WordPress

    [Fact]
    public async Task Framed_the_way_wordpress_does_the_view_reports_its_clamped_height_and_asks_the_host_to_follow_links()
    {
        var errors = new List<string>();
        var page = await OpenHostAsync("/wordpress.html", errors: errors);
        var frames = await page.QuerySelectorAllAsync("iframe");
        static double Clamp(double content) => Math.Clamp(content, 200, 1000);

        foreach (var iframe in frames)
        {
            var (outer, content) = await SettledHeightsAsync(iframe, Clamp);
            Assert.True(Math.Abs(outer - Clamp(content)) <= 3, $"{await iframe.GetAttributeAsync("src")}: {outer}px for {content}px of content");
            Assert.False(string.IsNullOrWhiteSpace(await iframe.GetAttributeAsync("title")));
        }
        await page.SetViewportSizeAsync(360, 800);
        foreach (var iframe in frames)
        {
            var (outer, content) = await SettledHeightsAsync(iframe, Clamp);
            Assert.True(Math.Abs(outer - Clamp(content)) <= 3, $"narrow, {await iframe.GetAttributeAsync("src")}: {outer}px for {content}px of content");
        }

        // A sandbox with allow-scripts only cannot navigate the host page: the view sends the link instead.
        var plan = page.FrameLocator("iframe >> nth=0");
        var more = plan.Locator(".embed__footer .embed__more a");
        Assert.Equal("_top", await more.GetAttributeAsync("target"));
        await Task.WhenAll(page.WaitForURLAsync($"{Site}/ja/plans/kashiwa-4th/"), more.ClickAsync());
        Assert.Equal(PlanTitle, (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    // ---------------------------------------------------------------- safety, speed, panel

    [Fact]
    public async Task Every_embed_view_loads_only_its_own_small_files_and_sets_no_cookies()
    {
        var views = site.Pages.Where(p => p.StartsWith("/embed/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(views);
        var report = new List<string>();
        foreach (var path in views)
        {
            var context = await site.Browser.NewContextAsync();
            var page = await context.NewPageAsync();
            var responses = new List<IResponse>();
            page.Response += (_, response) => responses.Add(response);
            await page.GotoAsync(Site + path, new() { WaitUntil = WaitUntilState.NetworkIdle });

            long bytes = 0;
            foreach (var response in responses)
            {
                Assert.StartsWith(Site + "/", response.Url);
                Assert.Contains(response.Request.ResourceType, new[] { "document", "stylesheet", "script" });
                Assert.Equal(200, response.Status);
                bytes += (await response.BodyAsync()).Length;
            }
            Assert.Equal(3, responses.Count); // the view, embed.css, embed-frame.js
            Assert.True(bytes <= EmbedFiles.PageWeightBudget, $"{path} loads {bytes} bytes; the budget is {EmbedFiles.PageWeightBudget}");
            report.Add($"{path}: {bytes}");
            Assert.Empty(await context.CookiesAsync());
            Assert.Equal("", await page.EvaluateAsync<string>("() => document.cookie"));
            await context.CloseAsync();
        }
        Console.WriteLine("Embed view page weight (bytes):\n" + string.Join("\n", report));
    }

    [Fact]
    public async Task The_panel_copy_buttons_work_by_keyboard_and_announce_success()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Permissions = ["clipboard-read", "clipboard-write"],
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Site + "/en/plans/kashiwa-4th/");
        // Folded for residents: one line until web staff open it.
        Assert.Null(await page.Locator(".embed-panel").GetAttributeAsync("open"));
        var folded = await page.Locator(".embed-panel").BoundingBoxAsync();
        Assert.True(folded!.Height < 80, $"the folded embed panel is {folded.Height} px tall");
        await page.FocusAsync(".embed-panel__summary");
        await page.Keyboard.PressAsync("Enter");
        var status = page.Locator(".embed-panel__status");
        Assert.Equal("status", await status.GetAttributeAsync("role"));

        foreach (var id in new[] { "embed-script", "embed-iframe", "embed-link" })
        {
            var button = page.Locator($"button[data-copy='{id}']");
            await button.WaitForAsync(); // shown by the script
            await page.FocusAsync("#" + id);
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal($"BUTTON#{id}-copy", await ActiveTagAsync(page));
            // The script empties the live region and refills it a moment later, so the same words are announced again:
            // clear it here and wait for the words, rather than reading whatever the previous copy left.
            await status.EvaluateAsync("s => s.textContent = ''");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForFunctionAsync("() => document.querySelector('.embed-panel__status').textContent.trim().length > 0");
            Assert.Equal("Copied. Paste it into your website’s editor.", (await status.InnerTextAsync()).Trim());
            Assert.Equal(await page.InputValueAsync("#" + id), await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
            Assert.StartsWith("Copy", await button.EvaluateAsync<string>("b => b.textContent"));
        }

        // The preview link opens the embed view of this plan.
        await Task.WhenAll(page.WaitForURLAsync($"{Site}/embed/en/plans.kashiwa-4th.html"), page.ClickAsync(".embed-panel a[href='/embed/en/plans.kashiwa-4th.html']"));
        await context.CloseAsync();
    }
}

/// <summary>The council's homepage: a few HTML pages in a folder of their own, served by a <see cref="StaticServer"/> on another loopback port (another origin).</summary>
public sealed class HostServer : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sitegen-host-" + Guid.NewGuid().ToString("N"));
    private readonly StaticServer _server;

    public HostServer(IReadOnlyDictionary<string, string> pages)
    {
        Directory.CreateDirectory(_root);
        foreach (var (path, html) in pages) File.WriteAllText(Path.Combine(_root, path.TrimStart('/')), html, new UTF8Encoding(false));
        _server = new StaticServer(_root);
    }

    public string BaseUrl => _server.BaseUrl;

    public void Dispose()
    {
        _server.Dispose();
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { }
    }
}
