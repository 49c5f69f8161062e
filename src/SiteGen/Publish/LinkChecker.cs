using System.Collections.Concurrent;
using SiteGen.Diagnostics;

namespace SiteGen.Publish;

/// <summary>A link a content file wrote into a page (its Markdown), and where it is written in that file.</summary>
public readonly record struct ContentLink(string Href, SourceLocation At)
{
    /// <summary>
    /// Every place in <paramref name="links"/> that wrote <paramref name="href"/> as the page has it; none when the template
    /// wrote it. Asked only for a broken link, so a plain search: a page's content writes a few links.
    /// </summary>
    public static IEnumerable<SourceLocation> Where(IReadOnlyList<ContentLink>? links, string href)
    {
        if (links is null) yield break;
        var decoded = Decoded(href);
        foreach (var link in links)
            if (string.Equals(Decoded(link.Href), decoded, StringComparison.Ordinal)) yield return link.At;
    }

    /// <summary>The address as the text wrote it: Markdig percent-encodes it in the page (#見出し becomes #%E8%A6%8B…).</summary>
    public static string Decoded(string href) => href.Contains('%') ? Uri.UnescapeDataString(href) : href;
}

/// <summary>
/// Checks, from what <see cref="PageScanner"/> read of each rendered page, what a renderer can get wrong:
/// every id on a page is unique, and every internal link and #fragment points at something that exists.
/// A broken link fails the build: one the content wrote is reported at its line in the content file (with
/// the page), one the template wrote at its line on the page (with the content file the page came from).
/// <para>
/// Pages are known before any is made, the other files (open data, feeds, assets) only once made: those are made
/// while the pages render, so a link to an address that is not a page waits for <see cref="CheckLinksToFiles"/>.
/// </para>
/// </summary>
/// <param name="knownPaths">Every page of the site (and, for an incremental build, every file of the last one).</param>
public sealed class LinkChecker(IReadOnlySet<string> knownPaths, string basePath, DiagnosticBag diagnostics)
{
    private readonly ConcurrentDictionary<string, CheckedPage> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<LinkToFile> _toFiles = new();

    /// <summary>A link to an address that is not a page, from <paramref name="Page"/>: checked once every file is made.</summary>
    private readonly record struct LinkToFile(string Page, string? SourcePath, IReadOnlyList<ContentLink>? ContentLinks, PageLink Link, string Target);
    // Every page's ids are kept until the end; the same ids ("action-1-1", "goals"…) recur on thousands of pages.
    private readonly ConcurrentDictionary<string, string> _idPool = new(StringComparer.Ordinal);
    // Links from the site's root (/ja/…) resolve the same from every page, and the
    // same few thousand recur on every page (navigation, areas, plans): resolved once each, they cost
    // a lookup instead of a resolution. Only the part before a #fragment is kept: links into fragments
    // are mostly made once each (an area page's links to every action it lists), and keeping them would
    // make the cache the biggest thing the collector carries (docs/performance.md#what-a-build-keeps-alive-and-allocation).
    private readonly ConcurrentDictionary<string, (string Path, string Fragment)?> _fromAnyPage = new(StringComparer.Ordinal);

    /// <summary>Where a link from the site's root leads: its page from the cache, its fragment from the link itself.</summary>
    private (string Path, string Fragment)? FromRoot(string href)
    {
        // Resolve reads the part before '#' and the fragment apart, so the page resolves as its part alone does.
        var hash = href.IndexOf('#');
        var pagePart = hash < 0 ? href.AsSpan() : href.AsSpan(0, hash);
        if (!_fromAnyPage.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(pagePart, out var page))
            page = _fromAnyPage.GetOrAdd(pagePart.ToString(), static (part, root) => Resolve("", part, root), basePath);
        return hash >= 0 && page is { } found ? (found.Path, FragmentAt(href, hash)) : page;
    }

    /// <summary>The fragment of a link whose '#' is at <paramref name="hash"/>, decoded: the one rule for every link.</summary>
    private static string FragmentAt(string href, int hash) => Uri.UnescapeDataString(href[(hash + 1)..]);

    /// <summary>
    /// What checking a page leaves behind: its ids, and its links into other pages' #fragments,
    /// which can only be checked once every page has been read.
    /// </summary>
    /// <param name="ContentLinks">The links the page's content wrote, kept only while links into other pages' fragments wait to be checked.</param>
    public sealed record CheckedPage(string Path, string? SourcePath, PageIds Ids, IReadOnlyList<FragmentLink> Fragments, IReadOnlyList<ContentLink>? ContentLinks = null);

    /// <summary>
    /// A link into another page's #fragment: the link and the page it leads to. The fragment is read
    /// from the link again when it is checked rather than kept: a big site has a hundred thousand such
    /// links, all kept until the end of the build.
    /// </summary>
    public readonly record struct FragmentLink(PageLink Link, string Target)
    {
        /// <summary>The fragment, decoded, as <see cref="Resolve"/> reads it: what follows the first '#'.</summary>
        public string Fragment => FragmentAt(Link.Href, Link.Href.IndexOf('#'));
    }

