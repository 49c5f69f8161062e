using SiteGen.Addressing;
using SiteGen.I18n;
using SiteGen.Model;
using SiteGen.Pages;

namespace SiteGen.Embedding;

/// <summary>
/// An embed view: the summary of a plan (with its goals) or a service area that a council shows inside an
/// iframe on its own homepage. Written to /embed/&lt;lang&gt;/&lt;target&gt;.html (see <see cref="EmbedTarget.FileStem"/>) with its own minimal
/// layout (_EmbedLayout.cshtml: no site header or footer, its own small stylesheet, noindex), and
/// left out of the sitemap: the full page is the one search engines should find.
/// </summary>
public abstract class EmbedPage(SiteContext site, Language language, EmbedTarget target)
    // PageModel.Path is the target below the language folder; the page is written to its view path instead.
    : PageModel(site, language, target.Name + "/")
{
    public EmbedTarget Target { get; } = target;
    public override EmbedTarget EmbedTarget => Target;

    public override IReadOnlyList<(string Label, string Url)> Breadcrumbs => [];

    /// <summary>embed/ja/plans.kashiwa-4th.html.</summary>
    public override string OutputPath => Target.ViewPath(Language);

    /// <summary>Shown inside other sites' iframes with noindex: the full page is the one search engines should find.</summary>
    public override bool InSitemap => false;

    /// <summary>The full page this view summarises (root-relative), where its "read more" link goes.</summary>
    public string FullPageUrl => Url(Target.FullPagePath);

    /// <summary>The words of the link back to the full page.</summary>
    public abstract string MoreLabel { get; }

    /// <summary>The full page this view summarises: the view is made from what the full page is made from.</summary>
    protected abstract PageModel FullPage { get; }

    public sealed override IReadOnlyList<object>? DependsOn => FullPage.DependsOn;
    public sealed override bool MayBeAffectedBy(ContentChange change) => FullPage.MayBeAffectedBy(change);
}

/// <summary>
/// /embed/&lt;lang&gt;/plans.&lt;slug&gt;.html: the plan's facts, vision, goals and where its actions stand,
/// and the view of each of its goals (<see cref="GoalViews"/>), shown alone when the address names the
/// goal: plans.&lt;slug&gt;.html#goal-&lt;goal&gt; (see <see cref="EmbedTarget"/>).
/// </summary>
public sealed class PlanEmbedPage : EmbedPage
{
    private readonly Lazy<IReadOnlyList<GoalView>> _goalViews;

    public PlanEmbedPage(SiteContext site, Language language, Plan plan) : base(site, language, EmbedTarget.ForPlan(plan))
    {
        Plan = plan;
        Full = new PlanPage(site, language, plan);
        // Made when the view is rendered: `serve` plans every page after every save and renders a few.
        _goalViews = new(() => Full.TopSections.Select(goal => new GoalView(this, goal)).ToList());
    }

    public Plan Plan { get; }

    /// <summary>The full page's model, for its labels and counts (never for printing text: T() marks fallbacks on this page).</summary>
    public PlanPage Full { get; }

    /// <summary>The views of the plan's goals, one section each of this file.</summary>
    public IReadOnlyList<GoalView> GoalViews => _goalViews.Value;

    protected override PageModel FullPage => Full;
    public override string Template => "EmbedPlan.cshtml";
    public override Localized Title => Plan.Title.In(Language);
    public override string MoreLabel => Ui.EmbedReadPlan;
}

/// <summary>
/// One goal's view: a section of its plan's embed view, with what is done for the goal, shown alone
/// when the frame's address ends in #goal-&lt;goal&gt;.
/// </summary>
public sealed class GoalView(PlanEmbedPage page, PlanSection goal)
{
    public PlanSection Goal { get; } = goal;
    public EmbedTarget Target { get; } = EmbedTarget.ForGoal(page.Plan, goal);

    /// <summary>goal-priority-1: the section's id, which the view's address names.</summary>
    public string Id => Target.ViewFragment!;

    /// <summary>基本目標1: the goal's label as the plan page shows it.</summary>
    public string Label => page.Full.SectionLabel(Goal);

    /// <summary>What the view shows, as plain text: the frame's title while this goal is shown (embed-frame.js).</summary>
    public string PlainTitle => Label + " " + page.Plain(Goal.Title);

    /// <summary>The goal's section on the plan page, where the view's "read more" link goes.</summary>
    public string FullPageUrl => page.Url(Target.FullPagePath);

    public string MoreLabel => page.Ui.EmbedReadGoal;
}

/// <summary>/embed/&lt;lang&gt;/areas.&lt;area&gt;.html: what is planned in one service area, across plans.</summary>
public sealed class AreaEmbedPage(SiteContext site, Language language, ServiceArea area) : EmbedPage(site, language, EmbedTarget.ForArea(area))
{
    public ServiceArea Area { get; } = area;
    public AreaPage Full { get; } = new(site, language, area);

    protected override PageModel FullPage => Full;
    public override string Template => "EmbedArea.cshtml";
    public override Localized Title => Full.Title;
    public override string MoreLabel => Ui.EmbedReadArea;
}

public static class EmbedPages
{
    /// <summary>Every embed view file of one language: each plan (its goals' views inside), each service area.</summary>
    public static IEnumerable<EmbedPage> For(SiteContext site, Language language)
    {
        foreach (var plan in site.Content.Plans) yield return new PlanEmbedPage(site, language, plan);
        foreach (var area in site.Content.Areas) yield return new AreaEmbedPage(site, language, area);
    }
}
