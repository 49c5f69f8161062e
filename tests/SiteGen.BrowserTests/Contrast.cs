namespace SiteGen.BrowserTests;

/// <summary>WCAG contrast from computed colours, as script for the page: the background is the first opaque one up the tree.</summary>
public static class Contrast
{
    /// <summary>Defines <c>contrastOf(element, property = 'color')</c> in the page's scope (pass it to page.EvaluateAsync with more script after it).</summary>
    public const string Script = """
        const rgb = c => c.match(/[\d.]+/g).map(Number);
        const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
          .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
        const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
        const backgroundOf = e => {
          for (let n = e; n; n = n.parentElement) {
            const c = rgb(getComputedStyle(n).backgroundColor);
            if (c.length < 4 || c[3] === 1) return c.slice(0, 3);
          }
          return [255, 255, 255];
        };
        const contrastOf = (e, property = 'color') => ratio(rgb(getComputedStyle(e)[property]).slice(0, 3), backgroundOf(e));
        """;
}
