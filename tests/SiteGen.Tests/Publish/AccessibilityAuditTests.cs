using SiteGen.Tests.Support;
using SiteGen.Publish;

namespace SiteGen.Tests.Publish;

public sealed class AccessibilityAuditTests(AbsoluteSiteFixture site) : IClassFixture<AbsoluteSiteFixture>
{
    [Fact]
    public void Each_rule_finds_what_it_is_about()
    {
        const string document = """
            <!DOCTYPE html><html><head><title>x</title></head><body>
            <h2>a</h2><h4>skipped</h4>
            <img src="a.png">
            <table><tr><th>h</th></tr></table>
            <a href="/x/"></a>
            </body></html>
            """;
        var problems = AccessibilityAudit.Check("p.html", document).ToList();
        Assert.Contains(problems, p => p.StartsWith("p.html: html-lang:", StringComparison.Ordinal));
        Assert.Contains("p.html: one-h1: 0 h1 elements", problems);
        Assert.Contains("p.html: heading-order: h2 is followed by h4", problems);
        Assert.Contains(problems, p => p.StartsWith("p.html: img-alt:", StringComparison.Ordinal));
        Assert.Contains("p.html: table-caption: a table has no caption", problems);
        Assert.Contains("p.html: th-scope: a header cell has no scope", problems);
        Assert.Contains("p.html: link-name: a link to /x/ has no text", problems);
    }

    [Fact]
    public void A_good_page_passes()
    {
        const string document = """
            <!DOCTYPE html><html lang="ja"><head><title>x</title></head><body>
            <h1>a</h1><h2>b</h2><h3>c</h3><h2>d</h2>
            <img src="a.png" alt="">
            <table><caption>表</caption><tr><th scope="col">h</th></tr></table>
            <a href="/x/">x</a>
            </body></html>
            """;
        Assert.Empty(AccessibilityAudit.Check("p.html", document));
    }

    [Theory]
    [InlineData("ja", "このページ以外の全 {0} ページ", "見つかった問題：0 件")]
    [InlineData("en", "all {0} other pages", "Problems found: 0.")]
    public void The_about_page_publishes_the_audit_of_every_other_page(string lang, string countText, string problemsText)
    {
        var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories).Length;
        var aboutPages = 2;
        var html = site.Read($"{lang}/about/index.html");
        // As a reader sees it: Japanese pages carry furigana, hidden at first.
        var text = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).Body!.SquashedText();
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, countText, pages - aboutPages), text);
        Assert.Contains(problemsText, text);
        foreach (var rule in AccessibilityAudit.Rules) Assert.Contains($"<code>{rule}</code>", html);
    }
}
