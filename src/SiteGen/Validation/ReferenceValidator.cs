using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Model.Binding;

namespace SiteGen.Validation;

/// <summary>Stage 3: references between files resolve, and area parents form a tree.</summary>
public static class ReferenceValidator
{
    /// <param name="groups">The references, in groups: each file's from a `serve` session's cache is the same list object as in the last build.</param>
    /// <param name="declared">Ids of files that exist but may have failed to load: references to them are not reported
    /// again, because the file's own errors already say what to fix.</param>
    /// <param name="memo">What a `serve` session's earlier builds found; null to check every reference.</param>
    public static void Validate(SiteContent content, IReadOnlyList<IReadOnlyList<Reference>> groups, ISet<string> declared, DiagnosticBag diagnostics,
        ResolvedReferences? memo = null)
    {
        var areaIds = content.Areas.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var organisationIds = content.Organisations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var planSlugs = content.Plans.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        memo?.Begin(areaIds, organisationIds, planSlugs);

        foreach (var group in groups)
        {
            if (memo?.AllResolved(group) == true) continue;
            var resolved = true;
            foreach (var reference in group)
            {
                var (known, folder, what) = reference.Kind switch
                {
                    ReferenceKind.Area => (areaIds, "content/areas/", "area"),
                    ReferenceKind.Organisation => (organisationIds, "content/organisations/", "organisation"),
                    _ => (planSlugs, "content/plans/", "plan"),
                };
                if (known.Contains(reference.Id)) continue;
                resolved = false;
                if (declared.Contains($"{reference.Kind}:{reference.Id}")) continue;
                var suggestion = known.FirstOrDefault(k => k.Contains(reference.Id, StringComparison.Ordinal) || reference.Id.Contains(k, StringComparison.Ordinal));
                diagnostics.Error(reference.At, reference.Field, $"there is no {what} `{reference.Id}`",
                    suggestion is not null ? $"did you mean `{suggestion}`?" : $"add it under {folder}, or use one of: {string.Join(", ", known.Order(StringComparer.Ordinal))}");
            }
            if (resolved) memo?.Resolved(group);
        }
        memo?.End();

        foreach (var area in content.Areas)
        {
            var seen = new HashSet<string> { area.Id };
            for (var parent = area.ParentId; parent is not null; parent = content.Area(parent)?.ParentId)
            {
                if (!seen.Add(parent))
                {
                    diagnostics.Error(area.ParentAt ?? SourceLocation.StartOf(area.SourcePath), "parent", $"the area `{area.Id}` is its own ancestor",
                        "an area's parent must be a larger area; remove the loop");
                    break;
                }
            }
        }
    }
}

/// <summary>
/// The reference groups a `serve` session found fully resolved, with the ids they were resolved
/// against. An unchanged file hands over the same group object build after build, and while no
/// area, organisation or plan id has come or gone its references still resolve: they are not looked
/// up again: on a portal that lookup would be a large share of every save (docs/performance.md#incremental-rebuilds-in-serve).
/// </summary>
public sealed class ResolvedReferences
{
    private HashSet<string> _areas = [], _organisations = [], _plans = [];
    private HashSet<IReadOnlyList<Reference>> _resolved = new(ReferenceEqualityComparer.Instance);
    private HashSet<IReadOnlyList<Reference>> _next = new(ReferenceEqualityComparer.Instance);

    /// <summary>Starts a check against these ids; what was resolved against other ids is forgotten.</summary>
    internal void Begin(HashSet<string> areas, HashSet<string> organisations, HashSet<string> plans)
    {
        if (!(areas.SetEquals(_areas) && organisations.SetEquals(_organisations) && plans.SetEquals(_plans))) _resolved.Clear();
        (_areas, _organisations, _plans) = (areas, organisations, plans);
        _next = new HashSet<IReadOnlyList<Reference>>(ReferenceEqualityComparer.Instance);
    }

    internal bool AllResolved(IReadOnlyList<Reference> group)
    {
        if (!_resolved.Contains(group)) return false;
        _next.Add(group);
        return true;
    }

    internal void Resolved(IReadOnlyList<Reference> group) => _next.Add(group);

    /// <summary>Ends a check: groups of files that are gone or changed are let go.</summary>
    internal void End() => _resolved = _next;
}
