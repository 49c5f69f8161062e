using System.Xml.Linq;
using AngleSharp.Html.Parser;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Feeds;

/// <summary>
/// A year's evaluation of a plan's actions is news for residents: with `evaluated: {year: date}` it gets one
/// Atom entry per language, dated as the content says, with an id that stays the same from build to build.
/// A year without a stated date gets no entry: the feed never invents a date.
/// </summary>
public sealed class EvaluationFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    // Published 2022-03. FY2022: one ◎ and two 〇, dated 2023-06. FY2023: marked, but no date given.
    private static readonly string Plan = BadInputs.PlanWith(
        Samples.Scale.TrimEnd('\n'),
        "evaluated: {2022: 2023-06}",
        "actions:",
        "  - {id: a, number: \"1\", title: {ja: 見守り活動, en: Watching over}, evaluations: {2022: ◎, 2023: 〇}}",
        "  - {id: b, number: \"2\", title: {ja: 居場所づくり, en: Places to meet}, evaluations: {2022: 〇, 2023: 〇}}",
        "  - {id: c, number: \"3\", title: {ja: 相談支援, en: Advice}, evaluations: {2022: 〇}}");

    private static XElement Feed(string output, string lang) => XDocument.Parse(File.ReadAllText(Path.Combine(output, lang, "feed.xml"))).Root!;

    private static string Id(XElement entry) => entry.Element(Atom + "id")!.Value;

    [Fact]
    public void A_dated_evaluation_has_one_entry_per_language_with_its_own_id_date_title_and_link()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", Plan, "The body.\n");
        using var temp = new TempFolder();
        var output = temp.Sub("out");

        var build = site.Build(output);
        Assert.True(build.ExitCode == 0, build.ToString());

        var expected = new Dictionary<string, (string Title, string Summary)>
        {
            ["ja"] = ("令和4年度（2022年度）の評価：試験計画", "令和4年度（2022年度）の取り組みの評価：◎ 計画以上 1件、〇 計画どおり 2件。"),
            ["en"] = ("Evaluation for FY2022: Test plan", "How the actions were rated for FY2022: ◎ beyond plan: 1 action, 〇 as planned: 2 actions."),
        };
        foreach (var (lang, (title, summary)) in expected)
        {
            var feed = Feed(output, lang);
            var entries = feed.Elements(Atom + "entry").ToList();
            var entry = Assert.Single(entries, e => Id(e).Contains("/evaluation/", StringComparison.Ordinal));
            Assert.Equal($"tag:sitegen.invalid,2026:/plans/p/evaluation/2022/{lang}", Id(entry));
            Assert.Equal("2023-06-01T00:00:00+09:00", entry.Element(Atom + "updated")!.Value);
            Assert.Equal("2023-06-01T00:00:00+09:00", entry.Element(Atom + "published")!.Value);
            Assert.Equal(title, entry.Element(Atom + "title")!.Value);
            Assert.Equal(summary, entry.Element(Atom + "summary")!.Value);
            Assert.Equal($"/{lang}/plans/p/#evaluations", entry.Element(Atom + "link")!.Attribute("href")!.Value);

            // Newest first: the evaluation (2023-06) before the plan's publication (2022-03), and the feed is as new as it.
            Assert.Equal(Id(entry), Id(entries[0]));
            Assert.Contains(entries, e => Id(e) == $"tag:sitegen.invalid,2026:/plans/p/published/2022-03/{lang}");
            Assert.Equal(2, entries.Count);
            Assert.Equal("2023-06-01T00:00:00+09:00", feed.Element(Atom + "updated")!.Value);

            // The link's fragment lands on the plan page's evaluation section.
            var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, lang, "plans", "p", "index.html")));
            Assert.NotNull(page.GetElementById("evaluations"));
        }
    }

    [Fact]
    public void Ids_and_the_whole_feed_are_the_same_in_two_builds()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", Plan, "The body.\n");
        using var temp = new TempFolder();

        foreach (var output in new[] { temp.Sub("one"), temp.Sub("two") })
            Assert.True(site.Build(output).ExitCode == 0);

        foreach (var lang in new[] { "ja", "en" })
        {
            var one = File.ReadAllText(Path.Combine(temp.Sub("one"), lang, "feed.xml"));
            var two = File.ReadAllText(Path.Combine(temp.Sub("two"), lang, "feed.xml"));
            Assert.Equal(one, two);
            Assert.Contains($"/plans/p/evaluation/2022/{lang}</id>", one);
        }
    }

    [Fact]
    public void Correcting_the_date_keeps_the_entry_id_so_readers_do_not_see_it_twice()
    {
        using var site = TestSite.Minimal();
        using var temp = new TempFolder();
        site.Plan("p", Plan, "The body.\n");
        Assert.True(site.Build(temp.Sub("before")).ExitCode == 0);
        site.Plan("p", Plan.Replace("evaluated: {2022: 2023-06}", "evaluated: {2022: 2023-07-10}"), "The body.\n");
        Assert.True(site.Build(temp.Sub("after")).ExitCode == 0);

        var before = Feed(temp.Sub("before"), "ja").Elements(Atom + "entry").Single(e => Id(e).Contains("/evaluation/", StringComparison.Ordinal));
        var after = Feed(temp.Sub("after"), "ja").Elements(Atom + "entry").Single(e => Id(e).Contains("/evaluation/", StringComparison.Ordinal));
        Assert.Equal(Id(before), Id(after));
        Assert.Equal("2023-07-10T00:00:00+09:00", after.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void Marks_without_a_date_give_no_entry()
    {
        using var site = TestSite.Minimal();
        site.Plan("p", Plan.Replace("evaluated: {2022: 2023-06}\n", ""), "The body.\n");
        using var temp = new TempFolder();
        var output = temp.Sub("out");

        var build = site.Build(output);
        Assert.True(build.ExitCode == 0, build.ToString());

        foreach (var lang in new[] { "ja", "en" })
        {
            var entries = Feed(output, lang).Elements(Atom + "entry").ToList();
            Assert.Equal([$"tag:sitegen.invalid,2026:/plans/p/published/2022-03/{lang}"], entries.Select(Id));
        }
    }

    [Fact]
    public void The_feed_holds_the_newest_hundred_updates_newest_first()
    {
        using var site = TestSite.Minimal();
        // 120 plans published in 120 different months: 120 updates, of which the feed keeps the newest 100.
        for (var n = 0; n < 120; n++)
        {
            var month = $"{2010 + n / 12}-{n % 12 + 1:D2}";
            site.Plan($"p{n:D3}", Samples.PlanHeader.Replace("published: 2022-03", $"published: {month}").Replace("period: {start: 2022, end: 2026}", "period: {start: 2010, end: 2026}") + "---\n本文です。\n", "The body.\n");
        }
        using var temp = new TempFolder();
        var output = temp.Sub("out");
        var build = site.Build(output);
        Assert.True(build.ExitCode == 0, build.ToString());

        foreach (var lang in new[] { "ja", "en" })
        {
            var updated = Feed(output, lang).Elements(Atom + "entry").Select(e => e.Element(Atom + "updated")!.Value).ToList();
            Assert.Equal(100, updated.Count);
            Assert.Equal(updated.OrderDescending(StringComparer.Ordinal), updated);
            Assert.StartsWith("2019-12-01", updated[0], StringComparison.Ordinal); // the 120th month from January 2010
            Assert.StartsWith("2011-09-01", updated[^1], StringComparison.Ordinal); // the 21st: the 20 oldest are left out
        }
    }
}
