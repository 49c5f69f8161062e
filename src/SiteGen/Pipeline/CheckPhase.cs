using System.Collections.Concurrent;
using SiteGen.Caching;
using SiteGen.Diagnostics;
using SiteGen.Pages;
using SiteGen.Publish;

namespace SiteGen.Pipeline;

/// <summary>
/// Check: each page as soon as it is rendered (its ids, links and accessibility problems, read by
/// <see cref="PageScanner"/> or taken from the facts kept for the same bytes), then the links across
/// pages once every page is made. An incremental build carries the last build's findings on the pages
/// it does not render.
/// </summary>
internal sealed class CheckPhase : IDisposable
{
    private readonly RenderSet _set;
    private readonly LinkChecker _links;
    private readonly PageFactsCache? _facts;
    private readonly ScanPage _scan;
    private readonly bool _inSession;
    private readonly ConcurrentDictionary<string, BuiltPage> _pages = new(StringComparer.Ordinal);
    private readonly IReadOnlySet<string> _known;

    public CheckPhase(PlannedSite planned, RenderSet set, bool write, Caches caches, string outputPath, DiagnosticBag diagnostics)
    {
        _set = set;
        _inSession = caches.InSession;
        // A build that renders every page reads each page's facts from the last build's when its bytes are
        // the same (an incremental build scans only the few pages it renders anyway).
        _facts = write && set.Everything ? PageFactsCache.Open(caches, outputPath) : null;
        _scan = _facts is { } kept ? kept.Read : static (path, _, html) => PageScanner.Scan(path, html);
        // The pages' addresses are known now; the other files' once made (Finish).
        _known = set.Previous?.Paths ?? planned.Paths.ToHashSet(StringComparer.Ordinal);
        _links = new LinkChecker(_known, planned.Site.Urls.BasePath, diagnostics);
        if (set.Previous is not { } previous || set.Paths is not { } rendering) return;
        foreach (var (path, page) in previous.Pages.Where(p => !rendering.Contains(p.Key)))
        {
            _links.Carry(page.Links);
            _pages[path] = page;
        }
    }

    /// <summary>Every address of the site, once <see cref="Finish"/> has run.</summary>
    public IReadOnlySet<string> Existing { get; private set; } = new HashSet<string>();

    /// <summary>What was found on each page, by address.</summary>
    public IReadOnlyDictionary<string, BuiltPage> Pages => _pages;

    /// <summary>Checks one rendered page. Safe to call from many threads at once.</summary>
    public void Page(PageModel page, string path, string? source, ReadOnlySpan<byte> bytes, ReadOnlyMemory<char> html)
    {
        var facts = _scan(path, bytes, html);
        // What a page depends on is only worth knowing when a session will build again.
        _pages[path] = new BuiltPage(_inSession ? page.DependsOn : null, _links.Check(facts, source, page.ContentLinks), facts.Problems);
    }

    /// <summary>The accessibility audit of the pages checked so far (the about pages publish it).</summary>
    public AuditResult Audit() => AccessibilityAudit.Of(_pages.Select(r => (r.Key, r.Value.Problems)).ToList());

    /// <summary>
    /// Checks the links to files that are not pages, and the links across pages. A session keeps who links into
    /// which page's #fragments, so the next save checks only the links that can have broken.
    /// </summary>
    /// <param name="made">Every file made: with the pages, every address of the site.</param>
    public LinkChecker.IncomingFragments? Finish(IEnumerable<string> made, StageTimings timings)
    {
        var existing = new HashSet<string>(_known, StringComparer.Ordinal);
        existing.UnionWith(made);
        Existing = existing;
        _links.CheckLinksToFiles(existing);
        var incoming = _links.Finish(_set.Paths, _set.Previous?.Incoming, keep: _inSession);
        timings.Lap("check links");
        return incoming;
    }

    /// <summary>Keeps this build's page facts for the next: only once the site is written.</summary>
    public void KeepFacts(StageTimings timings)
    {
        if (_facts is null) return;
        _facts.Save();
        timings.Lap($"facts {_facts.Reused}/{_facts.Reused + _facts.Scanned}");
    }

    public void Dispose() => _facts?.Dispose();

    /// <summary>One page's scan: the plain <see cref="PageScanner.Scan(string, ReadOnlyMemory{char})"/>, or the facts store around it.</summary>
    private delegate PageFacts ScanPage(string path, ReadOnlySpan<byte> bytes, ReadOnlyMemory<char> html);
}
