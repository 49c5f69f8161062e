using SiteGen.I18n;
using SiteGen.Model;
using SiteGen.Pages;

namespace SiteGen.Embedding;

public enum EmbedKind { Plan, Goal, Area }

/// <summary>
/// Something a council can embed on its own homepage, named the way the host page names it in
/// <c>data-plan-embed</c>: <c>plans/kashiwa-4th</c>, <c>plans/kashiwa-4th/goals/priority-1</c> or
/// <c>areas/kashiwa-chuo</c>. The same name gives every address of the embed: its view under
/// /embed/&lt;lang&gt;/, its oEmbed JSON under /oembed/&lt;lang&gt;/ and the full page it summarises.
/// </summary>
public sealed record EmbedTarget(EmbedKind Kind, string Name, string FullPagePath)
{
    public static EmbedTarget ForPlan(Plan plan) => new(EmbedKind.Plan, $"plans/{plan.Slug}", $"plans/{plan.Slug}/");

    /// <summary>A goal has no page of its own: its full page is the plan's, at the goal's section.</summary>
    public static EmbedTarget ForGoal(Plan plan, Goal goal) =>
        new(EmbedKind.Goal, $"plans/{plan.Slug}/goals/{goal.Id}", $"plans/{plan.Slug}/#goal-{goal.Id}");

    public static EmbedTarget ForArea(ServiceArea area) => new(EmbedKind.Area, $"areas/{area.Id}", $"areas/{area.Id}/");

    /// <summary>The target a full page can be embedded as (plans and areas), or null.</summary>
    public static EmbedTarget? Of(PageModel page) => page switch
    {
        PlanPage plan => ForPlan(plan.Plan),
        AreaPage area => ForArea(area.Area),
        EmbedPage embed => embed.Target,
        _ => null,
    };

    /// <summary>
    /// plans.kashiwa-4th.goals.priority-1: the name as a single file name. Every embed is one file in
    /// one folder per language, not a folder of its own: a portal has tens of thousands of embeds, and
    /// creating folders is the dearest part of writing a site (measured in docs/performance.md). Ids
    /// never contain dots, so the file name maps back to exactly one name; embed.js makes it the same way.
    /// </summary>
    public string FileStem => Name.Replace('/', '.');

    /// <summary>embed/ja/plans.kashiwa-4th.html: the embed view, below the site's base path.</summary>
    public string ViewPath(Language language) => $"embed/{language.Code()}/{FileStem}.html";

    /// <summary>oembed/ja/plans.kashiwa-4th.json: the static oEmbed response, below the site's base path.</summary>
    public string OEmbedPath(Language language) => $"oembed/{language.Code()}/{FileStem}.json";
}
