using SiteGen.Diagnostics;
using SiteGen.Publish;

namespace SiteGen.Tests.Publish;

/// <summary>
/// A broken link is reported where it is written: a link the content's Markdown wrote at its line in the content
/// file (naming the page), one the template wrote at its line on the page (naming the content file the page came from).
/// </summary>
public sealed class ContentLinkTests
{
    private const string Page = "ja/plans/p/index.html";
    private const string Source = "content/plans/p/index.md";
    private static readonly HashSet<string> Existing = [Page, "ja/plans/q/index.html"];

    private static PageFacts Facts(string path, IEnumerable<string> ids, params (string Href, int Line)[] links) =>
        new(path, ids.Select((id, i) => new PageId(id, i + 1)).ToList(), links.Select(l => new PageLink(l.Href, l.Line, null)).ToList(), []);

    private static IReadOnlyList<string> Errors(DiagnosticBag bag) => bag.Errors.Select(d => d.ToString()).ToList();

    [Fact]
    public void A_link_the_content_wrote_is_reported_in_the_content_file_and_one_the_template_wrote_on_the_page()
    {
        var bag = new DiagnosticBag();
        var checker = new LinkChecker(Existing, "/", bag);

        checker.Check(Facts(Page, ["main"], ("/ja/plans/nope/", 40), ("/ja/plans/gone/", 12)), Source,
            [new ContentLink("/ja/plans/nope/", new SourceLocation(Source, 9, 3))]);
        checker.CheckLinksToFiles(Existing);
        checker.Finish();

        Assert.Equal(
        [
            "content/plans/p/index.md:9:3: link: the link `/ja/plans/nope/` on ja/plans/p/index.html points to ja/plans/nope/index.html, a page that does not exist " +
                "(hint: check the slug or area id in the link; internal links start with /ja/ or /en/)",
            "ja/plans/p/index.html:12:1: link: the link `/ja/plans/gone/` points to a page that does not exist (from content/plans/p/index.md) " +
                "(hint: check the slug or area id in the link; internal links start with /ja/ or /en/)",
        ], Errors(bag));
    }

    [Fact]
    public void Fragments_are_matched_as_written_though_the_page_percent_encodes_them_and_each_place_that_wrote_one_is_reported()
    {
        var bag = new DiagnosticBag();
        var checker = new LinkChecker(Existing, "/", bag);
        var encoded = "#" + Uri.EscapeDataString("見出し");

        // On this page, and into another page's fragments (checked once every page has been read).
        checker.Check(Facts(Page, ["main"], (encoded, 30), ("/ja/plans/q/#" + Uri.EscapeDataString("目標"), 31)), Source,
        [
            new ContentLink("#見出し", new SourceLocation(Source, 8, 1)),
            new ContentLink("#見出し", new SourceLocation(Source, 15, 7)),
            new ContentLink("/ja/plans/q/#目標", new SourceLocation(Source, 20, 2)),
        ]);
        checker.Check(Facts("ja/plans/q/index.html", ["main"]), "content/plans/q/index.md");
        checker.Finish();

        Assert.Equal(
        [
            "content/plans/p/index.md:8:1: link: the link `#見出し` on ja/plans/p/index.html points to #見出し, which is not on ja/plans/p/index.html (hint: link to a heading or item that exists)",
            "content/plans/p/index.md:15:7: link: the link `#見出し` on ja/plans/p/index.html points to #見出し, which is not on ja/plans/p/index.html (hint: link to a heading or item that exists)",
            "content/plans/p/index.md:20:2: link: the link `/ja/plans/q/#目標` on ja/plans/p/index.html points to #目標, which is not on ja/plans/q/index.html (hint: link to a heading or item that exists)",
        ], Errors(bag));
    }

    [Fact]
    public void A_link_to_a_file_that_is_not_a_page_waits_until_every_file_is_made()
    {
        var bag = new DiagnosticBag();
        var checker = new LinkChecker(Existing, "/", bag);

        // The open data files are made while the pages render: unknown when the page is checked, known at the end.
        checker.Check(Facts(Page, ["main"], ("/data/plans/p/plan.json", 5), ("/data/plans/p/actions.csv#row-2", 6), ("/data/plans/p/missing.csv", 7)), Source);
        Assert.Empty(bag.Errors);
        checker.CheckLinksToFiles(new HashSet<string>(Existing) { "data/plans/p/plan.json", "data/plans/p/actions.csv" });
        checker.Finish();

        Assert.Equal(
        [
            "ja/plans/p/index.html:7:1: link: the link `/data/plans/p/missing.csv` points to a page that does not exist (from content/plans/p/index.md) " +
                "(hint: check the slug or area id in the link; internal links start with /ja/ or /en/)",
        ], Errors(bag));
    }
}
