namespace SiteGen.BrowserTests;

/// <summary>
/// A list of facts (発行 / Publisher, 計画期間 / Plan period…) reads as two columns: in each list every value starts at the
/// same line, however long its own label is ("Source document" beside "Published"), on a phone and on a desktop.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class FactsLayoutTests(SiteFixture site)
{
    /// <summary>For each shown list of facts with two or more rows side by side: the left edges of its values, rounded.</summary>
    private const string ValueEdges = """
        () => [...document.querySelectorAll('main dl.facts')].filter(dl => dl.getClientRects().length).map(dl => {
          const rows = [...dl.children].map(row => [row.querySelector('dt'), row.querySelector('dd')]).filter(([dt, dd]) => dt && dd);
          // A row whose value sits under its label (a narrow report list) has no column to line up.
          const beside = rows.filter(([dt, dd]) => dd.getBoundingClientRect().top < dt.getBoundingClientRect().bottom);
          return { list: rows.map(([dt]) => dt.textContent.trim()).join(' / '), edges: beside.map(([, dd]) => Math.round(dd.getBoundingClientRect().left)) };
        }).filter(l => l.edges.length > 1)
        """;

    private sealed class FactList
    {
        public string List { get; set; } = "";
        public int[] Edges { get; set; } = [];
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Every_value_of_a_list_of_facts_starts_at_the_same_line(int width)
    {
        var pages = site.Pages.Where(p => (p.StartsWith("/ja/", StringComparison.Ordinal) || p.StartsWith("/en/", StringComparison.Ordinal))
            && !p.Contains("/search/", StringComparison.Ordinal)).ToList();
        var problems = new List<string>();
        var lists = 0;
        foreach (var path in pages)
        {
            var page = await site.OpenAsync(path, width, 900);
            foreach (var list in await page.EvaluateAsync<FactList[]>(ValueEdges))
            {
                lists++;
                if (list.Edges.Distinct().Count() > 1)
                    problems.Add($"{path} at {width} px: values start at {string.Join(", ", list.Edges)} px ({list.List})");
            }
            await page.Context.CloseAsync();
        }
        Assert.True(lists > 10, $"only {lists} lists of facts found");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