    /// <summary>A page's ids, sorted: every page's are kept until the end of a build, so they are kept small.</summary>
    public sealed class PageIds
    {
        private readonly string[] _ids;

        public PageIds(IEnumerable<string> ids)
        {
            // Sorted, then repeats dropped in place: every page of every build comes through here.
            var sorted = ids.ToArray();
            Array.Sort(sorted, StringComparer.Ordinal);
            var count = 0;
            foreach (var id in sorted)
                if (count == 0 || !string.Equals(sorted[count - 1], id, StringComparison.Ordinal)) sorted[count++] = id;
            _ids = count == sorted.Length ? sorted : sorted[..count];
        }

        public int Count => _ids.Length;
        public bool Contains(string id) => Array.BinarySearch(_ids, id, StringComparer.Ordinal) >= 0;
    }

    /// <summary>Checks one page as soon as it is rendered; safe to call from many threads at once.</summary>
    /// <param name="contentLinks">The links the page's content wrote, and where (<see cref="Pages.PageModel.ContentLinks"/>).</param>
    public CheckedPage Check(PageFacts page, string? sourcePath, IReadOnlyList<ContentLink>? contentLinks = null)
    {
        var where = sourcePath is null ? "" : $" (from {sourcePath})";
        var ids = new PageIds(page.Ids.Select(i => _idPool.GetOrAdd(i.Id, i.Id)));
        if (ids.Count != page.Ids.Count)
        {
            foreach (var duplicate in page.Ids.GroupBy(i => i.Id).Where(g => g.Count() > 1))
                diagnostics.Error(new SourceLocation(page.Path, duplicate.Skip(1).First().Line, 1), "id",
                    $"the id `{duplicate.Key}` is used {duplicate.Count()} times on this page{where}",
                    "give each heading, goal, action and table its own id");
        }

        var fragments = new List<FragmentLink>();
        foreach (var link in page.Links)
        {
            if (link.Rel is "canonical" or "alternate") continue; // absolute addresses of this same site, checked as pages
            var target = link.Href.StartsWith('/') ? FromRoot(link.Href) : Resolve(page.Path, link.Href, basePath);
            if (target is null) continue; // external
            var (path, fragment) = target.Value;
            if (!knownPaths.Contains(path)) _toFiles.Enqueue(new LinkToFile(page.Path, sourcePath, contentLinks, link, path)); // a file has no ids to check
            else if (fragment.Length > 0)
            {
                if (path == page.Path) { if (!ids.Contains(fragment)) MissingFragment(page.Path, sourcePath, contentLinks, link, path, fragment); }
                else fragments.Add(new FragmentLink(link, path));
            }
        }
        var result = new CheckedPage(page.Path, sourcePath, ids, fragments, fragments.Count > 0 && contentLinks is { Count: > 0 } ? contentLinks : null);
        _pages[page.Path] = result;
        return result;
    }

    /// <summary>Checks the links to addresses that are not pages, once every file of the site is made.</summary>
    /// <param name="existingPaths">Every address of the site: its pages and its other files.</param>
    public void CheckLinksToFiles(IReadOnlySet<string> existingPaths)
    {
        foreach (var (page, source, contentLinks, link, target) in _toFiles)
            if (!existingPaths.Contains(target))
                Broken(page, source, contentLinks, link, $"points to {target}, a page that does not exist", "points to a page that does not exist",
                    "check the slug or area id in the link; internal links start with /ja/ or /en/");
        _toFiles.Clear();
    }

    /// <summary>Takes a page checked in an earlier build (an incremental rebuild did not render it again).</summary>
    public void Carry(CheckedPage page) => _pages[page.Path] = page;

    /// <summary>Checks the links into other pages' #fragments, once every page has been read.</summary>
    /// <param name="involving">Only links from or into these pages (an incremental rebuild: links between
    /// two unchanged pages were checked before); null for every link.</param>
    /// <param name="incoming">The index of the build this one continues (incremental), or null.</param>
    /// <param name="keep">Return an index of who links into which page, for the next build of a `serve` session.</param>
    /// <returns>The index to keep with this build, or null.</returns>
    public IncomingFragments? Finish(IReadOnlySet<string>? involving = null, IncomingFragments? incoming = null, bool keep = false)
    {
        if (involving is not null && incoming is not null)
        {
            // Links from the pages rendered again: all of them. Links from the other pages: only those
            // into a page rendered again, found through the index instead of every page's links.
            foreach (var path in involving)
                if (_pages.TryGetValue(path, out var page)) CheckFragments(page, target: null);
            foreach (var target in involving)
            {
                foreach (var page in incoming.Into(target))
                {
                    // An entry of a page that has since been rendered again is stale: its current links are indexed too.
                    if (involving.Contains(page.Path) || !_pages.TryGetValue(page.Path, out var current) || !ReferenceEquals(current, page)) continue;
                    CheckFragments(page, target);
                }
            }
            foreach (var path in involving)
                if (_pages.TryGetValue(path, out var page)) incoming.Add(page);
            return incoming;
        }

        // On every core: a big site has a hundred thousand such links, and each is only looked up (the
        // diagnostics are sorted before they are printed, so the order they are found in does not matter).
        Parallel.ForEach(_pages.Values, page =>
        {
            var fromChanged = involving?.Contains(page.Path) ?? true;
            foreach (var link in page.Fragments)
            {
                if (!fromChanged && !involving!.Contains(link.Target)) continue;
                CheckFragment(page, link.Link, link.Target, link.Fragment);
            }
        });
        if (!keep) return null;
        var index = new IncomingFragments();
        foreach (var page in _pages.Values) index.Add(page);
        return index;
    }

