using System.Xml.Linq;
using AngleSharp.Html.Parser;
using SiteGen.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publish;

/// <summary>Builds the repository's site under an absolute base URL once, for the feed, sitemap and metadata tests.</summary>
public sealed class AbsoluteSiteFixture : IDisposable
{
    public const string BaseUrl = "https://council.example.jp/plans/";
    public string Output { get; } = Path.Combine(Path.GetTempPath(), "sitegen-publishing-" + Guid.NewGuid().ToString("N"));

    public AbsoluteSiteFixture()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(["build", "--config", Repository.Config, "--output", Output, "--base-url", BaseUrl], stdout, stderr);
        if (exit != 0) throw new InvalidOperationException(stdout + "\n" + stderr);
    }

    public string Read(string path) => File.ReadAllText(Path.Combine(Output, path));

    public void Dispose()
    {
        if (Directory.Exists(Output)) Directory.Delete(Output, recursive: true);
    }
}

public sealed class PublishingTests(AbsoluteSiteFixture site) : IClassFixture<AbsoluteSiteFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public void Feed_is_Atom_with_one_entry_per_publication_and_revision(string lang)
    {
        var feed = XDocument.Parse(site.Read($"{lang}/feed.xml"));
        Assert.Equal(Atom + "feed", feed.Root!.Name);
        var entries = feed.Root.Elements(Atom + "entry").ToList();
        var plans = Directory.GetDirectories(Path.Combine(Repository.Content, "plans"));
        var revised = plans.Count(p => File.ReadAllText(Path.Combine(p, "index.md")).Contains("\nrevised:", StringComparison.Ordinal));
        Assert.Equal(plans.Length + revised, entries.Count);
        Assert.All(entries, e =>
        {
            Assert.StartsWith("tag:council.example.jp,", e.Element(Atom + "id")!.Value);
            Assert.StartsWith($"{AbsoluteSiteFixture.BaseUrl}{lang}/plans/", e.Element(Atom + "link")!.Attribute("href")!.Value);
            Assert.True(DateTimeOffset.TryParse(e.Element(Atom + "updated")!.Value, out _));
        });
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        // The feed's date is the newest entry's, not the build time: an unchanged site gives an unchanged feed.
        Assert.Equal(entries.Max(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value)), DateTimeOffset.Parse(feed.Root.Element(Atom + "updated")!.Value));
    }

    [Fact]
    public void Sitemap_lists_every_page_with_reciprocal_alternates()
    {
        var sitemap = XDocument.Parse(site.Read("sitemap.xml"));
        var urls = sitemap.Root!.Elements(Sitemap + "url").ToList();
        var locs = urls.Select(u => u.Element(Sitemap + "loc")!.Value).ToHashSet();
        var localisedPages = Directory.GetFiles(site.Output, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Where(p => p.StartsWith("ja/", StringComparison.Ordinal) || p.StartsWith("en/", StringComparison.Ordinal))
            .Select(p => AbsoluteSiteFixture.BaseUrl + p[..^"index.html".Length])
            .ToHashSet();
        Assert.Equal(localisedPages.Order(), locs.Order());
        foreach (var url in urls)
        {
            var loc = url.Element(Sitemap + "loc")!.Value;
            var alternates = url.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
            Assert.Equal(["en", "ja", "x-default"], alternates.Keys.Order());
            Assert.Contains(loc, alternates.Values);
            // Reciprocal: every alternate is itself listed, and lists this page back.
            foreach (var (lang, href) in alternates.Where(a => a.Key != "x-default"))
            {
                var other = urls.Single(u => u.Element(Sitemap + "loc")!.Value == href);
                Assert.Contains(other.Elements(Xhtml + "link"), l => l.Attribute("href")!.Value == loc);
            }
        }
        Assert.Contains($"Sitemap: {AbsoluteSiteFixture.BaseUrl}sitemap.xml", site.Read("robots.txt"));
    }

    [Fact]
    public void Plan_page_carries_open_graph_and_JSON_LD_that_cannot_break_out()
    {
        var document = new HtmlParser().ParseDocument(site.Read("en/plans/kashiwa-4th-midterm/index.html"));
        Assert.Equal("article", document.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal($"{AbsoluteSiteFixture.BaseUrl}en/plans/kashiwa-4th-midterm/", document.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.Equal($"{AbsoluteSiteFixture.BaseUrl}en/plans/kashiwa-4th-midterm/", document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var scripts = document.QuerySelectorAll("script[type='application/ld+json']");
        var json = System.Text.Json.JsonDocument.Parse(Assert.Single(scripts).TextContent).RootElement;
        Assert.Equal("Report", json.GetProperty("@type").GetString());
        Assert.Equal("122173", json.GetProperty("publisher").GetProperty("identifier").GetProperty("value").GetString());
        Assert.Equal("2019-04/2025-03", json.GetProperty("temporalCoverage").GetString());
        Assert.DoesNotContain("<", Assert.Single(scripts).TextContent);
        Assert.Contains($"{AbsoluteSiteFixture.BaseUrl}en/feed.xml".Replace(AbsoluteSiteFixture.BaseUrl, "/plans/"), document.QuerySelector("link[type='application/atom+xml']")!.GetAttribute("href"));
    }
}

public sealed class CheckFormatTests
{
    private static (int Exit, string Out, string Err) Check(string site, string format)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(["check", "--config", Path.Combine(site, "site.config.json"), "--format", format], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string BrokenCopy()
    {
        var site = Path.Combine(Path.GetTempPath(), "sitegen-format-" + Guid.NewGuid().ToString("N"));
        Files.CopyFolder(Repository.Content, Path.Combine(site, "content"));
        File.WriteAllText(Path.Combine(site, "site.config.json"), Repository.ConfigTextWithoutSearch("content"));
        var plan = Path.Combine(site, "content", "plans", "chiba-7th", "index.md");
        var lines = File.ReadAllLines(plan);
        var titleLine = Array.FindIndex(lines, l => l.StartsWith("title:", StringComparison.Ordinal));
        lines[titleLine] = "titel" + lines[titleLine][5..];
        File.WriteAllLines(plan, lines);
        return site;
    }

    [Fact]
    public void GitHub_format_annotates_the_exact_file_and_line()
    {
        var site = BrokenCopy();
        try
        {
            var lines = File.ReadAllLines(Path.Combine(site, "content", "plans", "chiba-7th", "index.md"));
            var line = Array.FindIndex(lines, l => l.StartsWith("titel", StringComparison.Ordinal)) + 1;
            var (exit, stdout, _) = Check(site, "github");
            Assert.Equal(1, exit);
            Assert.Contains($"::error file=content/plans/chiba-7th/index.md,line={line},col=1,title=titel::unknown field `titel` (hint: did you mean `title`?)", stdout);
        }
        finally { Directory.Delete(site, true); }
    }

    [Fact]
    public void JSON_format_is_machine_readable()
    {
        var site = BrokenCopy();
        try
        {
            var (exit, stdout, _) = Check(site, "json");
            Assert.Equal(1, exit);
            var report = System.Text.Json.JsonDocument.Parse(stdout).RootElement;
            var error = report.GetProperty("errors").EnumerateArray().First(e => e.GetProperty("field").GetString() == "titel");
            Assert.Equal("content/plans/chiba-7th/index.md", error.GetProperty("file").GetString());
            Assert.Equal("did you mean `title`?", error.GetProperty("hint").GetString());
            Assert.True(report.GetProperty("translationCoverage").GetArrayLength() >= 3);
        }
        finally { Directory.Delete(site, true); }
    }
}
