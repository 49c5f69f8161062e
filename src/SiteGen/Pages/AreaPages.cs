using SiteGen.I18n;
using SiteGen.Model;

namespace SiteGen.Pages;

/// <summary>/&lt;lang&gt;/areas/: every area, grouped by organisation and nested by layer.</summary>
public sealed class AreasIndexPage(SiteContext site, Language language) : PageModel(site, language, "areas/")
{
    public override string Template => "Areas.cshtml";
    public override Localized Title => new(Ui.AreasHeading, Language, false);
    public override string Description => Ui.AreasIntro;

    public IEnumerable<(Organisation Organisation, IReadOnlyList<ServiceArea> Roots)> ByOrganisation =>
        Site.Content.Organisations
            .GroupJoin(Site.Content.Areas.Where(a => a.ParentId is null), o => o.Id, a => a.OrganisationId, (o, roots) => (o, (IReadOnlyList<ServiceArea>)roots.ToList()))
            .Where(g => g.Item2.Count > 0);

    public IReadOnlyList<ServiceArea> Children(ServiceArea area) => AreaQueries.Children(Site.Content, area);

    /// <summary>The list prints areas and organisations, nothing of any plan.</summary>
    public override IReadOnlyList<object> DependsOn => [.. Site.Content.Organisations, .. Site.Content.Areas];
    public override bool MayBeAffectedBy(ContentChange change) => change.AreasOrOrganisationsChanged;
}

/// <summary>/&lt;lang&gt;/areas/&lt;id&gt;/: "what is planned in my area", across plans.</summary>
public sealed class AreaPage(SiteContext site, Language language, ServiceArea area) : PageModel(site, language, $"areas/{area.Id}/")
{
    public ServiceArea Area { get; } = area;
    public override string Template => "Area.cshtml";
    public override bool InSearchIndex => true;
    public override Localized Title => new(Ui.Format(Ui.AreaHeading, Area.Name.In(Language).Text), Area.Name.In(Language).Language, Area.Name.In(Language).IsFallback);
    public override IReadOnlyList<(string Label, string Url)> Breadcrumbs => [(Ui.NavHome, Url("")), (Ui.NavAreas, Url("areas/"))];

    public ServiceArea? Parent => Area.ParentId is { } id ? Site.Content.Area(id) : null;
    public IReadOnlyList<ServiceArea> Children => AreaQueries.Children(Site.Content, Area);

    /// <summary>Plans whose coverage includes this area: its own, or a larger area it lies in.</summary>
    public IReadOnlyList<Plan> PlansCovering
    {
        get
        {
            return AreaQueries.SelfAndAncestors(Site.Content, Area)
                .SelectMany(a => Site.Content.PlansCovering(a.Id))
                .OrderBy(p => p.Slug, StringComparer.Ordinal).ToList();
        }
    }

    public IReadOnlyList<(Plan Plan, DistrictPlan District)> DistrictPlans => Site.Content.DistrictPlansFor(Area.Id);

    public IReadOnlyList<(Plan Plan, ActionItem Action)> Actions => Site.Content.ActionsIn(Area.Id);

    /// <summary>
    /// The area, its parent chain and children, its organisation, and — for every plan that covers it
    /// or acts in it — only what the page shows of that plan (<see cref="PlanOnAreaPage"/>): an edit
    /// to a plan's narrative or evaluations leaves the area pages of its city alone.
    /// </summary>
    public override IReadOnlyList<object> DependsOn => Site.DependenciesOf(Area, WorkOutDependencies);

    /// <summary>Only a change to areas or organisations, or to a plan that reaches this area, can change the page.</summary>
    public override bool MayBeAffectedBy(ContentChange change) =>
        change.AreasOrOrganisationsChanged || change.AreasOfChangedPlans.Contains(Area.Id);

    private IReadOnlyList<object> WorkOutDependencies()
    {
        // Grouped by plan in one pass each: a city's area can hold the actions of hundreds of plans, and
        // `serve` works this out for every area page after every save.
        var districts = DistrictPlans.ToLookup(d => d.Plan, d => d.District, ReferenceEqualityComparer.Instance);
        var actions = Actions.ToLookup(a => a.Plan, a => a.Action, ReferenceEqualityComparer.Instance);
        var plans = PlansCovering.Concat(DistrictPlans.Select(d => d.Plan)).Concat(Actions.Select(a => a.Plan))
            .Distinct<Plan>(ReferenceEqualityComparer.Instance);
        return
        [
            Area,
            .. AreaQueries.SelfAndAncestors(Site.Content, Area).Skip(1),
            .. Children,
            .. Site.Content.Organisation(Area.OrganisationId) is { } organisation ? [organisation] : Array.Empty<Organisation>(),
            .. plans.Select(plan => PlanOnAreaPage.Of(plan, districts[plan], actions[plan])),
        ];
    }

    public IEnumerable<ActionFlags> FlagsOf(ActionItem action) => PlanPage.FlagOrder.Where(f => action.Flags.HasFlag(f));

    public LocalizedText? DescriptionText => Area.DescriptionMarkdownJa is null ? null : new LocalizedText(Area.DescriptionMarkdownJa, "en", Area.DescriptionMarkdownEn);
}

public static class AreaQueries
{
    public static IReadOnlyList<ServiceArea> Children(SiteContent content, ServiceArea area) => content.ChildrenOf(area.Id);

    public static IEnumerable<ServiceArea> SelfAndAncestors(SiteContent content, ServiceArea area)
    {
        var seen = new HashSet<string>();
        for (ServiceArea? current = area; current is not null && seen.Add(current.Id); current = current.ParentId is { } p ? content.Area(p) : null)
            yield return current;
    }
}

/// <summary>
/// What an area page (and its embed view) prints of one plan: its address, title, document type and
/// period, and its district plans and actions in that area. A value: two builds compare it with
/// Equals, not by object, so it is equal whenever the printed parts are.
/// </summary>
public sealed record PlanOnAreaPage(
    string Slug, LocalizedText Title, LocalizedText? DocumentType, PlanPeriod? Period,
    IReadOnlyList<(string Id, LocalizedText Title, LocalizedText? Summary)> Districts,
    IReadOnlyList<(string Id, string Number, LocalizedText Title, ActionFlags Flags)> Actions) : IPrintedParts
{
    /// <param name="districts">The plan's district plans for the area.</param>
    /// <param name="actions">The plan's actions in the area.</param>
    public static PlanOnAreaPage Of(Plan plan, IEnumerable<DistrictPlan> districts, IEnumerable<ActionItem> actions) =>
        new(plan.Slug, plan.Title, plan.DocumentType, plan.Period,
            districts.Select(d => (d.Id, d.Title, d.Summary)).ToList(),
            actions.Select(a => (a.Id, a.Number, a.Title, a.Flags)).ToList());

    // The lists are compared item by item (a record compares a list by reference), not as one string built
    // per area page, which every `serve` save would pay (docs/performance.md#incremental-rebuilds-in-serve).
    public bool Equals(PlanOnAreaPage? other) =>
        other is not null && Slug == other.Slug && Title == other.Title && DocumentType == other.DocumentType && Period == other.Period
        && Districts.SequenceEqual(other.Districts) && Actions.SequenceEqual(other.Actions);

    public override int GetHashCode() => HashCode.Combine(Slug, Title, Districts.Count, Actions.Count);
}
