using SiteGen.Markup;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pages;

/// <summary>The real site built for a GitHub Pages project site: https://example.github.io/REPO/.</summary>
public sealed class BasePathSite : IDisposable
{
    public const string BaseUrl = "https://example.github.io/REPO/";
    private readonly TempFolder _temp = new();

    public BasePathSite()
    {
        var output = _temp.Sub("_site");
        Result = TestCli.Run("build", "--config", Repository.Config, "--output", output, "--base-url", BaseUrl);
        Site = new BuiltSite(output);
    }

    public CliResult Result { get; }
    public BuiltSite Site { get; }

    public void Dispose() => _temp.Dispose();
}

public class BasePathTests(BasePathSite built) : IClassFixture<BasePathSite>
{
    private const string Origin = "https://example.github.io";

    [Fact]
    public void The_build_with_a_base_url_succeeds_its_own_link_check()
    {
        Assert.True(built.Result.ExitCode == 0, built.Result.ToString());
        Assert.Empty(built.Result.Errors);
        Assert.True(built.Site.Exists("ja/index.html"));
    }

    [Fact]
    public void Every_internal_href_and_src_starts_with_the_base_path()
    {
        var checkedLinks = 0;
        foreach (var file in built.Site.HtmlFiles)
        {
            foreach (var element in built.Site.Page(file).QuerySelectorAll("[href], [src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (url.StartsWith('#') || url.StartsWith("mailto:", StringComparison.Ordinal) || url.StartsWith("tel:", StringComparison.Ordinal)) continue;
                if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
                {
                    if (absolute.Host == "example.github.io")
                        Assert.True(url.StartsWith(Origin + "/REPO/", StringComparison.Ordinal), $"{file}: {url}");
                    continue;
                }
                checkedLinks++;
                Assert.True(url.StartsWith("/REPO/", StringComparison.Ordinal), $"{file}: <{element.LocalName}> links to `{url}`, outside /REPO/");
            }
        }
        Assert.True(checkedLinks > 100, $"only {checkedLinks} internal links were found");
    }

    [Fact]
    public void Canonical_and_hreflang_links_are_absolute_addresses_under_the_base_url()
    {
        foreach (var file in built.Site.HtmlFiles.Where(f => f.StartsWith("ja/", StringComparison.Ordinal) || f.StartsWith("en/", StringComparison.Ordinal)))
        {
            var page = built.Site.Page(file);
            var path = file[..^"index.html".Length];
            Assert.Equal(BasePathSite.BaseUrl + path, Assert.Single(page.QuerySelectorAll("link[rel=canonical]")).GetAttribute("href"));
            var other = path.StartsWith("ja/", StringComparison.Ordinal) ? "en/" + path[3..] : "ja/" + path[3..];
            var ja = path.StartsWith("ja/", StringComparison.Ordinal) ? path : other;
            var en = path.StartsWith("en/", StringComparison.Ordinal) ? path : other;
            Assert.Equal(BasePathSite.BaseUrl + ja, Assert.Single(page.QuerySelectorAll("link[rel=alternate][hreflang=ja]")).GetAttribute("href"));
            Assert.Equal(BasePathSite.BaseUrl + en, Assert.Single(page.QuerySelectorAll("link[rel=alternate][hreflang=en]")).GetAttribute("href"));
            // The home pages' x-default is the bilingual landing at the root; every other page's is its Japanese version.
            var xDefault = path is "ja/" or "en/" ? BasePathSite.BaseUrl : BasePathSite.BaseUrl + ja;
            Assert.Equal(xDefault, Assert.Single(page.QuerySelectorAll("link[rel=alternate][hreflang=x-default]")).GetAttribute("href"));
        }
    }

    [Fact]
    public void The_404_page_and_the_root_page_link_under_the_base_path()
    {
        foreach (var file in new[] { "404.html", "index.html" })
        {
            var page = built.Site.Page(file);
            var links = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith('#')).ToList();
            Assert.Contains("/REPO/ja/", links);
            Assert.Contains("/REPO/en/", links);
            Assert.Equal("/REPO/assets/site.css", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        }
    }

    [Theory]
    [InlineData("/REPO/", "[計画](/ja/plans/kashiwa-4th/)", "/REPO/ja/plans/kashiwa-4th/")]
    [InlineData("/REPO/", "[画像](/assets/x.png)", "/REPO/assets/x.png")]
    [InlineData("/REPO/", "[外部](https://example.org/)", "https://example.org/")]
    [InlineData("/", "[計画](/ja/plans/kashiwa-4th/)", "/ja/plans/kashiwa-4th/")]
    public void Root_relative_links_in_markdown_get_the_base_path(string basePath, string markdown, string href)
    {
        var html = new MarkdownRenderer(basePath).Render(markdown, "", 0, new HashSet<string>());
        Assert.Contains($"href=\"{href}\"", html);
    }
}
