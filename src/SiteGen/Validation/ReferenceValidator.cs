using System.Collections.Frozen;
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
    /// <returns>The groups with a reference that does not resolve; usually none.</returns>
    public static IReadOnlySet<IReadOnlyList<Reference>> Validate(SiteContent content, IReadOnlyList<IReadOnlyList<Reference>> groups, ISet<string> declared,
        DiagnosticBag diagnostics)
    {
        var (areaIds, organisationIds, planSlugs) = Ids(content);
        HashSet<IReadOnlyList<Reference>>? unresolved = null;
        foreach (var group in groups)
        {
            foreach (var reference in group)
            {
                var (known, folder, what) = reference.Kind switch
                {
                    ReferenceKind.Area => (areaIds, "content/areas/", "area"),
                    ReferenceKind.Organisation => (organisationIds, "content/organisations/", "organisation"),
                    _ => (planSlugs, "content/plans/", "plan"),
                };
                if (known.Contains(reference.Id)) continue;
                (unresolved ??= new HashSet<IReadOnlyList<Reference>>(ReferenceEqualityComparer.Instance)).Add(group);
                if (declared.Contains($"{reference.Kind}:{reference.Id}")) continue;
                var suggestion = known.FirstOrDefault(k => k.Contains(reference.Id, StringComparison.Ordinal) || reference.Id.Contains(k, StringComparison.Ordinal));
                diagnostics.Error(reference.At, reference.Field, $"there is no {what} `{reference.Id}`",
                    suggestion is not null ? $"did you mean `{suggestion}`?" : $"add it under {folder}, or use one of: {string.Join(", ", known.Order(StringComparer.Ordinal))}");
            }
        }

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
        return unresolved ?? (IReadOnlySet<IReadOnlyList<Reference>>)FrozenSet<IReadOnlyList<Reference>>.Empty;
    }

    /// <summary>The ids a reference may name: areas, organisations, plans.</summary>
    internal static (HashSet<string> Areas, HashSet<string> Organisations, HashSet<string> Plans) Ids(SiteContent content) => (
        content.Areas.Select(a => a.Id).ToHashSet(StringComparer.Ordinal),
        content.Organisations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal),
        content.Plans.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal));
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

    /// <summary>
    /// Runs <paramref name="validate"/> (<see cref="ReferenceValidator.Validate"/>) on the groups not found resolved in an earlier
    /// build against the same ids of <paramref name="content"/>; groups of files that are gone or changed are let go.
    /// </summary>
    public void Around(SiteContent content, IReadOnlyList<IReadOnlyList<Reference>> groups,
        Func<IReadOnlyList<IReadOnlyList<Reference>>, IReadOnlySet<IReadOnlyList<Reference>>> validate)
    {
        var (areas, organisations, plans) = ReferenceValidator.Ids(content);
        if (!(areas.SetEquals(_areas) && organisations.SetEquals(_organisations) && plans.SetEquals(_plans))) _resolved.Clear();
        (_areas, _organisations, _plans) = (areas, organisations, plans);
        var next = new HashSet<IReadOnlyList<Reference>>(ReferenceEqualityComparer.Instance);
        var unknown = new List<IReadOnlyList<Reference>>();
        foreach (var group in groups)
        {
            if (_resolved.Contains(group)) next.Add(group);
            else unknown.Add(group);
        }
        var unresolved = validate(unknown);
        foreach (var group in unknown)
            if (!unresolved.Contains(group)) next.Add(group);
        _resolved = next;
    }
}
