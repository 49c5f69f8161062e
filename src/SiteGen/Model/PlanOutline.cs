namespace SiteGen.Model;

/// <summary>
/// The tree of a plan's sections and actions, as pages walk it: the sections at the top of each level
/// (a section without a parent), the children of each, the actions under each. Made once per page from the flat lists.
/// </summary>
public sealed class PlanOutline
{
    private readonly Dictionary<string, PlanSection> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PlanSection>> _children = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ActionItem>> _actions = new(StringComparer.Ordinal);

    public PlanOutline(Plan plan)
    {
        Plan = plan;
        foreach (var section in plan.Sections) _byId.TryAdd(section.Id, section);
        var roots = new List<PlanSection>();
        foreach (var section in plan.Sections)
        {
            if (section.ParentId is { } parent && _byId.ContainsKey(parent)) Add(_children, parent, section);
            else roots.Add(section);
        }
        var loose = new List<ActionItem>();
        foreach (var action in plan.Actions)
        {
            if (action.SectionId is { } id && _byId.ContainsKey(id)) Add(_actions, id, action);
            else loose.Add(action);
        }
        Roots = roots;
        ActionsWithoutSection = loose;
    }

    public Plan Plan { get; }

    /// <summary>Sections with no parent, in the plan's order: the top level's, and those of lower levels the plan does not place.</summary>
    public IReadOnlyList<PlanSection> Roots { get; }

    public IReadOnlyList<ActionItem> ActionsWithoutSection { get; }

    public PlanSection? Section(string? id) => id is not null && _byId.TryGetValue(id, out var section) ? section : null;

    public IReadOnlyList<PlanSection> ChildrenOf(PlanSection section) => _children.TryGetValue(section.Id, out var list) ? list : [];

    public IReadOnlyList<ActionItem> ActionsOf(PlanSection section) => _actions.TryGetValue(section.Id, out var list) ? list : [];

    /// <summary>The section at the top of <paramref name="section"/>'s branch (itself when it has no parent).</summary>
    public PlanSection RootOf(PlanSection section)
    {
        // Parents are of higher levels (binding checks it), so the walk ends within the plan's few levels.
        while (Section(section.ParentId) is { } parent) section = parent;
        return section;
    }

    /// <summary>Whether the section says anything beyond its title: a summary edition often lists only names.</summary>
    public bool IsTitleOnly(PlanSection section) =>
        section.Description is null && section.Parts.IsEmpty && ActionsOf(section).Count == 0 && ChildrenOf(section).Count == 0;

    /// <summary>Runs of siblings: consecutive sections with only a title are listed together, not given a heading with nothing under it.</summary>
    public IEnumerable<(bool TitlesOnly, IReadOnlyList<PlanSection> Sections)> Runs(IReadOnlyList<PlanSection> siblings)
    {
        var run = new List<PlanSection>();
        var titlesOnly = false;
        foreach (var section in siblings)
        {
            var titleOnly = IsTitleOnly(section);
            if (run.Count > 0 && titleOnly != titlesOnly)
            {
                yield return (titlesOnly, run);
                run = [];
            }
            titlesOnly = titleOnly;
            run.Add(section);
        }
        if (run.Count > 0) yield return (titlesOnly, run);
    }

    /// <summary>Every action under <paramref name="section"/>, at any depth: its own first, then each child's.</summary>
    public IEnumerable<ActionItem> ActionsUnder(PlanSection section) =>
        ActionsOf(section).Concat(ChildrenOf(section).SelectMany(ActionsUnder));

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }
}
