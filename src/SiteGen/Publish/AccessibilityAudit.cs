using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Publish;

/// <summary>What the build's own accessibility checks found, shown on the about pages so it never goes stale.</summary>
public sealed record AuditResult(int PagesChecked, IReadOnlyList<string> Rules, IReadOnlyList<string> Problems);

/// <summary>
/// The checks a renderer can get wrong, run on every rendered page at build time: the page's
/// language, one h1, no skipped heading level, images with text alternatives, tables with a caption
/// and scoped header cells, links with a name. The browser tests prove more (axe-core, keyboard,
/// reflow); these run on every build, with no browser, and their result is published.
/// </summary>
public static class AccessibilityAudit
{
    public static readonly IReadOnlyList<string> Rules =
    [
        "html-lang", "one-h1", "heading-order", "img-alt", "table-caption", "th-scope", "link-name",
    ];

    public static AuditResult Run(IEnumerable<OutputFile> pages)
    {
        var parser = new HtmlParser();
        var checkedPages = pages.Where(p => p.IsHtml).ToList();
        var problems = checkedPages
            .AsParallel().AsOrdered()
            .SelectMany(page => Check(page.Path, parser.ParseDocument(System.Text.Encoding.UTF8.GetString(page.Content))))
            .ToList();
        return new AuditResult(checkedPages.Count, Rules, problems);
    }

    public static IEnumerable<string> Check(string path, IDocument document)
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
