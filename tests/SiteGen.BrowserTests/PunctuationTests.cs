namespace SiteGen.BrowserTests;

/// <summary>
/// Punctuation as residents read it: on every page, as Chromium renders the text (innerText: what is shown, spaces
/// collapsed), no space stands before a comma, full stop, colon or closing bracket, in Japanese (田中地区 、) or English
/// (Tanaka district , Southern Kashiwa). A template's line break between a list's items shows as such a space.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PunctuationTests(SiteFixture site)
{
    // A space (ordinary, no-break or ideographic) before the mark, unless a number or word follows it (.5, .csv).
    private const string SpacesBeforeMarks = """
        () => [...document.body.innerText.matchAll(/.{0,15}[ \u00a0\u3000][、。，．,.;:：；）」』](?![0-9a-z]).{0,10}/g)].map(m => m[0])
        """;

    [Fact]
    public async Task No_space_stands_before_a_comma_full_stop_or_closing_bracket_on_any_page()
    {
        var found = await FoundOnEveryPageAsync(SpacesBeforeMarks);
        Assert.True(site.Pages.Count > 50, $"only {site.Pages.Count} pages");
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    /// <summary>
    /// Each place in Japanese text (lang="ja", not code or a reading) where a Latin colon or semicolon and a space follow
    /// a Japanese letter: 出典: reads as typed on the wrong keyboard; Japanese writes 出典：.
    /// </summary>
    private const string LatinColonsInJapanese = """
        () => {
          const found = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          let before = '';
          for (let t = walker.nextNode(); t; t = walker.nextNode()) {
            const parent = t.parentElement;
            if (parent.closest('script, style, rt, rp, code')) continue;
            if (parent.closest('[lang]')?.getAttribute('lang') !== 'ja') { before = ''; continue; }
            const text = before + t.data;
            for (const m of text.matchAll(/[\u3040-\u30ff\u3400-\u9fff）」][:;](?:\s|$)/g)) found.push(text.slice(Math.max(0, m.index - 12), m.index + 3));
            before = t.data.slice(-1);
          }
          return found;
        }
        """;

    [Fact]
    public async Task Japanese_text_has_full_width_colons()
    {
        var found = await FoundOnEveryPageAsync(LatinColonsInJapanese);
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    /// <summary>Each Japanese note in brackets after a name (an area's kind, a plan's period) as its line shows it, when a space stands before its （.</summary>
    private const string SpacedNotes = """
        () => [...document.querySelectorAll(':is(.area-layer, .period, .embed__period):lang(ja)')].map(note => {
          const line = note.parentElement.innerText;
          return { line, spaced: /[ \u00a0\u3000]（/.test(line) };
        })
        """;

    [Fact]
    public async Task A_japanese_note_in_brackets_follows_its_name_without_a_space()
    {
        // A full-width bracket carries its own space: 千葉市全域 （全市） shows a gap English needs and Japanese does not.
        var page = await site.OpenAsync(site.Pages[0], 390, 900);
        var notes = 0;
        var found = new List<string>();
        foreach (var path in site.Pages.Where(p => p.StartsWith("/ja/areas/", StringComparison.Ordinal) || p.StartsWith("/embed/ja/areas.", StringComparison.Ordinal)))
        {
            await page.GotoAsync(site.Server.BaseUrl + path);
            foreach (var note in (await page.EvaluateAsync<System.Text.Json.JsonElement>(SpacedNotes)).EnumerateArray())
            {
                notes++;
                if (note.GetProperty("spaced").GetBoolean()) found.Add($"{path}: \"{note.GetProperty("line").GetString()}\"");
            }
        }
        Assert.True(notes >= 10, $"only {notes} notes in brackets on the Japanese area pages and views");
        Assert.True(found.Count == 0, string.Join("\n", found));
        await page.Context.CloseAsync();
    }

    /// <summary>What <paramref name="script"/> (returning strings) finds on each page of the site at 390 px, each after its page.</summary>
    private async Task<List<string>> FoundOnEveryPageAsync(string script)
    {
        var page = await site.OpenAsync(site.Pages[0], 390, 900);
        var found = new List<string>();
        foreach (var path in site.Pages)
        {
            await page.GotoAsync(site.Server.BaseUrl + path);
            found.AddRange((await page.EvaluateAsync<string[]>(script)).Select(text => $"{path}: \"{text}\""));
        }
        await page.Context.CloseAsync();
        return found;
    }
}
