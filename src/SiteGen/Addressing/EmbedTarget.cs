using SiteGen.I18n;
using SiteGen.Model;

namespace SiteGen.Addressing;

public enum EmbedKind { Plan, Goal, Area }

/// <summary>
/// Something a council can embed on its own homepage, named the way the host page names it in
/// <c>data-plan-embed</c>: <c>plans/kashiwa-4th</c>, <c>plans/kashiwa-4th/goals/priority-1</c> or
/// <c>areas/kashiwa-chuo</c>. The same name gives every address of the embed: its view under
/// /embed/&lt;lang&gt;/, its oEmbed JSON under /oembed/&lt;lang&gt;/ and the full page it summarises.
/// <para>
/// A goal's view lives in its plan's view file, at the goal's fragment
/// (<c>/embed/ja/plans.kashiwa-4th.html#goal-priority-1</c>): the file holds the plan's summary and
/// every goal's, and embed.css shows only the goal the address names. A file per goal would repeat
/// what the plan's view carries, in thousands more files and oEmbed responses
/// (docs/performance.md#fewer-files-folders-and-system-calls).
/// </para>
/// </summary>
/// <param name="ViewName">The name of the target whose file holds the view: the plan's for a goal, its own otherwise.</param>
/// <param name="ViewFragment">The section of that file the view is (goal-priority-1), or null for the whole file.</param>
public sealed record EmbedTarget(EmbedKind Kind, string Name, string FullPagePath, string ViewName, string? ViewFragment = null)
{
    public static EmbedTarget ForPlan(Plan plan) => new(EmbedKind.Plan, $"plans/{plan.Slug}", $"plans/{plan.Slug}/", $"plans/{plan.Slug}");

    /// <summary>A goal has no page of its own: its full page is the plan's, at the goal's section, and so is its view.</summary>
    public static EmbedTarget ForGoal(Plan plan, PlanSection goal) =>
        new(EmbedKind.Goal, $"plans/{plan.Slug}/goals/{goal.Id}", $"plans/{plan.Slug}/#section-{goal.Id}", $"plans/{plan.Slug}", GoalFragment(goal));

    public static EmbedTarget ForArea(ServiceArea area) => new(EmbedKind.Area, $"areas/{area.Id}", $"areas/{area.Id}/", $"areas/{area.Id}");

    /// <summary>goal-priority-1: the id of a goal's view in the plan's embed file, which embed.js on council sites asks for.</summary>
    public static string GoalFragment(PlanSection goal) => "goal-" + goal.Id;

    /// <summary>Where a host page loads embed.js from: the root of the site (/REPO/embed.js).</summary>
    public const string ScriptPath = "embed.js";

    /// <summary>
    /// plans.kashiwa-4th: the name of the file that holds the view (a goal's is its plan's). Every embed
    /// file sits in one folder per language, not in a folder of its own: a portal has thousands of
    /// embeds, and creating folders and files is the dearest part of writing a site
    /// (docs/performance.md#fewer-files-folders-and-system-calls). Ids never contain dots, so the file name maps back to exactly one name;
    /// embed.js makes it the same way.
    /// </summary>
    public string FileStem => ViewName.Replace('/', '.');

    /// <summary>embed/ja/plans.kashiwa-4th.html: the file of the embed view, below the site's base path.</summary>
    public string ViewPath(Language language) => $"embed/{language.Code}/{FileStem}.html";

    /// <summary>embed/ja/plans.kashiwa-4th.html#goal-priority-1: the view's address below the base path, fragment included.</summary>
    public string ViewAddress(Language language) => ViewPath(language) + (ViewFragment is { } fragment ? "#" + fragment : "");

    /// <summary>
    /// Whether the target has an oEmbed response. A CMS asks for one with the address of a page an editor
    /// pasted; plans and areas have pages, a goal is a section of its plan's page, so its plan's response is found.
    /// </summary>
    public bool HasOEmbed => Kind != EmbedKind.Goal;

    /// <summary>oembed/ja/plans.kashiwa-4th.json: the static oEmbed response, below the site's base path.</summary>
    public string OEmbedPath(Language language) => HasOEmbed
        ? $"oembed/{language.Code}/{FileStem}.json"
        : throw new InvalidOperationException($"{Name} has no oEmbed response of its own");
}
