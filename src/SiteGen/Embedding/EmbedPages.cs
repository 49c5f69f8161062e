using SiteGen.I18n;
using SiteGen.Model;
using SiteGen.Pages;

namespace SiteGen.Embedding;

/// <summary>
/// An embed view: the summary of a plan, a goal or a service area that a council shows inside an
/// iframe on its own homepage. Written to /embed/&lt;lang&gt;/&lt;target&gt;.html (see <see cref="EmbedTarget.FileStem"/>) with its own minimal
/// layout (_EmbedLayout.cshtml: no site header or footer, its own small stylesheet, noindex), and
/// left out of the sitemap: the full page is the one search engines should find.
/// </summary>
public abstract class EmbedPage(SiteContext site, Language language, EmbedTarget target)
    // PageModel.Path is the target below the language folder; the page is written to
    // ViewOutputPath (SitePlanner.OutputPath), never to PageModel.OutputPath.
    : PageModel(site, language, target.Name + "/")
{
    public EmbedTarget Target { get; } = target;

    public override IReadOnlyList<(string Label, string Url)> Breadcrumbs => [];

    /// <summary>embed/ja/plans.kashiwa-4th.html.</summary>
    public string ViewOutputPath => Target.ViewPath(Language);

    /// <summary>The root-relative address of this embed view in <paramref name="language"/>.</summary>
    public string ViewUrlIn(Language language) => Site.Urls.File(Target.ViewPath(language));

    /// <summary>The full page this view summarises (root-relative), where its "read more" link goes.</summary>
    public string FullPageUrl => Url(Target.FullPagePath);

    /// <summary>The words of the link back to the full page.</summary>
    public abstract string MoreLabel { get; }

    /// <summary>The full page this view summarises: the view is made from what the full page is made from.</summary>
    protected abstract PageModel FullPage { get; }

    public sealed override IReadOnlyList<object>? DependsOn => FullPage.DependsOn;
    public sealed override bool MayBeAffectedBy(ContentChange change) => FullPage.MayBeAffectedBy(change);
}

/// <summary>/embed/&lt;lang&gt;/plans.&lt;slug&gt;.html: the plan's facts, vision, goals and where its actions stand.</summary>
public sealed class PlanEmbedPage(SiteContext site, Language language, Plan plan) : EmbedPage(site, language, EmbedTarget.ForPlan(plan))
{
    public Plan Plan { get; } = plan;

    /// <summary>The full page's model, for its labels and counts (never for printing text: T() marks fallbacks on this page).</summary>
    public PlanPage Full { get; } = new(site, language, plan);

    protected override PageModel FullPage => Full;
    public override string Template => "EmbedPlan.cshtml";
    public override Localized Title => Plan.Title.In(Language);
    public override string MoreLabel => Ui.EmbedReadPlan;
}

/// <summary>/embed/&lt;lang&gt;/plans.&lt;slug&gt;.goals.&lt;goal&gt;.html: one goal, with what is done for it.</summary>
public sealed class GoalEmbedPage(SiteContext site, Language language, Plan plan, Goal goal) : EmbedPage(site, language, EmbedTarget.ForGoal(plan, goal))
{
    public Plan Plan { get; } = plan;
    public Goal Goal { get; } = goal;
    public PlanPage Full { get; } = new(site, language, plan);

    public string GoalLabel => Full.GoalLabel(Goal);

    protected override PageModel FullPage => Full;
    public override string Template => "EmbedGoal.cshtml";

    public override Localized Title
    {
        get
        {
            var title = Goal.Title.In(Language);
            return title with { Text = GoalLabel + " " + title.Text };
        }
    }

    public override string MoreLabel => Ui.EmbedReadGoal;
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
    /// <summary>Every embed view of one language: each plan, each of its goals, each service area.</summary>
    public static IEnumerable<EmbedPage> For(SiteContext site, Language language)
    {
        foreach (var plan in site.Content.Plans)
        {
            yield return new PlanEmbedPage(site, language, plan);
            foreach (var goal in plan.Goals) yield return new GoalEmbedPage(site, language, plan, goal);
        }
        foreach (var area in site.Content.Areas) yield return new AreaEmbedPage(site, language, area);
    }
}
