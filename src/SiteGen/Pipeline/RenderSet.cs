using SiteGen.Config;
using SiteGen.Model;
using SiteGen.Pages;

namespace SiteGen.Pipeline;

/// <summary>
/// What a build renders, decided once: every page, or (a later save in a `serve` session) only the pages
/// a change since the last written build reaches; the others stay on disk as they are.
/// </summary>
internal sealed class RenderSet
{
    private RenderSet(IReadOnlyList<PageModel> pages, BuiltSite? previous)
    {
        Pages = pages;
        Previous = previous;
        if (previous is null) return;
        ChangedPlans = pages.OfType<PlanPage>().Select(p => p.Plan).ToHashSet<Plan>(ReferenceEqualityComparer.Instance);
        Paths = pages.Select(SitePlanner.OutputPath).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The pages to render.</summary>
    public IReadOnlyList<PageModel> Pages { get; }

    /// <summary>The build this one continues; null when everything is rendered.</summary>
    public BuiltSite? Previous { get; }

    public bool Everything => Previous is null;

    /// <summary>The plans whose pages are rendered again (their open data too); null: all.</summary>
    public IReadOnlySet<Plan>? ChangedPlans { get; }

    /// <summary>The addresses rendered again; null: all.</summary>
    public IReadOnlySet<string>? Paths { get; }

    public static RenderSet All(PlannedSite planned) => new(planned.Pages, null);

    /// <summary>
    /// The pages made from changed objects, when the last build of the session can be continued (<see cref="BuiltSite.Continues"/>);
    /// a theme with templates of its own may print anything of any plan, so its sites are rendered whole.
    /// </summary>
    public static RenderSet Decide(BuiltSite? last, LoadingTheme theme, string outputPath, SiteConfig config, PlannedSite planned, StageTimings timings)
    {
        if (last is null || theme.Project.HasOwnTemplates || !last.Continues(outputPath, config, theme.Renderer, planned.Paths, planned.Readings)) return All(planned);
        var change = ContentChange.Between(last.Content, planned.Site.Content);
        var dirty = planned.Pages.Where(p => p.MayBeAffectedBy(change) && !last.Pages[SitePlanner.OutputPath(p)].MadeFrom(p.DependsOn)).ToList();
        timings.Lap("what changed");
        return new RenderSet(dirty, last);
    }
}
