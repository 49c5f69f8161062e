using System.Text;
using SiteGen.Publish;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publish;

/// <summary>
/// The facts cache (<see cref="PageFactsCache"/>) hands a page what the scanner read of it in the last
/// build only when the page's path and bytes are the same, and never anything else: a changed page, a
/// damaged entry, a file that is not a cache, or one from another program are scanned again. A build
/// that uses it makes exactly the files a build without it makes.
/// </summary>
[Collection(BuiltSitesCollection.Name)]
public sealed class PageFactsCacheTests(SeedSite seed, FeatureSite feature) : IDisposable
{
    private readonly TempFolder _temp = new();
    private string CacheFolder => _temp.Sub("cache");
    private string Output => _temp.Sub("_site");

    /// <summary>A page with every kind of fact: ids, links with and without rel, Japanese text, and two audit problems.</summary>
    private const string ProblemPage = """
        <!DOCTYPE html><html lang="ja"><head><link rel="stylesheet" href="/assets/site.css"></head><body>
        <h1 id="top">計画</h1><h3 id="目標-1">飛んだ見出し</h3>
        <a href="/ja/plans/p/#目標-1">目標へ</a><a href="https://example.org/?a=1&amp;b=2">外へ</a>
        <img src="x.png"></body></html>
        """;

    public void Dispose() => _temp.Dispose();

    private static string Describe(PageFacts facts) =>
        string.Join("\n", [facts.Path,
            .. facts.Ids.Select(i => $"id {i.Id}@{i.Line}"),
            .. facts.Links.Select(l => $"link {l.Href}@{l.Line}|{l.Rel ?? "(none)"}"),
            .. facts.Problems.Select(p => "problem " + p)]);

    private static PageFacts Read(PageFactsCache cache, string path, string html) =>
        cache.Read(path, Encoding.UTF8.GetBytes(html), html.AsMemory());