    /// <summary>Checks a page's links into other pages' fragments (only those into <paramref name="target"/> when given).</summary>
    private void CheckFragments(CheckedPage page, string? target)
    {
        foreach (var link in page.Fragments)
            if (target is null || string.Equals(link.Target, target, StringComparison.Ordinal)) CheckFragment(page, link.Link, link.Target, link.Fragment);
    }

    private void CheckFragment(CheckedPage page, PageLink link, string target, string fragment)
    {
        // A target that is not a page (a data file) has no ids to check.
        if (_pages.TryGetValue(target, out var targetPage) && !targetPage.Ids.Contains(fragment))
            MissingFragment(page.Path, page.SourcePath, page.ContentLinks, link, target, fragment);
    }

    /// <summary>
    /// Which pages link into which page's #fragments, kept with a written build of a `serve` session so
    /// that the next incremental build finds the links into the pages it renders again without going
    /// through every page's links (at 10,000 plans, hundreds of thousands). Entries are only ever added:
    /// a page rendered again is added anew, and its old entries are told apart by being another object
    /// than the page's current record.
    /// </summary>
    public sealed class IncomingFragments
    {
        private readonly Dictionary<string, List<CheckedPage>> _byTarget = new(StringComparer.Ordinal);

        internal void Add(CheckedPage page)
        {
            if (page.Fragments.Count == 0) return;
            var targets = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (_, target) in page.Fragments)
            {
                if (!targets.Add(target)) continue; // once per page and target: its links there are checked together
                if (!_byTarget.TryGetValue(target, out var pages)) _byTarget[target] = pages = [];
                pages.Add(page);
            }
        }

        internal IReadOnlyList<CheckedPage> Into(string target) => _byTarget.TryGetValue(target, out var pages) ? pages : [];
    }

    private void MissingFragment(string page, string? source, IReadOnlyList<ContentLink>? contentLinks, PageLink link, string target, string fragment)
    {
        var missing = $"points to #{fragment}, which is not on {target}";
        Broken(page, source, contentLinks, link, missing, missing, "link to a heading or item that exists");
    }

    /// <summary>
    /// Reports a broken link where it is written: at each line of the content file that wrote it into the page
    /// (<paramref name="inContent"/>, naming the page), or else at its line on the page (<paramref name="onPage"/>,
    /// naming the content file the page came from).
    /// </summary>
    private void Broken(string page, string? source, IReadOnlyList<ContentLink>? contentLinks, PageLink link, string inContent, string onPage, string hint)
    {
        var written = false;
        foreach (var at in ContentLink.Where(contentLinks, link.Href))
        {
            diagnostics.Error(at, "link", $"the link `{ContentLink.Decoded(link.Href)}` on {page} {inContent}", hint);
            written = true;
        }
        if (!written)
            diagnostics.Error(new SourceLocation(page, link.Line, 1), "link",
                $"the link `{link.Href}` {onPage}{(source is null ? "" : $" (from {source})")}", hint);
    }

    /// <summary>The output file and fragment an internal link points at, or null for an external link.</summary>
    public static (string Path, string Fragment)? Resolve(string fromPage, string href, string basePath)
    {
        if (href.StartsWith("mailto:", StringComparison.Ordinal) || href.StartsWith("tel:", StringComparison.Ordinal)) return null;
        // Parsing as a URI is the dear part and only an address with a scheme can be absolute: the site's
        // own links (/ja/…, #…, ../…) have no colon before their path.
        if (href.Contains(':') && Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https") return null;
        var hash = href.IndexOf('#');
        var fragment = hash >= 0 ? FragmentAt(href, hash) : "";
        var pathPart = hash >= 0 ? href[..hash] : href;
        var query = pathPart.IndexOf('?');
        if (query >= 0) pathPart = pathPart[..query];

        string path;
        if (pathPart.Length == 0) path = fromPage;
        else if (pathPart.StartsWith('/'))
        {
            if (!pathPart.StartsWith(basePath, StringComparison.Ordinal) && pathPart + "/" != basePath) return ("(outside the site) " + pathPart, fragment);
            path = pathPart.Length <= basePath.Length ? "" : pathPart[basePath.Length..];
        }
        else
        {
            var directory = fromPage.Contains('/') ? fromPage[..(fromPage.LastIndexOf('/') + 1)] : "";
            path = Normalise(directory + pathPart);
        }
        path = Uri.UnescapeDataString(path);
        if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
        return (path, fragment);
    }

    private static string Normalise(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (part != ".") parts.Add(part);
        }
        return string.Join('/', parts);
    }
}
