using System.Text.Json;

namespace SiteGen.BrowserTests;

/// <summary>
/// Japanese line breaking as Chromium lays it out: on every plan page, at phone and desktop widths, a heading's
/// lines end only between the phrases the build marked (a &lt;wbr&gt; from BudouX's boundaries, or a space), unless
/// one phrase is wider than the whole line and cannot fit anyway; numbers, dates and marks never wrap.
/// Lines are read from the layout: each character's box (Range.getClientRects), a new line where a box drops.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class LineBreakTests(SiteFixture site)
{
    private const string HeadingBreaks = """
        () => {
          const problems = [];
          for (const h of document.querySelectorAll('main h1, main h2, main h3')) {
            if (!h.getClientRects().length) continue;
            const style = getComputedStyle(h);
            const width = h.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            // Every visible character with its box, and whether a line may break before it.
            const chars = [];
            let opportunity = false;
            const range = document.createRange();
            const walk = (node) => {
              for (const child of node.childNodes) {
                if (child.nodeType === Node.TEXT_NODE) {
                  const text = child.data;
                  for (let i = 0; i < text.length; i++) {
                    const pair = /[\uD800-\uDBFF]/.test(text[i]) ? 2 : 1;
                    if (/\s/.test(text[i])) { opportunity = true; continue; }
                    range.setStart(child, i); range.setEnd(child, i + pair);
                    const rects = [...range.getClientRects()].filter(r => r.width > 0);
                    if (rects.length) chars.push({ ch: text.substr(i, pair), top: rects[0].top, height: rects[0].height, width: rects[0].width, opportunity: opportunity || /[（「『【〔(]/.test(text[i]) });
                    // Before an opening bracket and after a comma, full stop, middle dot, colon or closing bracket the browser may break, as in any Japanese text.
                    opportunity = /[、。・：；！？）」』】〕,.:;!?)]/.test(text[i]);
                    i += pair - 1;
                  }
                } else if (child.nodeType === Node.ELEMENT_NODE) {
                  if (child.localName === 'wbr') { opportunity = true; continue; }
                  const display = getComputedStyle(child).display;
                  if (display === 'none') continue;
                  const block = !display.startsWith('inline');
                  if (block) opportunity = true;
                  walk(child);
                  if (block) opportunity = true;
                }
              }
            };
            walk(h);
            // Phrases: runs of characters with no break opportunity inside.
            const phraseWidth = (k) => {
              let start = k; while (start > 0 && !chars[start].opportunity) start--;
              let end = k + 1; while (end < chars.length && !chars[end].opportunity) end++;
              let sum = 0; for (let j = start; j < end; j++) sum += chars[j].width;
              return [sum, chars.slice(start, end).map(c => c.ch).join('')];
            };
            for (let k = 1; k < chars.length; k++) {
              const newLine = chars[k].top > chars[k - 1].top + chars[k - 1].height / 2;
              if (!newLine || chars[k].opportunity) continue;
              const [phrase, text] = phraseWidth(k);
              if (phrase <= width + 1) {
                problems.push(`<${h.localName}> "${h.textContent.trim()}" breaks inside "${text}" before "${chars[k].ch}" (phrase ${Math.round(phrase)} px, line ${Math.round(width)} px)`);
              }
            }
          }
          return problems;
        }
        """;

    private const string NumbersOnOneLine = """
        () => {
          const problems = [];
          const range = document.createRange();
          for (const e of document.querySelectorAll('main td.number, main th.number, main .value, main .mark:lang(ja), main time:lang(ja), main .count__number')) {
            if (!e.getClientRects().length) continue;
            range.selectNodeContents(e);
            const rects = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0);
            if (!rects.length) continue;
            const first = rects[0];
            if (rects.some(r => r.top > first.top + first.height / 2))
              problems.push(`<${e.localName} class="${e.className}"> "${e.textContent.trim()}" wraps onto ${new Set(rects.map(r => Math.round(r.top))).size} lines`);
          }
          return problems;
        }
        """;

    public static TheoryData<int> Widths => new() { 320, 390, 1280 };

    private IEnumerable<string> PlanPages => site.Pages.Where(p => p.StartsWith("/ja/plans/", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Headings_break_only_between_phrases_and_numbers_never_wrap(int width)
    {
        Assert.NotEmpty(PlanPages);
        var problems = new List<string>();
        var checkedNumbers = 0;
        foreach (var path in PlanPages)
        {
            var page = await site.OpenAsync(path, width, 900);
            foreach (var problem in await page.EvaluateAsync<string[]>(HeadingBreaks)) problems.Add($"{path} at {width} px: {problem}");
            foreach (var problem in await page.EvaluateAsync<string[]>(NumbersOnOneLine)) problems.Add($"{path} at {width} px: {problem}");
            checkedNumbers += await page.EvaluateAsync<int>("() => document.querySelectorAll('main td.number').length");
            await page.Context.CloseAsync();
        }
        Assert.True(checkedNumbers > 0, "no numeric table cell on the plan pages: the check would check nothing");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task The_text_of_a_phrased_heading_is_its_text_with_nothing_added()
    {
        // Screen readers and copying see the text itself: <wbr> adds no character, innerText is the source text.
        var page = await site.OpenAsync("/ja/plans/kashiwa-4th/", 390, 900);
        // Each heading and cell with <wbr>: its innerText, then the same with every <wbr> taken out.
        var texts = await page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('main h1, main h2, main h3, main h4, main th, main td, main caption')].filter(e => e.querySelector('wbr')).map(e => {
              const phrased = e.innerText;
              const copy = e.cloneNode(true);
              copy.querySelectorAll('wbr').forEach(w => w.remove());
              e.replaceWith(copy);
              const plain = copy.innerText;
              copy.replaceWith(e);
              return [phrased, plain];
            })
            """);
        Assert.True(texts.GetArrayLength() > 5, "the plan page should have headings and cells with <wbr>");
        foreach (var pair in texts.EnumerateArray())
        {
            Assert.Equal(pair[1].GetString(), pair[0].GetString());
            Assert.DoesNotContain('\u200B', pair[0].GetString()!);
        }
        Assert.Contains("地域で支えあう体制づくりと包括的な相談支援体制", await page.EvaluateAsync<string>("() => document.querySelector('main').innerText"));
        await page.Context.CloseAsync();
    }
}
