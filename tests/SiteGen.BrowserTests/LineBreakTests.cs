using System.Text.Json;
using SiteGen.Markup.Phrases;

namespace SiteGen.BrowserTests;

/// <summary>
/// Japanese line breaking as Chromium lays it out: on every plan page, the home page and the area pages, at phone and
/// desktop widths, with furigana hidden (as a visitor first sees them), no line of a heading ends inside a phrase BudouX
/// marks, unless that phrase is wider than the whole line and cannot fit anyway; numbers, dates and marks never wrap.
/// Lines are read from the layout: each character's box (Range.getClientRects), a new line where a box drops.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class LineBreakTests(SiteFixture site)
{
    /// <summary>
    /// Each visible h1–h3, plan line of an area page and footer link as its characters in order: the character, its box (none for a collapsed space), whether
    /// it starts a new run of text (an element other than &lt;wbr&gt; begins or ends before it) and whether the browser
    /// may break before it whatever the phrases (after a space or a block's edge, after 、。・：, closing brackets and ～,
    /// before opening ones, as in any Japanese text); and the width of the heading's line.
    /// </summary>
    private const string HeadingCharacters = """
        () => [...document.querySelectorAll('main h1, main h2, main h3, main .area__plan, .site-footer a')].filter(h => h.getClientRects().length).map(h => {
          const style = getComputedStyle(h);
          const chars = [];
          let natural = false, run = true;
          const range = document.createRange();
          const walk = (node) => {
            for (const child of node.childNodes) {
              if (child.nodeType === Node.TEXT_NODE) {
                const text = child.data;
                for (let i = 0; i < text.length; i++) {
                  const pair = /[\uD800-\uDBFF]/.test(text[i]) ? 2 : 1;
                  const ch = text.substr(i, pair);
                  range.setStart(child, i); range.setEnd(child, i + pair);
                  const box = [...range.getClientRects()].find(r => r.width > 0);
                  chars.push({ ch, run, natural: natural || /[（「『【〔(]/.test(ch), top: box ? box.top : null, height: box ? box.height : 0, width: box ? box.width : 0 });
                  natural = /[\s、。・：；！？）」』】〕,.:;!?)～〜]/.test(ch);
                  run = false;
                  i += pair - 1;
                }
              } else if (child.nodeType === Node.ELEMENT_NODE && (child.classList.contains('phrase') || child.classList.contains('number') || child.localName === 'ruby')) {
                walk(child); // a long phrase's box, a number's, or a word's furigana (added after phrasing): part of the same text
              } else if (child.nodeType === Node.ELEMENT_NODE && child.localName !== 'wbr') {
                const display = getComputedStyle(child).display;
                if (display === 'none') continue;
                if (!display.startsWith('inline')) natural = true;
                run = true;
                walk(child);
                run = true;
                if (!display.startsWith('inline')) natural = true;
              }
            }
          };
          walk(h);
          return { tag: h.localName, text: h.textContent.trim(), width: h.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight), chars };
        })
        """;

    private sealed record Character(string Ch, bool Run, bool Natural, double? Top, double Height, double Width);

    /// <summary>
    /// Where each heading's lines break inside a phrase of BudouX (SiteGen's parser, which PhraseParserTests holds to
    /// the npm package), run on each run of the heading's text: not at one of its boundaries nor where any text may
    /// break, and in a phrase that would fit the line.
    /// </summary>
    private static IEnumerable<string> BreaksInsidePhrases(JsonElement heading)
    {
        var chars = heading.GetProperty("chars").EnumerateArray().Select(c => new Character(
            c.GetProperty("ch").GetString()!, c.GetProperty("run").GetBoolean(), c.GetProperty("natural").GetBoolean(),
            c.GetProperty("top").ValueKind == JsonValueKind.Null ? null : c.GetProperty("top").GetDouble(),
            c.GetProperty("height").GetDouble(), c.GetProperty("width").GetDouble())).ToList();
        var width = heading.GetProperty("width").GetDouble();
        // A phrase starts at k when BudouX marks a boundary there, in the run of text k belongs to.
        var starts = new bool[chars.Count];
        for (var runStart = 0; runStart < chars.Count;)
        {
            var runEnd = runStart + 1;
            while (runEnd < chars.Count && !chars[runEnd].Run) runEnd++;
            // The character that starts at each UTF-16 offset of the run's text.
            var text = new System.Text.StringBuilder();
            var at = new Dictionary<int, int>();
            for (var k = runStart; k < runEnd; k++) { at[text.Length] = k; text.Append(chars[k].Ch); }
            var offset = 0;
            foreach (var phrase in PhraseParser.Japanese.Parse(text.ToString()))
            {
                if (offset > 0) starts[at[offset]] = true;
                offset += phrase.Length;
            }
            runStart = runEnd;
        }
        bool Opportunity(int k) => k == 0 || starts[k] || chars[k].Natural || chars[k].Run;
        var previous = -1;
        for (var k = 0; k < chars.Count; k++)
        {
            if (chars[k].Top is not { } top) continue;
            if (previous >= 0 && top > chars[previous].Top + chars[previous].Height / 2
                && !Enumerable.Range(previous + 1, k - previous).Any(Opportunity))
            {
                var start = k; while (!Opportunity(start)) start--;
                var end = k + 1; while (end < chars.Count && !Opportunity(end)) end++;
                var phraseWidth = chars.Skip(start).Take(end - start).Sum(c => c.Width);
                if (phraseWidth > width + 1) continue; // wider than the whole line: it cannot fit anywhere
                var phraseText = string.Concat(chars.Skip(start).Take(end - start).Select(c => c.Ch));
                yield return $"<{heading.GetProperty("tag").GetString()}> \"{heading.GetProperty("text").GetString()}\" breaks inside the phrase \"{phraseText}\" before \"{chars[k].Ch}\" ({Math.Round(phraseWidth)} px, line {Math.Round(width)} px)";
            }
            previous = k;
        }
    }

    private const string NumbersOnOneLine = """
        () => {
          const problems = [];
          const range = document.createRange();
          for (const e of document.querySelectorAll('main td.number, main th.number, main .value, main .mark:lang(ja), main time:lang(ja), main .count__number')) {
            if (!e.getClientRects().length) continue;
            // What is shown: text read out only (.visually-hidden, a mark's meaning in the matrix) has no line to keep.
            const rects = [];
            const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
            for (let t = walker.nextNode(); t; t = walker.nextNode()) {
              if (t.parentElement.closest('.visually-hidden')) continue;
              range.selectNodeContents(t);
              rects.push(...[...range.getClientRects()].filter(r => r.width > 0 && r.height > 0));
            }
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

    // Organisation and area names head the home and area pages: long compound nouns, each one phrase.
    private IEnumerable<string> PhrasedPages => PlanPages.Concat(site.Pages.Where(p => p == "/ja/" || p.StartsWith("/ja/areas/", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Headings_and_short_texts_break_only_between_phrases_and_numbers_never_wrap(int width)
    {
        Assert.NotEmpty(PlanPages);
        var problems = new List<string>();
        var checkedNumbers = 0;
        var headings = 0;
        foreach (var path in PhrasedPages)
        {
            var page = await site.OpenAsync(path, width, 900);
            foreach (var heading in (await page.EvaluateAsync<JsonElement>(HeadingCharacters)).EnumerateArray())
            {
                headings++;
                foreach (var problem in BreaksInsidePhrases(heading)) problems.Add($"{path} at {width} px: {problem}");
            }
            foreach (var problem in await page.EvaluateAsync<string[]>(NumbersOnOneLine)) problems.Add($"{path} at {width} px: {problem}");
            checkedNumbers += await page.EvaluateAsync<int>("() => document.querySelectorAll('main td.number').length");
            await page.Context.CloseAsync();
        }
        Assert.True(checkedNumbers > 0, "no numeric table cell on the plan pages: the check would check nothing");
        Assert.True(headings > 50, $"only {headings} headings on the pages");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Each word with furigana whose base text (its kana too, without the readings) lies on more than one line.</summary>
    private const string WordsOnTwoLines = """
        () => {
          const problems = [];
          const range = document.createRange();
          for (const ruby of document.querySelectorAll('main ruby')) {
            if (!ruby.getClientRects().length) continue;
            const rects = [];
            for (const node of ruby.childNodes) {
              if (node.nodeType !== Node.TEXT_NODE) continue;
              range.selectNodeContents(node);
              rects.push(...[...range.getClientRects()].filter(r => r.width > 0));
            }
            if (rects.length && rects.some(r => r.top > rects[0].top + rects[0].height / 2))
              problems.push(`"${[...ruby.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.data).join('')}" in <${ruby.parentElement.localName}>`);
          }
          return problems;
        }
        """;

    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    public async Task With_readings_shown_no_word_is_parted_at_the_end_of_a_line(int width)
    {
        var problems = new List<string>();
        var words = 0;
        foreach (var path in PhrasedPages)
        {
            var page = await site.OpenAsync(path, width, 900);
            await page.EvaluateAsync("() => document.documentElement.setAttribute('data-furigana', 'on')");
            words += await page.EvaluateAsync<int>("() => [...document.querySelectorAll('main ruby')].filter(r => r.querySelector('rt:empty')).length");
            foreach (var problem in await page.EvaluateAsync<string[]>(WordsOnTwoLines)) problems.Add($"{path} at {width} px: {problem}");
            await page.Context.CloseAsync();
        }
        Assert.True(words > 100, $"only {words} words with kana and kanji (取り組み) on the pages");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    public async Task No_number_of_an_address_or_phone_is_parted_across_lines(int width)
    {
        // The contact box of a plan is narrower than the contact page's: 加古川市加古川町寺家町177-12 broke as 寺家町17|7-12.
        var pages = site.Pages.Where(p => p.EndsWith("/contact/", StringComparison.Ordinal) || p.StartsWith("/ja/plans/", StringComparison.Ordinal) || p.StartsWith("/en/plans/", StringComparison.Ordinal)).ToList();
        var problems = new List<string>();
        var lots = 0;
        foreach (var path in pages)
        {
            var page = await site.OpenAsync(path, width, 900);
            // Numbers written with dashes: lot numbers (177-12), postal codes, phone and fax numbers.
            foreach (var n in await TextLines.FindAsync(page, "main dl.facts dd", "[0-9]+(?:-[0-9]+)+"))
            {
                if (n.Text is "177-12" or "1208-2") lots++;
                if (n.Lines > 1) problems.Add($"{path} at {width} px: \"{n.Text}\" is parted across lines in \"{n.ElementText}\"");
            }
            await page.Context.CloseAsync();
        }
        // Kakogawa's and Chiba's addresses on their plan pages (ja, en and the English page's Japanese) and the contact pages.
        Assert.True(lots >= 8, $"only {lots} lot numbers of the seed addresses found: the check would check nothing");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    public async Task No_place_name_with_a_dash_in_an_english_address_is_parted(int width)
    {
        // Browsers break a Latin line after a dash: Chuo-|ku, Jike-|machi on a phone.
        var pages = site.Pages.Where(p => p == "/en/contact/" || p.StartsWith("/en/plans/", StringComparison.Ordinal)).ToList();
        var problems = new List<string>();
        var names = 0;
        foreach (var path in pages)
        {
            var page = await site.OpenAsync(path, width, 900);
            foreach (var n in await TextLines.FindAsync(page, "main dl.facts dd", @"\b(?:Chibadera-cho|Chuo-ku|Jike-machi|Kakogawa-cho)\b"))
            {
                names++;
                if (n.Lines > 1) problems.Add($"{path} at {width} px: \"{n.Text}\" is parted across lines in \"{n.ElementText}\"");
            }
            await page.Context.CloseAsync();
        }
        Assert.True(names >= 8, $"only {names} dashed place names of the seed addresses found: the check would check nothing");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>A number with its era before it or its unit after it, as Japanese running text writes them (令和8年度, 令和元年度, 1,150件, 第4期).</summary>
    private const string NumberWithItsLetters = "(?:(?:令和|平成|第)?[0-9０-９][0-9０-９,.]*|(?:令和|平成)元)(?:年度|年|か月|月|日|人|件|回|歳|か所|箇所|世帯|団体|期|次|%|％)";

    [Theory]
    [InlineData(320)]
    [InlineData(360)]
    [InlineData(375)]
    [InlineData(390)]
    [InlineData(414)]
    public async Task In_running_text_no_number_is_parted_from_its_era_or_unit(int width)
    {
        // Sentences break between any two letters, as Japanese books do, but a line ending in 令和 or 令和8 reads badly.
        var problems = new List<string>();
        var numbers = 0;
        foreach (var path in PhrasedPages)
        {
            var page = await site.OpenAsync(path, width, 900);
            foreach (var n in await TextLines.FindAsync(page, "main p, main li", NumberWithItsLetters))
            {
                numbers++;
                if (n.Lines > 1) problems.Add($"{path} at {width} px: \"{n.Text}\" is parted across lines in <{n.Element}> \"{n.ElementText}\"");
            }
            await page.Context.CloseAsync();
        }
        Assert.True(numbers > 100, $"only {numbers} numbers with an era or unit in the running text of the pages");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// Every flex or grid container on a page whose own children are pieces of running text: a text node, a reading
    /// (ruby), a line-break opportunity or a number or phrase box beside other items. Each such piece would be a flex
    /// or grid item of its own, set apart from its neighbours by the gap (65歳 | 以上), as the chart legends were.
    /// </summary>
    private const string TextSplitIntoItems = """
        () => [...document.querySelectorAll('body *')].filter(e => /flex|grid/.test(getComputedStyle(e).display)).flatMap(e => {
          const items = [...e.childNodes].filter(n => n.nodeType === Node.ELEMENT_NODE || (n.nodeType === Node.TEXT_NODE && n.data.trim()));
          const pieces = items.filter(n => n.nodeType === Node.TEXT_NODE || n.localName === 'ruby' || n.localName === 'wbr'
            || (n.localName === 'span' && (n.classList.contains('number') || n.classList.contains('phrase'))));
          return items.length >= 2 && pieces.length > 0 ? [`${e.localName}.${[...e.classList].join('.')}: ${e.textContent.trim().slice(0, 30)}`] : [];
        })
        """;

    [Fact]
    public async Task No_text_is_cut_into_flex_or_grid_items_on_any_page()
    {
        var page = await site.OpenAsync(site.Pages[0]);
        var found = new List<string>();
        foreach (var path in site.Pages)
        {
            await page.GotoAsync(site.Server.BaseUrl + path);
            found.AddRange((await page.EvaluateAsync<string[]>(TextSplitIntoItems)).Select(item => $"{path}: {item}"));
        }
        Assert.True(site.Pages.Count > 50, $"only {site.Pages.Count} pages");
        Assert.Empty(found);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Each line of a page's text that ends on an opening bracket, quote or wave dash or starts with a closing one
    /// or 、。: the shown letters (no space, no hidden reading) of each block in order, compared with their neighbour
    /// only where one of them is such a mark, a new line where a box drops by half its height.
    /// </summary>
    private const string BracketsAtLineEdges = """
        () => {
          const problems = [];
          const range = document.createRange();
          const opening = /[「『（(【〔［\[〈《“‘]/, closing = /[」』）)】〕］\]〉》”’、。]/, tilde = /[～〜]/;
          // A wave dash after a space opens a subtitle (まちづくり ～地域…～): it keeps to what follows instead.
          const opens = (l) => opening.test(l.ch) || (tilde.test(l.ch) && l.spaced);
          const closes = (l) => closing.test(l.ch) || (tilde.test(l.ch) && !l.spaced);
          const blockOf = (e) => { while (e && getComputedStyle(e).display.startsWith('inline')) e = e.parentElement; return e; };
          const letters = [];
          let spaced = true;
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let t = walker.nextNode(); t; t = walker.nextNode()) {
            const parent = t.parentElement;
            if (parent.closest('rt, rp, script, style, .visually-hidden') || !parent.getClientRects().length) continue;
            const block = blockOf(parent);
            for (let i = 0; i < t.data.length; i++) {
              if (/\s/.test(t.data[i])) { spaced = true; continue; }
              const last = letters[letters.length - 1];
              letters.push({ node: t, i, ch: t.data[i], block, spaced: spaced || !last || last.block !== block });
              spaced = false;
            }
          }
          const box = (l) => { range.setStart(l.node, l.i); range.setEnd(l.node, l.i + 1); return [...range.getClientRects()].find(r => r.width > 0); };
          for (let k = 1; k < letters.length; k++) {
            const a = letters[k - 1], b = letters[k];
            if (a.block !== b.block || !(opens(a) || closes(b))) continue;
            const ra = box(a), rb = box(b);
            if (!ra || !rb || rb.top <= ra.top + ra.height / 2) continue;
            const text = a.block.textContent.replace(/\s+/g, ' ').trim();
            problems.push(`"${a.ch}|${b.ch}" in <${a.block.localName} class="${a.block.className}"> "${text.slice(0, 60)}"`);
          }
          return problems;
        }
        """;

    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    public async Task No_line_ends_on_an_opening_bracket_or_starts_with_a_closing_one(int width)
    {
        // The model marks a phrase after “ and 「 (“|私たちの”): a <wbr> there outweighs the browser's own rule.
        var page = await site.OpenAsync(site.Pages[0], width, 900);
        var problems = new List<string>();
        foreach (var path in site.Pages.Where(p => p.StartsWith("/ja/", StringComparison.Ordinal)))
        {
            await page.GotoAsync(site.Server.BaseUrl + path);
            problems.AddRange((await page.EvaluateAsync<string[]>(BracketsAtLineEdges)).Select(p => $"{path} at {width} px: {p}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Each paragraph, list item or description whose last line holds a single letter (す。, た。: closing marks are not
    /// counted), with what that line shows. Letters are the shown ones (no space, no reading, nothing read out only);
    /// a block that holds other blocks is left to them. A new line starts where a letter's box drops by half its height.
    /// </summary>
    private const string LoneLastLetters = "() => {" + TextLines.ShownLinesFunction + """
          const problems = [];
          let blocks = 0;
          for (const e of document.querySelectorAll('p:lang(ja), li:lang(ja), dd:lang(ja)')) {
            if (!e.getClientRects().length || [...e.children].some(c => !getComputedStyle(c).display.startsWith('inline'))) continue;
            const lines = shownLines(e).map(l => l.replace(/\s/g, ''));
            if (!lines.length) continue;
            blocks++;
            const last = lines[lines.length - 1];
            if (lines.length > 1 && [...last].filter(ch => !closingMarks.test(ch)).length <= 1)
              problems.push(`<${e.localName}> ends on a line of "${last}": "…${lines.join('').slice(-40)}"`);
          }
          return { blocks, problems };
        }
        """;

    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task No_paragraph_ends_on_a_line_of_one_letter(int width)
    {
        // Japanese running text breaks between any two letters, so a sentence's last す。 could stand alone on a line.
        var page = await site.OpenAsync(site.Pages[0], width, 900);
        var problems = new List<string>();
        var blocks = 0;
        foreach (var path in site.Pages.Where(p => p.StartsWith("/ja/", StringComparison.Ordinal) || p.StartsWith("/embed/ja/", StringComparison.Ordinal)))
        {
            await page.GotoAsync(site.Server.BaseUrl + path);
            var found = await page.EvaluateAsync<JsonElement>(LoneLastLetters);
            blocks += found.GetProperty("blocks").GetInt32();
            problems.AddRange(found.GetProperty("problems").EnumerateArray().Select(p => $"{path} at {width} px: {p.GetString()}"));
        }
        Assert.True(blocks > 500, $"only {blocks} Japanese paragraphs, list items and descriptions found: the check would check nothing");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Each heading (h1–h4, a summary) whose last line is a lone tail: in Japanese one or two letters (closing marks not
    /// counted), in English one word of a heading of four or more.
    /// </summary>
    private const string HeadingTails = "() => {" + TextLines.ShownLinesFunction + """
          const problems = [];
          for (const e of document.querySelectorAll('main :is(h1, h2, h3, h4), main summary')) {
            if (!e.getClientRects().length) continue;
            const lines = shownLines(e);
            if (lines.length < 2) continue;
            const japanese = e.closest('[lang]')?.getAttribute('lang') === 'ja';
            const all = lines.join(japanese ? '' : ' '), last = lines[lines.length - 1];
            const tail = japanese ? [...last.replace(/\s/g, '')].filter(ch => !closingMarks.test(ch)).length <= 2
              : all.split(/\s+/).length >= 4 && last.split(/\s+/).length === 1;
            if (tail) problems.push(`<${e.localName}> "${all}" ends on a line of "${last}"`);
          }
          return problems;
        }
        """;

    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    public async Task No_heading_ends_on_a_lone_word_or_the_tail_of_a_phrase(int width)
    {
        // "Building a community where people watch over and support one | another", 千葉市社協行動プラ|ン-like tails.
        var page = await site.OpenAsync(site.Pages[0], width, 900);
        var problems = new List<string>();
        foreach (var path in site.Pages.Where(p => p.StartsWith("/ja/", StringComparison.Ordinal) || p.StartsWith("/en/", StringComparison.Ordinal)))
        {
            await page.GotoAsync(site.Server.BaseUrl + path);
            problems.AddRange((await page.EvaluateAsync<string[]>(HeadingTails)).Select(p => $"{path} at {width} px: {p}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_text_of_a_phrased_heading_is_its_text_with_nothing_added()
    {
        // Screen readers and copying see the text itself: <wbr> adds no character, innerText is the source text.
        var page = await site.OpenAsync("/ja/plans/kashiwa-4th/", 390, 900);
        // Each heading and cell with <wbr>: its innerText, then the same with every <wbr> and long phrase's box taken out.
        var texts = await page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('main h1, main h2, main h3, main h4, main th, main td, main caption')].filter(e => e.querySelector('wbr')).map(e => {
              const phrased = e.innerText;
              const copy = e.cloneNode(true);
              copy.querySelectorAll('wbr').forEach(w => w.remove());
              copy.querySelectorAll('.phrase').forEach(p => p.replaceWith(...p.childNodes));
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
