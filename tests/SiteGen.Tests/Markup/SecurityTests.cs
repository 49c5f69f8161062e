using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Markup;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markup;

/// <summary>
/// Content is untrusted as HTML: raw HTML in Markdown is escaped, script links are neutralised, and text
/// from front matter is escaped wherever it is printed.
/// </summary>
[Collection(BuiltSitesCollection.Name)]
public class SecurityTests(SeedSite seed, FeatureSite feature)
{
    private static readonly string[] ScriptSchemes = ["javascript:", "vbscript:", "data:"];

    /// <summary>A script element that a browser runs: no type, a JavaScript type or a module. JSON-LD data blocks are not run.</summary>
    private static bool IsExecutable(IElement script)
    {
        var type = (script.GetAttribute("type") ?? "").Trim().ToLowerInvariant();
        return type is "" or "module" || type.Contains("javascript") || type.Contains("ecmascript");
    }

    /// <summary>The theme's own script files (assets/*.js, loaded with defer) are allowed; nothing inline, nothing from elsewhere.</summary>
    private static bool IsThemeScript(IElement script) =>
        string.IsNullOrWhiteSpace(script.TextContent) && script.HasAttribute("defer") &&
        System.Text.RegularExpressions.Regex.IsMatch(script.GetAttribute("src") ?? "", @"^/([a-z0-9-]+/)*assets/[a-z0-9-]+\.js$");

    private static bool IsScriptUrl(string? url)
    {
        if (url is null) return false;
        var cleaned = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        return ScriptSchemes.Any(cleaned.StartsWith);
    }

