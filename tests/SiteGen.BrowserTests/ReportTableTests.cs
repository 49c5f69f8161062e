using System.Text.Json;

namespace SiteGen.BrowserTests;

/// <summary>
/// The accessibility report's table of success criteria as Chromium lays it out: on a phone each criterion reads as a
/// card, its result on the line of its name and nothing to scroll sideways; on a desktop the whole table fits the page.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ReportTableTests(SiteFixture site)
{
    [Theory]
    [InlineData("ja", 320)]
    [InlineData("en", 390)]
    [InlineData("ja", 1280)]
    [InlineData("en", 1280)]
    public async Task Each_criterion_s_result_stands_beside_its_name_and_the_table_fits_the_screen(string language, int width)
    {
        var page = await site.OpenAsync($"/{language}/about/", width);
        var result = await page.EvaluateAsync<JsonElement>("""
            () => {
              const region = document.querySelector('#report .table-scroll');
              const edge = region.getBoundingClientRect().right;
              const rows = [...region.querySelectorAll('tbody tr')];
              const problems = rows.map(tr => {
                const name = tr.cells[1].getBoundingClientRect(), result = tr.querySelector('.criteria__result').getBoundingClientRect();
                const where = tr.dataset.criterion + ': ';
                if (result.width === 0) return where + 'no result shown';
                if (Math.abs(result.top - name.top) > 2) return where + `result ${result.top} px, name ${name.top} px from the top`;
                if (result.right > edge + 1) return where + `result ends at ${result.right} px, past the table's ${edge} px`;
                return '';
              }).filter(p => p);
              const head = region.querySelector('thead');
              return { rows: rows.length, scroll: region.scrollWidth - region.clientWidth, problems,
                       headDisplay: getComputedStyle(head).display, headHeight: head.getBoundingClientRect().height };
            }
            """);
        Assert.True(result.GetProperty("rows").GetInt32() > 50, result.ToString());
        Assert.True(result.GetProperty("scroll").GetInt32() <= 1, $"the table scrolls sideways by {result.GetProperty("scroll")} px at {width} px");
        Assert.True(result.GetProperty("problems").GetArrayLength() == 0, result.GetProperty("problems").ToString());
        // The column headers are never removed: on a phone they are only out of sight, still read out with each cell.
        Assert.NotEqual("none", result.GetProperty("headDisplay").GetString());
        if (width < 600) Assert.True(result.GetProperty("headHeight").GetDouble() <= 1, $"the column headers take {result.GetProperty("headHeight")} px on a phone");
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public async Task On_a_desktop_the_methods_column_is_the_widest_and_names_break_between_phrases(string language)
    {
        // How a criterion was verified is the longest text: a narrow column for it made every row tall.
        var page = await site.OpenAsync($"/{language}/about/", 1280);
        var widths = await page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('#criteria thead th')].map(th => th.getBoundingClientRect().width)");
        Assert.Equal(6, widths.Length);
        Assert.True(widths[5] >= widths.Max() && widths[5] > 1.5 * widths[1], $"column widths {string.Join(", ", widths.Select(w => Math.Round(w)))} px: the methods column (last) should be the widest by far");
        if (language == "ja")
        {
            // A name is one or more phrases (ホバー又は<wbr>フォーカスで…): unbroken, the longest set the column's width.
            var unphrased = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('#criteria tbody td:nth-child(2)')]
                  .map(td => { const c = td.cloneNode(true); c.querySelectorAll('rt, rp, .criteria__en').forEach(e => e.remove()); return [c.textContent, !!td.querySelector('wbr')]; })
                  .filter(([name, phrased]) => !phrased && name.length > 12).map(([name]) => name)
                """);
            Assert.True(unphrased.Length == 0, "names without phrase breaks: " + string.Join("; ", unphrased));
        }
    }

    [Fact]
    public async Task On_a_phone_the_level_version_and_methods_are_named_as_the_columns_are()
    {
        var page = await site.OpenAsync("/en/about/", 390);
        var labels = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#criteria tbody tr[data-criterion="1.1.1"] td[data-label]')]
              .map(td => getComputedStyle(td, '::before').content)
            """);
        Assert.Equal(3, labels.Length);
        Assert.All(labels, l => Assert.NotEqual("none", l));
        var headers = await page.Locator("#criteria thead th").AllTextContentsAsync();
        Assert.Equal(["Level", "WCAG version", "How it was verified"], headers.Skip(3).Select(h => h.Trim()));
        Assert.All(labels, l => Assert.Contains(":", l, StringComparison.Ordinal));
        Assert.Contains("Level: ", labels[0], StringComparison.Ordinal);
    }
}
