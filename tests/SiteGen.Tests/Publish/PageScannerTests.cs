using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Publish;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publish;

/// <summary>
/// The build reads its pages with a one-pass scanner, not a DOM parser (for speed). These tests hold
/// it to what a real HTML parser (AngleSharp) reads from the same pages: on every page of the seed
/// site and of the feature site (hostile content, untranslated texts), ids, links and audit problems
/// must be the same.
/// </summary>
[Collection(BuiltSitesCollection.Name)]
public sealed class PageScannerTests(SeedSite seed, FeatureSite feature)
{
    [Fact]
    public void On_every_built_page_the_scanner_reads_what_an_HTML_parser_reads()
    {
        var compared = 0;
        foreach (var site in new[] { seed.Site, feature.Site })
        {
            foreach (var page in site.HtmlFiles)
            {
                var html = site.Text(page);
                var facts = PageScanner.Scan(page, html);
                var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);

                Assert.Equal(document.QuerySelectorAll("[id]").Select(e => $"{e.Id}@{e.SourceReference?.Position.Line}"),
                    facts.Ids.Select(i => $"{i.Id}@{i.Line}"));
                Assert.Equal(document.QuerySelectorAll("a[href], link[href]").Select(e => $"{e.GetAttribute("href")}@{e.SourceReference?.Position.Line}|{(e.LocalName == "link" ? e.GetAttribute("rel") : null)}"),
                    facts.Links.Select(l => $"{l.Href}@{l.Line}|{l.Rel}"));
                Assert.Equal(ReferenceAudit(page, document).Order(StringComparer.Ordinal), facts.Problems.Order(StringComparer.Ordinal));
                compared++;
            }
        }
        Assert.True(compared > 50, $"only {compared} pages compared");
    }

    [Fact]
    public void Each_audit_rule_finds_what_it_is_about_as_the_parser_does()
    {
        const string html = """
            <!DOCTYPE html><html><head><title>x</title></head><body>
            <h2>a</h2><h4>skipped</h4><H1>one</H1><h1>two</h1>
            <img src="a.png"><img src="b.png" alt="">
            <table><caption> </caption><tr><th>h</th><td>d</td></tr></table>
            <table><caption>表<span>1</span></caption><tr><th scope=col>h</th></tr></table>
            <a href="/x/"></a><a href="/y/"><span> 名前 </span></a><a href="/z/" aria-label="閉じる"><svg></svg></a>
            <a href="/w/"><img src="i.png" alt="icon"></a>
            <script>var s = "<a href='/not-a-link/'></a><h1>";</script>
            <!-- <a href="/commented/"></a> -->
            </body></html>
            """;
        var document = new HtmlParser().ParseDocument(html);
        var expected = ReferenceAudit("p.html", document).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, PageScanner.Scan("p.html", html).Problems.Order(StringComparer.Ordinal));
        Assert.Contains("p.html: one-h1: 2 h1 elements", expected);
        Assert.Contains("p.html: table-caption: a table has no caption", expected);
        Assert.Contains("p.html: link-name: a link to /w/ has no text", expected); // an image's alt is not the link's text content
        Assert.DoesNotContain(expected, p => p.Contains("/y/") || p.Contains("/z/"));
    }

    [Fact]
    public void Attribute_values_are_decoded_and_lines_counted()
    {
        const string html = "<html lang=\"ja\">\n<h1 id=\"見守り活動\">x</h1>\n\n<a href=\"/embed/?view=compact&amp;theme=dark#%E8%A6%8B\" id='single'>y</a>\n<link rel=\"alternate\" href=\"/en/\">";
        var facts = PageScanner.Scan("p.html", html);
        Assert.Equal(["見守り活動@2", "single@4"], facts.Ids.Select(i => $"{i.Id}@{i.Line}"));
        Assert.Equal(["/embed/?view=compact&theme=dark#%E8%A6%8B@4|", "/en/@5|alternate"], facts.Links.Select(l => $"{l.Href}@{l.Line}|{l.Rel}"));
        Assert.Empty(facts.Problems);
    }

    [Fact]
    public void Tag_and_attribute_names_are_read_in_any_case_as_HTML_does()
    {
        const string html = "<HTML LANG=\"ja\"><H1 ID=\"top\">x</H1><A HREF=\"/ja/\" Aria-Label=\"ホーム\"></A><Link REL=\"canonical\" Href=\"/\"><IMG SRC=\"a.png\"><data-long-custom-element-name id=\"c\"></data-long-custom-element-name></HTML>";
        var facts = PageScanner.Scan("p.html", html);
        Assert.Equal(["top", "c"], facts.Ids.Select(i => i.Id));
        Assert.Equal(["/ja/|", "/|canonical"], facts.Links.Select(l => $"{l.Href}|{l.Rel}"));
        // The image without alt is found, the link with only an aria-label is named, and the language is seen.
        Assert.Equal(["p.html: img-alt: an image has no alt attribute (a.png)"], facts.Problems);
    }

    [Fact]
    public void Names_ruled_out_by_their_first_letter_or_length_are_the_ones_the_parser_ignores()
    {
        // Every known tag and attribute in three cases, beside look-alikes one letter longer or starting elsewhere.
        const string html = """
            <HTML Lang="ja"><body>
            <TABLE ID="t1"><CAPTION>表</CAPTION><tr><TH Scope="col">h</TH><Th id="t2">h</Th></tr></TABLE>
            <table><captions>x</captions><tr><ths>h</ths></tr></table>
            <H1 iD="h">x</H1><h7 id="h7">x</h7><H3>y</H3>
            <IMG Src="a.png" ALT=""><Img srcs="b.png" alts="b"><imgs src="c.png">
            <A HREF="/a/" ARIA-LABEL="名"></A><a hrefs="/b/" id="b">b</a><as href="/c/">c</as><a Href="/d/" aria-labels="x"></a>
            <LINK Href="/" Rel="canonical"><Link hrefs="/x/" rels="y"><links href="/l/">
            <div xid="no" idx="no" data-id="no" Id="yes"></div><span ID="SPAN"></span>
            <SCRIPT>var a = "<a href='/s/'></a>";</SCRIPT><Style>/* <h1 id="s"> */</Style>
            </body></HTML>
            """;
        var facts = PageScanner.Scan("p.html", html);
        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
        Assert.Equal(document.QuerySelectorAll("[id]").Select(e => $"{e.Id}@{e.SourceReference?.Position.Line}"), facts.Ids.Select(i => $"{i.Id}@{i.Line}"));
        Assert.Equal(document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")), facts.Links.Select(l => l.Href));
        Assert.Equal(ReferenceAudit("p.html", document).Order(StringComparer.Ordinal), facts.Problems.Order(StringComparer.Ordinal));
        Assert.Equal(["/a/", "/d/", "/"], facts.Links.Select(l => l.Href));
    }

    [Fact]
    public void A_tag_the_checks_read_is_found_whatever_ends_its_name()
    {
        // The leap looks for "<a" followed by white space, '/' or '>', and for "<h1" to "<h6" and "<html", not for "<a" or "<h" alone.
        const string html = "<!DOCTYPE html>\n<HTML\nlang=\"en\"><body><h1>x</h1>\n<a\nhref=\"/n/\">n</a><a\thref=\"/t/\">t</a><A/href=\"/s/\">s</A>" +
            "<a\fhref=\"/f/\"></a><a\r\nhref=\"/r/\">r</a>\n<h2\nid=\"h2\">y</h2><H4\tid=\"h4\">skipped</H4><abbr id=\"ab\">z</abbr>" +
            "<header><a href=\"/h/\"></a></header><head-er id=\"he\"></head-er>\n<!-- <a href=\"/c/\"></a> --></body></HTML>";
        var facts = PageScanner.Scan("p.html", html);
        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
        Assert.Equal(document.QuerySelectorAll("[id]").Select(e => $"{e.Id}@{e.SourceReference?.Position.Line}"), facts.Ids.Select(i => $"{i.Id}@{i.Line}"));
        Assert.Equal(document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")), facts.Links.Select(l => l.Href));
        Assert.Equal(ReferenceAudit("p.html", document).Order(StringComparer.Ordinal), facts.Problems.Order(StringComparer.Ordinal));
        Assert.Equal(["/n/", "/t/", "/s/", "/f/", "/r/", "/h/"], facts.Links.Select(l => l.Href));
        Assert.Equal(
            ["p.html: heading-order: h2 is followed by h4", "p.html: link-name: a link to /f/ has no text", "p.html: link-name: a link to /h/ has no text"],
            facts.Problems.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Tags_passed_over_unread_hide_no_id_link_or_problem()
    {
        // The scanner reads a div, span or cell in full only when it may hold an id, or a link or caption waits for text.
        const string html = """
            <html lang="ja"><body><h1>x</h1>
            <div class="a"
                id="newline"><span data-x="1" ID="upper"></span><p title="said it" >text</p><li id = "spaced">said </li></div>
            <a href="/a/"><span class="i"></span><span>名前</span></a><a href="/b/"><span></span></a>
            <table><caption><span class="c"></span></caption><tr><th scope="col">h</th></tr></table>
            <table><caption><span>表</span></caption><tr><td><span id="cell">1</span></td></tr></table>
            </body></html>
            """;
        var facts = PageScanner.Scan("p.html", html);
        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
        Assert.Equal(["newline@2", "upper@3", "spaced@3", "cell@6"], facts.Ids.Select(i => $"{i.Id}@{i.Line}"));
        Assert.Equal(document.QuerySelectorAll("[id]").Select(e => $"{e.Id}@{e.SourceReference?.Position.Line}"), facts.Ids.Select(i => $"{i.Id}@{i.Line}"));
        Assert.Equal(ReferenceAudit("p.html", document).Order(StringComparer.Ordinal), facts.Problems.Order(StringComparer.Ordinal));
        Assert.Equal(["p.html: link-name: a link to /b/ has no text", "p.html: table-caption: a table has no caption"], facts.Problems.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void What_the_scanner_leaps_over_holds_nothing_it_reads()
    {
        // Between the tags the checks read, the scanner jumps over everything: each of these must stop it or be passed rightly.
        const string html = """
            <!DOCTYPE html><HTML LANG="en"><body><div><p>said it <b>paid</b></p>
            <!-- <a href="/commented/">x</a> id="c" --><script>var s = '<h1 id="s">';</script>
            <A
            HREF="/a/"><span><i></i></span>name</A
            ><section><div><p>text</p></div><h2 ID="two">t</h2></section><h4>skipped</h4>
            <TABLE><CAPTION><span><i></i></span></CAPTION><thead><tr><TH>h</TH></tr></thead></TABLE>
            <H1>one</H1><img src="x.png"><a href="/b/"></a><Link rel="next" href="/n/">
            </div></body></HTML>
            """;
        var facts = PageScanner.Scan("p.html", html);
        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
        Assert.Equal(document.QuerySelectorAll("[id]").Select(e => $"{e.Id}@{e.SourceReference?.Position.Line}"), facts.Ids.Select(i => $"{i.Id}@{i.Line}"));
        Assert.Equal(document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")), facts.Links.Select(l => l.Href));
        Assert.Equal(ReferenceAudit("p.html", document).Order(StringComparer.Ordinal), facts.Problems.Order(StringComparer.Ordinal));
        Assert.Equal(["two"], facts.Ids.Select(i => i.Id));
        Assert.Equal(["/a/", "/b/", "/n/"], facts.Links.Select(l => l.Href));
        Assert.Equal([
            "p.html: heading-order: h2 is followed by h4", "p.html: img-alt: an image has no alt attribute (x.png)",
            "p.html: link-name: a link to /b/ has no text", "p.html: table-caption: a table has no caption",
            "p.html: th-scope: a header cell has no scope"], facts.Problems.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_end_of_an_open_table_or_link_is_found_among_other_end_tags()
    {
        // The leap looks for </table and </a only while one is open, past end tags that start alike (</abbr>, </aside>, </tbody>).
        const string html = """
            <html lang="ja"><body><h1>x</h1>
            <table><caption>c</caption><tbody><tr><td><abbr>a</abbr></td></tr></tbody></TABLE>
            <table><tr><th>h</th></tr></table>
            <a href="/a/" aria-label="named"><span></span></a><a href="/b/"><abbr></ABBR><aside></aside></A>
            <a href="/c/"><span><b></b></span></a><p>after</p>
            <table><caption>outer</caption><tr><td><table><caption>inner</caption><tr><td>1</td></tr></table></td></tr></table>
            <table><tr><td>no caption</td></tr></table>
            </body></html>
            """;
        var facts = PageScanner.Scan("p.html", html);
        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
        Assert.Equal(ReferenceAudit("p.html", document).Order(StringComparer.Ordinal), facts.Problems.Order(StringComparer.Ordinal));
        Assert.Equal([
            "p.html: link-name: a link to /b/ has no text", "p.html: link-name: a link to /c/ has no text",
            "p.html: table-caption: a table has no caption", "p.html: table-caption: a table has no caption",
            "p.html: th-scope: a header cell has no scope"], facts.Problems.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_page_in_an_array_a_string_or_a_slice_of_either_reads_the_same()
    {
        // The build hands the scanner its page buffer (an array); the audit and these tests a string.
        foreach (var site in new[] { seed.Site, feature.Site })
        {
            foreach (var page in site.HtmlFiles.Take(40))
            {
                var html = site.Text(page);
                var expected = Flat(PageScanner.Scan(page, html));
                var padded = "<h1 id=\"before\">" + html + "<a href=\"/after/\">";
                var array = padded.ToCharArray();
                var inner = (Start: "<h1 id=\"before\">".Length, html.Length);
                Assert.Equal(expected, Flat(PageScanner.Scan(page, html.ToCharArray().AsMemory())));
                Assert.Equal(expected, Flat(PageScanner.Scan(page, array.AsMemory(inner.Start, inner.Length))));
                Assert.Equal(expected, Flat(PageScanner.Scan(page, padded.AsMemory(inner.Start, inner.Length))));
            }
        }

        static string Flat(PageFacts facts) => string.Join("\n", facts.Ids.Select(i => $"{i.Id}@{i.Line}")
            .Concat(facts.Links.Select(l => $"{l.Href}@{l.Line}|{l.Rel}")).Concat(facts.Problems));
    }

    /// <summary>The audit as it was first written, on a parsed document: the reference the scanner is held to.</summary>
    private static IEnumerable<string> ReferenceAudit(string path, IDocument document)
    {
        if (string.IsNullOrWhiteSpace(document.DocumentElement.GetAttribute("lang")))
            yield return $"{path}: html-lang: the page does not declare its language";
        var h1 = document.QuerySelectorAll("h1").Length;
        if (h1 != 1) yield return $"{path}: one-h1: {h1} h1 elements";
        var previous = 0;
        foreach (var heading in document.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
        {
            var level = heading.LocalName[1] - '0';
            if (previous > 0 && level > previous + 1) yield return $"{path}: heading-order: h{previous} is followed by h{level}";
            previous = level;
        }
        foreach (var image in document.QuerySelectorAll("img").Where(i => !i.HasAttribute("alt")))
            yield return $"{path}: img-alt: an image has no alt attribute ({image.GetAttribute("src")})";
        foreach (var table in document.QuerySelectorAll("table"))
        {
            if (string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent))
                yield return $"{path}: table-caption: a table has no caption";
            if (table.QuerySelectorAll("th").Any(th => !th.HasAttribute("scope")))
                yield return $"{path}: th-scope: a header cell has no scope";
        }
        foreach (var link in document.QuerySelectorAll("a[href]"))
        {
            if (string.IsNullOrWhiteSpace(link.TextContent) && string.IsNullOrWhiteSpace(link.GetAttribute("aria-label")))
                yield return $"{path}: link-name: a link to {link.GetAttribute("href")} has no text";
        }
    }
}
