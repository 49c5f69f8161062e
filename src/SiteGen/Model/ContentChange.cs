namespace SiteGen.Model;

/// <summary>
/// What differs between the content of two builds of one `serve` session, told apart by object
/// identity (an unchanged file gives the very same objects): which plans were replaced, added or
/// removed, and whether any area or organisation changed. Incremental builds use it to leave alone
/// the pages a change cannot reach without working out what each of them depends on: after a save to
/// one plan only the area pages of that plan's areas are looked at, not all of a portal's areas.
/// </summary>
public sealed class ContentChange
{
    private ContentChange(bool areasOrOrganisationsChanged, IReadOnlySet<string> areasOfChangedPlans, IReadOnlySet<string> plansOfChangedPlans,
        bool glossaryChanged)
    {
        GlossaryChanged = glossaryChanged;
        AreasOrOrganisationsChanged = areasOrOrganisationsChanged;
        AreasOfChangedPlans = areasOfChangedPlans;
        PlansOfChangedPlans = plansOfChangedPlans;
    }

    /// <summary>An area or organisation file changed (or one was added or removed): every area page may be affected.</summary>
    public bool AreasOrOrganisationsChanged { get; }

    /// <summary>The site glossary (content/glossary.md) changed: the glossary pages and every plan page (its ※ links) may be affected.</summary>
    public bool GlossaryChanged { get; }

    /// <summary>
    /// The areas a changed plan reaches, in its old or its new version: its coverage area and every area
    /// below it (their pages list the plans covering them), its district plans' areas and its actions' areas.
    /// </summary>
    public IReadOnlySet<string> AreasOfChangedPlans { get; }

    /// <summary>
    /// The slugs of the changed plans (old or new version) and of the plans whose pages print them: the
    /// plan a changed plan revises, and the plans that revise it.
    /// </summary>
    public IReadOnlySet<string> PlansOfChangedPlans { get; }

    public static ContentChange Between(SiteContent before, SiteContent after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var areasOrOrganisations = !SameObjects(before.Areas, after.Areas) || !SameObjects(before.Organisations, after.Organisations);

        var oldPlans = before.Plans.ToHashSet<Plan>(ReferenceEqualityComparer.Instance);
        var newPlans = after.Plans.ToHashSet<Plan>(ReferenceEqualityComparer.Instance);
        var areas = new HashSet<string>(StringComparer.Ordinal);
        var plans = new HashSet<string>(StringComparer.Ordinal);
        foreach (var plan in before.Plans.Where(p => !newPlans.Contains(p))) AddReachOf(plan, before, areas, plans);
        foreach (var plan in after.Plans.Where(p => !oldPlans.Contains(p))) AddReachOf(plan, after, areas, plans);
        return new ContentChange(areasOrOrganisations, areas, plans, !before.Glossary.Equals(after.Glossary));
    }

    private static void AddReachOf(Plan plan, SiteContent content, HashSet<string> areas, HashSet<string> plans)
    {
        AddAreasOf(plan, content, areas);
        plans.Add(plan.Slug);
        if (plan.RevisionOf is { } revised) plans.Add(revised);
        foreach (var revision in content.RevisionsOf(plan.Slug)) plans.Add(revision.Slug);
    }

    private static bool SameObjects<T>(IReadOnlyList<T> before, IReadOnlyList<T> after) where T : class =>
        before.Count == after.Count && before.Zip(after).All(pair => ReferenceEquals(pair.First, pair.Second));

    private static void AddAreasOf(Plan plan, SiteContent content, HashSet<string> areas)
    {
        // The coverage area and everything below it (the walk stops at an area already seen, so a cycle
        // in broken content cannot loop: validation reports it).
        var below = new Stack<string>([plan.CoverageAreaId]);
        while (below.TryPop(out var id))
        {
            if (!areas.Add(id)) continue;
            foreach (var child in content.ChildrenOf(id)) below.Push(child.Id);
        }
        foreach (var id in plan.AreaIds) areas.Add(id);
    }
}
