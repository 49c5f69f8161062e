namespace SiteGen.Publish;

/// <summary>What the build's own accessibility checks found, shown on the about pages so it never goes stale.</summary>
public sealed record AuditResult(int PagesChecked, IReadOnlyList<string> Rules, IReadOnlyList<string> Problems);

/// <summary>
/// The checks a renderer can get wrong, run on every rendered page at build time: the page's
/// language, one h1, no skipped heading level, images with text alternatives, tables with a caption
/// and scoped header cells, links with a name. <see cref="PageScanner"/> finds the problems while
/// it reads each page; this gathers them. The browser tests prove more (axe-core, keyboard,
/// reflow); these run on every build, with no browser, and their result is published.
/// </summary>
public static class AccessibilityAudit
{
    public static readonly IReadOnlyList<string> Rules =
    [
        "html-lang", "one-h1", "heading-order", "img-alt", "table-caption", "th-scope", "link-name",
    ];

    /// <summary>The audit of the given pages, problems in page order so the published list is stable.</summary>
    public static AuditResult Of(IReadOnlyCollection<(string Path, IReadOnlyList<string> Problems)> pages) =>
        // Only the pages with problems (almost always none) are put in order: `serve` audits every page after every save.
        new(pages.Count, Rules, pages.Where(p => p.Problems.Count > 0).OrderBy(p => p.Path, StringComparer.Ordinal).SelectMany(p => p.Problems).ToList());

    /// <summary>The problems of one page of HTML.</summary>
    public static IReadOnlyList<string> Check(string path, string html) => PageScanner.Scan(path, html).Problems;
}
