using System.Text.Json;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// Where a browser laid out parts of a page's text: for each element a selector finds, each match of a pattern in the
/// element's whole text (across its child elements: a number's box, a ruby's base; not its reading) and how many lines
/// it lies on, read from each character's box (Range.getClientRects).
/// </summary>
public static class TextLines
{
    public sealed record Match(string Text, int Lines, string Element, string ElementText);

    private const string Script = """
        ([selector, pattern]) => {
          const found = [];
          const range = document.createRange();
          for (const e of document.querySelectorAll(selector)) {
            if (!e.getClientRects().length) continue;
            const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
            const nodes = [];
            let text = '';
            for (let t = walker.nextNode(); t; t = walker.nextNode()) { if (t.parentElement.closest('rt, rp')) continue; nodes.push([t, text.length]); text += t.data; }
            for (const m of text.matchAll(new RegExp(pattern, 'g'))) {
              const tops = new Set();
              for (let i = m.index; i < m.index + m[0].length; i++) {
                const [node, start] = nodes.findLast(([, s]) => s <= i);
                range.setStart(node, i - start); range.setEnd(node, i - start + 1);
                for (const r of range.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top));
              }
              found.push({ text: m[0], lines: tops.size, element: e.localName, elementText: e.textContent.trim() });
            }
          }
          return found;
        }
        """;

    /// <summary>
    /// JavaScript defining <c>shownLines(e)</c>, the text an element shows (no reading, nothing read out only) as its lines,
    /// a new line where a letter's box drops by half its height; and <c>closingMarks</c>, the marks a line may end on that
    /// are not counted as letters of it. For a script that asks how a block's last line reads.
    /// </summary>
    public const string ShownLinesFunction = """
        const closingMarks = /[。、，．）」』】〕］〉》”’!?！？,.:;：；)\]]/;
        const shownLines = (e) => {
          const range = document.createRange(), lines = [];
          let first = null;
          const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
          for (let t = walker.nextNode(); t; t = walker.nextNode()) {
            if (t.parentElement.closest('rt, rp, .visually-hidden')) continue;
            for (let i = 0; i < t.data.length; i++) {
              range.setStart(t, i); range.setEnd(t, i + 1);
              const box = [...range.getClientRects()].find(r => r.width > 0);
              if (!box) continue;
              if (first === null || box.top > first.top + first.height / 2) { first = box; lines.push(''); }
              lines[lines.length - 1] += t.data[i];
            }
          }
          return lines.map(l => l.trim()).filter(l => l);
        };
        """;

    /// <summary>Each match of <paramref name="pattern"/> (a JavaScript regular expression) in the visible elements <paramref name="selector"/> finds.</summary>
    public static async Task<IReadOnlyList<Match>> FindAsync(IPage page, string selector, string pattern) =>
        [.. (await page.EvaluateAsync<JsonElement>(Script, new[] { selector, pattern })).EnumerateArray().Select(m => new Match(
            m.GetProperty("text").GetString()!, m.GetProperty("lines").GetInt32(), m.GetProperty("element").GetString()!, m.GetProperty("elementText").GetString()!))];
}
