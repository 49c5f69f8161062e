using SiteGen.Addressing;
using SiteGen.Config;
using SiteGen.Diagnostics;
using SiteGen.I18n;
using SiteGen.Model;
using SiteGen.Pages;
using SiteGen.Search;
using SiteGen.Templates;

namespace SiteGen.Pipeline;

/// <summary>A site whose pages are planned: their view models, addresses, and the tools the later phases need.</summary>
internal sealed record PlannedSite(SiteContext Site, IReadOnlyList<PageModel> Pages, IReadOnlyList<string> Paths,
    PagefindIndexer? Indexer, Admin.AdminFiles? Admin, Markup.Readings.ReadingDictionary Readings);

/// <summary>Plan pages: which pages the site has, the theme's templates compiled for them, search and admin found.</summary>
internal static class PlanPhase
{
    /// <param name="dictionary">The site's readings dictionary, whole: its words above the furigana grade are read out, and every word is kept whole across lines.</param>
    public static async Task<PlannedSite?> RunAsync(string siteRoot, SiteConfig config, SiteContent content, Markup.Readings.ReadingDictionary dictionary, LoadingTheme theme, bool write,
        DiagnosticBag diagnostics, StageTimings timings)
    {
        // Search is checked before rendering, so a missing Pagefind fails the build at once with how to install it.
        var indexer = write && config.Search is { } search ? PagefindIndexer.Locate(siteRoot, search, diagnostics) : null;
        // So is the admin page's bundle (npm ci installs it).
        var admin = config.Admin is { } adminSettings ? Admin.AdminFiles.Locate(siteRoot, adminSettings, diagnostics) : null;
        if (diagnostics.HasErrors) return null;

        var readings = dictionary.Above(config.Furigana?.AboveGrade ?? 0);
        var site = new SiteContext(config, content, new SiteUrls(config.BaseUrl), config.Strings, Markup.Phrases.Phrasing.For(dictionary), dictionary);
        var pages = SitePlanner.Plan(site);
        var used = pages.Select(p => p.Template).ToHashSet(StringComparer.Ordinal);
        var failures = (await theme.Compiling).Where(f => used.Contains(f.Template) || LoadingTheme.IsPartial(f.Template)).ToList();
        foreach (var (template, error) in failures)
            diagnostics.Error(SourceLocation.StartOf(template), "template", "the theme template does not compile: " + SiteBuilder.FirstLines(error),
                "fix the template, or delete it from the theme folder to use the built-in one");
        timings.Lap("compile");
        return failures.Count > 0 ? null : new PlannedSite(site, pages, pages.Select(p => p.OutputPath).ToList(), indexer, admin, readings);
    }
}
