namespace SiteGen.Model;

/// <summary>Everything the content folder describes, bound and cross-checked: the input of rendering.</summary>
public sealed class SiteContent(
    IReadOnlyList<Plan> Plans,
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<ServiceArea> Areas,
    SiteGlossary? Glossary = null)
{
    public IReadOnlyList<Plan> Plans { get; } = Plans;
    public IReadOnlyList<Organisation> Organisations { get; } = Organisations;
    public IReadOnlyList<ServiceArea> Areas { get; } = Areas;
    /// <summary>content/glossary.md: the terms the plans share; empty when the site has none.</summary>
    public SiteGlossary Glossary { get; } = Glossary ?? SiteGlossary.Empty;

    // Every page asks these questions, many times per page (an area page for each of its actions,
    // a plan page for each area name): answered from indexes built once, not by scanning every plan.
    // Plain dictionaries: `serve` builds them again after every save, and a frozen dictionary costs
    // several times as much to build for lookups that are no faster in practice here.
    private Relations? _relations;
    private Relations Index => LazyInitializer.EnsureInitialized(ref _relations, () => new Relations(this));

    public ServiceArea? Area(string id) => Index.AreasById.GetValueOrDefault(id);
    public Plan? Plan(string slug) => Index.PlansBySlug.GetValueOrDefault(slug);
    public Organisation? Organisation(string id) => Index.OrganisationsById.GetValueOrDefault(id);

    /// <summary>The areas whose parent is <paramref name="areaId"/>, in content order.</summary>
    public IReadOnlyList<ServiceArea> ChildrenOf(string areaId) => Index.Children.GetValueOrDefault(areaId, []);

    /// <summary>Every action that names the area, with its plan, in plan then action order.</summary>
    public IReadOnlyList<(Plan Plan, ActionItem Action)> ActionsIn(string areaId) =>
        Index.Actions.TryGetValue(areaId, out var actions) ? actions : [];

    /// <summary>Every district plan (地区別計画) written for the area, with its plan.</summary>
    public IReadOnlyList<(Plan Plan, DistrictPlan District)> DistrictPlansFor(string areaId) => Index.Districts.GetValueOrDefault(areaId, []);

    /// <summary>The plans whose coverage area is exactly <paramref name="areaId"/>.</summary>
    public IReadOnlyList<Plan> PlansCovering(string areaId) => Index.Coverage.GetValueOrDefault(areaId, []);

    /// <summary>Plans that revise <paramref name="slug"/>.</summary>
    public IReadOnlyList<Plan> RevisionsOf(string slug) => Index.Revisions.GetValueOrDefault(slug, []);

    private sealed class Relations
    {
        public Relations(SiteContent content)
        {
            // The first of two equal ids wins, as the linear search it replaces did; validation reports duplicates anyway.
            AreasById = content.Areas.DistinctBy(a => a.Id).ToDictionary(a => a.Id, StringComparer.Ordinal);
            PlansBySlug = content.Plans.DistinctBy(p => p.Slug).ToDictionary(p => p.Slug, StringComparer.Ordinal);
            OrganisationsById = content.Organisations.DistinctBy(o => o.Id).ToDictionary(o => o.Id, StringComparer.Ordinal);
            Children = Group(content.Areas.Where(a => a.ParentId is not null), a => a.ParentId!, a => a);
            Districts = Group(content.Plans.SelectMany(p => p.DistrictPlans.Select(d => (p, d))), x => x.d.AreaId, x => x);
            Coverage = Group(content.Plans, p => p.CoverageAreaId, p => p);
            Revisions = Group(content.Plans.Where(p => p.RevisionOf is not null), p => p.RevisionOf!, p => p);

            // The largest index (every action of every plan, by area), built again after every save in `serve`.
            // Each plan's own grouping is kept in the plan object (Plan.ActionsByArea), so a save only merges
            // them: one lookup per plan and area, not one per action and area (160,000 at 10,000 plans).
            var actions = new Dictionary<string, List<(Plan, ActionItem)>>(StringComparer.Ordinal);
            foreach (var plan in content.Plans)
            {
                foreach (var (id, planActions) in plan.ActionsByArea)
                {
                    if (!actions.TryGetValue(id, out var list)) actions[id] = list = [];
                    foreach (var action in planActions) list.Add((plan, action));
                }
            }
            Actions = actions;
        }

        public Dictionary<string, ServiceArea> AreasById { get; }
        public Dictionary<string, Plan> PlansBySlug { get; }
        public Dictionary<string, Organisation> OrganisationsById { get; }
        public Dictionary<string, IReadOnlyList<ServiceArea>> Children { get; }
        public Dictionary<string, List<(Plan, ActionItem)>> Actions { get; }
        public Dictionary<string, IReadOnlyList<(Plan, DistrictPlan)>> Districts { get; }
        public Dictionary<string, IReadOnlyList<Plan>> Coverage { get; }
        public Dictionary<string, IReadOnlyList<Plan>> Revisions { get; }

        private static Dictionary<string, IReadOnlyList<TValue>> Group<T, TValue>(IEnumerable<T> items, Func<T, string> key, Func<T, TValue> value) =>
            items.GroupBy(key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<TValue>)g.Select(value).ToList(), StringComparer.Ordinal);
    }
}

/// <summary>
/// One plan's actions grouped by the areas they name: areas in the order the actions first name them,
/// each with its actions in plan order, an action once per area even if it names the area twice.
/// </summary>
internal static class PlanAreaActions
{
    public static IReadOnlyList<(string AreaId, IReadOnlyList<ActionItem> Actions)> Group(IReadOnlyList<ActionItem> actions)
    {
        var groups = new List<(string AreaId, List<ActionItem> Actions)>();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var action in actions)
        {
            for (var i = 0; i < action.AreaIds.Count; i++)
            {
                var id = action.AreaIds[i];
                if (IndexOf(action.AreaIds, id) < i) continue; // an area named twice lists the action once
                if (!byId.TryGetValue(id, out var at))
                {
                    byId[id] = at = groups.Count;
                    groups.Add((id, []));
                }
                groups[at].Actions.Add(action);
            }
        }
        return [.. groups.Select(g => (g.AreaId, (IReadOnlyList<ActionItem>)g.Actions))];
    }

    private static int IndexOf(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
            if (string.Equals(ids[i], id, StringComparison.Ordinal)) return i;
        return -1;
    }
}