    [Fact]
    public void No_page_has_a_script_element_an_event_handler_attribute_or_a_script_url()
    {
        Assert.True(feature.Result.ExitCode == 0, feature.Result.ToString());
        foreach (var built in new[] { feature.Site, seed.Site })
        {
            Assert.NotEmpty(built.HtmlFiles);
            foreach (var file in built.HtmlFiles)
            {
                var page = built.Page(file);
                Assert.True(!page.QuerySelectorAll("script").Any(s => IsExecutable(s) && !IsThemeScript(s)), $"{file} has an executable <script> element that is not one of the theme's own files");
                Assert.Empty(page.QuerySelectorAll("iframe, object, embed"));
                foreach (var element in page.All)
                {
                    var handlers = element.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => a.Name).ToList();
                    Assert.True(handlers.Count == 0, $"{file}: <{element.LocalName}> has {string.Join(", ", handlers)}");
                    foreach (var attribute in new[] { "href", "src", "action", "formaction", "xlink:href" })
                        Assert.False(IsScriptUrl(element.GetAttribute(attribute)), $"{file}: <{element.LocalName} {attribute}=\"{element.GetAttribute(attribute)}\">");
                }
            }
        }
    }

    [Fact]
    public void Json_ld_blocks_are_valid_json_that_content_cannot_break_out_of()
    {
        foreach (var built in new[] { feature.Site, seed.Site })
        {
            foreach (var file in built.HtmlFiles)
            {
                foreach (var script in built.Page(file).QuerySelectorAll("script").Where(s => !IsExecutable(s)))
                {
                    var json = script.TextContent;
                    Assert.DoesNotContain("<", json);
                    using var _ = System.Text.Json.JsonDocument.Parse(json);
                }
            }
        }
    }

    [Theory]
    [InlineData("<script>alert('narrative')</script>")]
    [InlineData("<img src=\"x\" onerror=\"alert('img')\">")]
    [InlineData("<iframe src=\"https://evil.example/\"></iframe>")]
    [InlineData("<div onclick=\"alert('div')\">クリック</div>")]
    public void Raw_html_in_the_narrative_is_shown_as_text(string html)
    {
        var main = feature.Site.Page("ja/plans/alpha/index.html").QuerySelector("main")!;
        Assert.Contains(main.QuerySelectorAll("p"), p => p.TextContent.Contains(html, StringComparison.Ordinal));
    }

    [Fact]
    public void Script_links_in_the_narrative_are_neutralised_and_safe_links_kept()
    {
        var main = feature.Site.Page("ja/plans/alpha/index.html").QuerySelector("main")!;
        foreach (var text in new[] { "危険なリンク", "大文字のリンク" })
        {
            var link = Assert.Single(main.QuerySelectorAll("a"), a => a.SquashedText() == text);
            Assert.False(IsScriptUrl(link.GetAttribute("href")), $"`{text}` links to {link.GetAttribute("href")}");
        }
        var image = Assert.Single(main.QuerySelectorAll("img"), i => i.GetAttribute("alt") == "画像");
        Assert.False(IsScriptUrl(image.GetAttribute("src")));
        var beta = Assert.Single(main.QuerySelectorAll("a"), a => a.SquashedText() == "ベータ計画へ");
        Assert.Equal("/ja/plans/beta/", beta.GetAttribute("href"));
    }

    [Theory]
    [InlineData("ja", FeatureContent.AlphaTitleJa)]
    [InlineData("en", FeatureContent.AlphaTitleEn)]
    public void Front_matter_text_with_markup_is_escaped_wherever_it_is_printed(string language, string title)
    {
        var page = feature.Site.Page($"{language}/plans/alpha/index.html");
        Assert.Equal(title, page.QuerySelector("h1")!.SquashedText());
        Assert.Contains(title, page.Title);
        Assert.Contains(feature.Site.Page($"{language}/index.html").QuerySelectorAll("a"), a => a.SquashedText().Contains(title));
        var gamma = feature.Site.Page($"{language}/plans/gamma/index.html");
        var description = gamma.QuerySelector("meta[name=description]")!.GetAttribute("content");
        Assert.Contains("\"><script>alert(1)</script>", description);
    }

    // The Markdown renderer on its own: every way of writing a script address.

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x]( javascript:alert(1) )")]
    [InlineData("[x](java&#09;script:alert(1))")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("[x][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<JAVASCRIPT:alert(1)>")]
    [InlineData("<vbscript:msgbox(1)>")]
    public void The_markdown_renderer_neutralises_script_addresses(string markdown)
    {
        var html = new MarkdownRenderer("/").Render(markdown, "", 0, new HashSet<string>());

        var fragment = new HtmlParser().ParseDocument("<body>" + html).Body!;
        Assert.Empty(fragment.QuerySelectorAll("script"));
        foreach (var element in fragment.QuerySelectorAll("[href], [src]"))
        {
            Assert.False(IsScriptUrl(element.GetAttribute("href")), $"{markdown} → {html}");
            Assert.False(IsScriptUrl(element.GetAttribute("src")), $"{markdown} → {html}");
        }
    }

    [Theory]
    [InlineData("[x](https://example.org/a?b=c)", "https://example.org/a?b=c")]
    [InlineData("[x](mailto:info@example.jp)", "mailto:info@example.jp")]
    [InlineData("[x](tel:0471639000)", "tel:0471639000")]
    [InlineData("[x](#about-計画)", "#about-計画")]
    [InlineData("[x](../kashiwa-4th/)", "../kashiwa-4th/")]
    [InlineData("<https://example.org/>", "https://example.org/")]
    public void The_markdown_renderer_keeps_safe_addresses(string markdown, string href)
    {
        var html = new MarkdownRenderer("/").Render(markdown, "", 0, new HashSet<string>());
        var link = new HtmlParser().ParseDocument("<body>" + html).QuerySelector("a")!;
        Assert.Equal(href, Uri.UnescapeDataString(link.GetAttribute("href")!));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("*<b onmouseover=alert(1)>x</b>*")]
    public void The_markdown_renderer_escapes_raw_html(string markdown)
    {
        var html = new MarkdownRenderer("/").Render(markdown, "", 0, new HashSet<string>());
        var body = new HtmlParser().ParseDocument("<body>" + html).Body!;
        Assert.Empty(body.QuerySelectorAll("script, img, svg, b, a"));
        Assert.Contains(markdown.Trim('*'), body.TextContent);
    }
}