    [Fact]
    public void Pages_with_the_same_bytes_get_back_what_the_scanner_read_of_them_without_being_scanned()
    {
        var pages = new List<(string Path, string Html)> { ("ja/problem/index.html", ProblemPage) };
        // The two sites have pages at the same paths: each under a folder of its own, as two sites' pages would be.
        foreach (var (name, site) in new[] { ("seed", seed.Site), ("feature", feature.Site) })
            pages.AddRange(site.HtmlFiles.Select(p => ($"{name}/{p}", site.Text(p))));

        using (var first = PageFactsCache.Open(CacheFolder, Output))
        {
            foreach (var (path, html) in pages) Assert.Equal(Describe(PageScanner.Scan(path, html)), Describe(Read(first, path, html)));
            Assert.Equal((0, pages.Count), (first.Reused, first.Scanned));
            first.Save();
        }

        using var second = PageFactsCache.Open(CacheFolder, Output);
        foreach (var (path, html) in pages) Assert.Equal(Describe(PageScanner.Scan(path, html)), Describe(Read(second, path, html)));
        Assert.Equal((pages.Count, 0), (second.Reused, second.Scanned));
        var problems = Read(second, "ja/problem/index.html", ProblemPage).Problems;
        Assert.Contains("ja/problem/index.html: heading-order: h1 is followed by h3", problems);
        Assert.Contains(problems, p => p.Contains("img-alt", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_whose_bytes_changed_is_scanned_again()
    {
        using (var first = PageFactsCache.Open(CacheFolder, Output))
        {
            Read(first, "ja/problem/index.html", ProblemPage);
            first.Save();
        }
        var changed = ProblemPage.Replace("<img src=\"x.png\">", "<img src=\"x.png\" alt=\"\"><a href=\"/ja/new/\">新しい</a>", StringComparison.Ordinal);

        using var second = PageFactsCache.Open(CacheFolder, Output);
        var facts = Read(second, "ja/problem/index.html", changed);

        Assert.Equal(Describe(PageScanner.Scan("ja/problem/index.html", changed)), Describe(facts));
        Assert.Contains(facts.Links, l => l.Href == "/ja/new/");
        Assert.DoesNotContain(facts.Problems, p => p.Contains("img-alt", StringComparison.Ordinal));
        Assert.Equal((0, 1), (second.Reused, second.Scanned));
    }

    [Fact]
    public void The_same_bytes_at_another_path_are_scanned_for_that_path()
    {
        using (var first = PageFactsCache.Open(CacheFolder, Output))
        {
            Read(first, "ja/a/index.html", ProblemPage);
            first.Save();
        }
        using var second = PageFactsCache.Open(CacheFolder, Output);
        var facts = Read(second, "ja/b/index.html", ProblemPage);
        Assert.Equal("ja/b/index.html", facts.Path);
        Assert.All(facts.Problems, p => Assert.StartsWith("ja/b/index.html: ", p));
        Assert.Equal(1, second.Scanned);
    }

    [Fact]
    public void A_damaged_entry_is_scanned_again_and_a_file_that_is_not_a_whole_cache_is_ignored()
    {
        string Fill()
        {
            using var cache = PageFactsCache.Open(CacheFolder, Output);
            Read(cache, "ja/problem/index.html", ProblemPage);
            cache.Save();
            return PageFactsCache.FileFor(CacheFolder, Output);
        }
        var expected = Describe(PageScanner.Scan("ja/problem/index.html", ProblemPage));
        var damages = new Dictionary<string, Func<byte[], byte[]>>
        {
            // The entry starts right after the 24-byte header: a flipped byte there fails its checksum.
            ["a byte of an entry"] = b => { b[30] ^= 0x20; return b; },
            ["a byte of the index"] = b => { b[^40] ^= 0x01; return b; },
            ["the program identity"] = b => { b[10] ^= 0xFF; return b; },
            ["the end cut off"] = b => b[..^10],
            ["not a cache at all"] = _ => Encoding.UTF8.GetBytes("<html>not a cache</html>"),
            ["empty"] = _ => [],
        };
        foreach (var (damage, apply) in damages)
        {
            var file = Fill();
            File.WriteAllBytes(file, apply(File.ReadAllBytes(file)));
            using var cache = PageFactsCache.Open(CacheFolder, Output);
            Assert.True(expected == Describe(Read(cache, "ja/problem/index.html", ProblemPage)), damage);
            Assert.True((0, 1) == (cache.Reused, cache.Scanned), $"{damage}: reused {cache.Reused}, scanned {cache.Scanned}");
        }
    }

    [Fact]
    public void A_cache_that_is_not_saved_leaves_the_last_one_as_it_was_and_no_file_of_its_own()
    {
        using (var first = PageFactsCache.Open(CacheFolder, Output))
        {
            Read(first, "ja/problem/index.html", ProblemPage);
            first.Save();
        }
        var file = PageFactsCache.FileFor(CacheFolder, Output);
        var saved = File.ReadAllBytes(file);

        using (var failed = PageFactsCache.Open(CacheFolder, Output))
            Read(failed, "ja/other/index.html", ProblemPage.Replace("計画", "別の計画", StringComparison.Ordinal));

        Assert.Equal(saved, File.ReadAllBytes(file));
        Assert.Equal([file], Directory.GetFiles(Path.GetDirectoryName(file)!));
    }

    [Fact]
    public void Each_output_folder_has_a_cache_of_its_own_and_only_the_pages_of_the_last_build_are_kept()
    {
        using (var cache = PageFactsCache.Open(CacheFolder, Output))
        {
            Read(cache, "ja/a/index.html", ProblemPage);
            Read(cache, "ja/b/index.html", ProblemPage);
            cache.Save();
        }
        using (var cache = PageFactsCache.Open(CacheFolder, Output))
        {
            Read(cache, "ja/a/index.html", ProblemPage);
            cache.Save();
        }
        using (var other = PageFactsCache.Open(CacheFolder, _temp.Sub("elsewhere")))
        {
            Read(other, "ja/a/index.html", ProblemPage);
            Assert.Equal(0, other.Reused);
        }
        using var last = PageFactsCache.Open(CacheFolder, Output);
        Read(last, "ja/a/index.html", ProblemPage);
        Read(last, "ja/b/index.html", ProblemPage);
        Assert.Equal((1, 1), (last.Reused, last.Scanned));
    }

    [Fact]
    public void Builds_that_reuse_the_facts_make_the_files_a_build_without_them_makes()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", Samples.PlanHeader + "---\n本文です。\n", "The body.\n");
        site.Plan("q", Samples.PlanHeader.Replace("試験計画", "第二の計画", StringComparison.Ordinal).Replace("Test plan", "Second plan", StringComparison.Ordinal)
            + "---\n二つ目の計画です。\n", "The second plan.\n");
        CliResult Build()
        {
            var result = site.Build(Output, "--timings");
            Assert.True(result.ExitCode == 0, result.ToString());
            return result;
        }

        // The command line keeps the facts in the cache folder (SITEGEN_CACHE: the tests' own, TestCache).
        var first = Build();
        Assert.True(File.Exists(PageFactsCache.FileFor(TestCache.Folder, Output)));
        var pages = Directory.GetFiles(Output, "*.html", SearchOption.AllDirectories).Length;
        Assert.Contains($"facts 0/{pages}", first.Stdout);
        var second = Build();
        Assert.Contains($"facts {pages}/{pages}", second.Stdout);
        Assert.Equal(first.Stderr, second.Stderr);

        // A broken link in an edited plan is found (its page is scanned); a failed build keeps the last cache.
        site.Plan("p", Samples.PlanHeader + "---\n本文を書き直しました。[壊れたリンク](/ja/no-such-page/)\n", "The body, rewritten.\n");
        var broken = site.Build(Output, "--timings");
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains(broken.Errors, e => e.Contains("/ja/no-such-page/", StringComparison.Ordinal));
        // Fixed: the edited plan's pages (and those that list it) are scanned, the rest come from the cache.
        site.Plan("p", Samples.PlanHeader + "---\n本文を書き直しました。\n", "The body, rewritten.\n");
        var third = Build();
        var reused = int.Parse(System.Text.RegularExpressions.Regex.Match(third.Stdout, @"facts (\d+)/").Groups[1].Value);
        Assert.InRange(reused, 1, pages - 2);

        var fresh = _temp.Sub("fresh");
        Assert.True(site.Build(fresh).ExitCode == 0);
        Files.AssertIdentical(Files.Snapshot(fresh), Files.Snapshot(Output));
    }
}
