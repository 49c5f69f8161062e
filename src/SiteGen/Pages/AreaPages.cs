using SiteGen.Addressing;
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

    /// <summary>
    /// The area's kind, shown after its name, or null when the name already says it (田中地区, Chiba (whole city)):
    /// "Tanaka district (District)" reads as a mistake.
    /// </summary>
    public string? LayerNote(ServiceArea area)
    {
        var layer = Ui.Layer(area.Layer);
        return area.Name.In(Language).Text.Contains(layer, StringComparison.OrdinalIgnoreCase) ? null : layer;
    }

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
    public override EmbedTarget EmbedTarget => EmbedTarget.ForArea(Area);

    /// <summary>The "Embed this" panel.</summary>
    public EmbedPanelView? EmbedPanel => EmbedPanelView.Of(this);

    public override Localized Title => new(Ui.Format(Ui.AreaHeading, Area.Name.In(Language).Text), Area.Name.In(Language).Language, Area.Name.In(Language).IsFallback);
    public override IReadOnlyList<(string Label, string Url)> Breadcrumbs => [(Ui.NavHome, Url("")), (Ui.NavAreas, Url("areas/"))];

    public ServiceArea? Parent => Area.ParentId is { } id ? Site.Content.Area(id) : null;
    public IReadOnlyList<ServiceArea> Children => AreaQueries.Children(Site.Content, Area);

    /// <summary>Plans whose coverage includes this area: its own, or a larger area it lies in.</summary>
    public ValueList<AreaPlan> PlansCovering => _covering ??=
        AreaQueries.SelfAndAncestors(Site.Content, Area)
            .SelectMany(a => Site.Content.PlansCovering(a.Id))
            .OrderBy(p => p.Slug, StringComparer.Ordinal)
            .Select(AreaPlan.Of).ToValueList();
    private ValueList<AreaPlan>? _covering;

    public ValueList<AreaDistrict> DistrictPlans => _districts ??=
        Site.Content.DistrictPlansFor(Area.Id).Select(d => new AreaDistrict(AreaPlan.Of(d.Plan), d.District.Id, d.District.Title, d.District.Summary)).ToValueList();
    private ValueList<AreaDistrict>? _districts;

    /// <summary>
    /// The actions in the area under the plan each is part of: a reader hears a plan's name once, not with every
    /// action, and tells apart two plans' "1-1" (or a plan and its mid-term review, which share a title).
    /// </summary>
    public ValueList<AreaActionGroup> ActionsByPlan => _actions ??=
        Site.Content.ActionsIn(Area.Id).GroupBy(a => a.Plan.Slug, StringComparer.Ordinal)
            .Select(g => new AreaActionGroup(AreaPlan.Of(g.First().Plan), g.Select(a => AreaAction.Of(a.Action)).ToValueList())).ToValueList();
    private ValueList<AreaActionGroup>? _actions;

    /// <summary>
    /// The area, its parent chain and children, its organisation, and what the page prints of plans (the three lists):
    /// an edit to a plan's narrative or evaluations leaves the area pages of its city alone.
    /// </summary>
    public override IReadOnlyList<object> DependsOn => Site.DependenciesOf(Area, () =>
    [
        Area,
        .. AreaQueries.SelfAndAncestors(Site.Content, Area).Skip(1),
        .. Children,
        .. Site.Content.Organisation(Area.OrganisationId) is { } organisation ? [organisation] : Array.Empty<Organisation>(),
        PlansCovering, DistrictPlans, ActionsByPlan,
    ]);

    /// <summary>Only a change to areas or organisations, or to a plan that reaches this area, can change the page.</summary>
    public override bool MayBeAffectedBy(ContentChange change) =>
        change.AreasOrOrganisationsChanged || change.AreasOfChangedPlans.Contains(Area.Id);

    public IEnumerable<ActionFlags> FlagsOf(AreaAction action) => PlanPage.FlagOrder.Where(f => action.Flags.HasFlag(f));

    public LocalizedText? DescriptionText => Area.Description;
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

/// <summary>A plan whose coverage includes an area, as the area page (and its embed view) lists it.</summary>
public sealed record AreaPlan(string Slug, LocalizedText Title, LocalizedText? DocumentType, PlanPeriod? Period)
{
    public static AreaPlan Of(Plan plan) => new(plan.Slug, plan.Title, plan.DocumentType, plan.Period);
}

/// <summary>A district plan for an area, with the plan it is part of.</summary>
public sealed record AreaDistrict(AreaPlan Plan, string Id, LocalizedText Title, LocalizedText? Summary);

/// <summary>An action in an area, as the area page lists it under its plan.</summary>
public sealed record AreaAction(string Id, string Number, LocalizedText Title, ActionFlags Flags)
{
    public static AreaAction Of(ActionItem action) => new(action.Id, action.Number, action.Title, action.Flags);
}

/// <summary>One plan's actions in an area.</summary>
public sealed record AreaActionGroup(AreaPlan Plan, ValueList<AreaAction> Actions);
