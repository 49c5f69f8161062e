using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Model.Binding;

namespace SiteGen.Validation;

/// <summary>Stage 3: references between files resolve, and area parents form a tree.</summary>
public static class ReferenceValidator
{
    /// <param name="declared">Ids of files that exist but may have failed to load: references to them are not reported
    /// again, because the file's own errors already say what to fix.</param>
    public static void Validate(SiteContent content, IReadOnlyList<Reference> references, ISet<string> declared, DiagnosticBag diagnostics)
    {
        var areaIds = content.Areas.Select(a => a.Id).ToHashSet();
        var organisationIds = content.Organisations.Select(o => o.Id).ToHashSet();
        var planSlugs = content.Plans.Select(p => p.Slug).ToHashSet();

        foreach (var reference in references)
        {
            var (known, folder, what) = reference.Kind switch
            {
                ReferenceKind.Area => (areaIds, "content/areas/", "area"),
                ReferenceKind.Organisation => (organisationIds, "content/organisations/", "organisation"),
                _ => (planSlugs, "content/plans/", "plan"),
            };
            if (known.Contains(reference.Id) || declared.Contains($"{reference.Kind}:{reference.Id}")) continue;
            var suggestion = known.FirstOrDefault(k => k.Contains(reference.Id, StringComparison.Ordinal) || reference.Id.Contains(k, StringComparison.Ordinal));
            diagnostics.Error(reference.At, reference.Field, $"there is no {what} `{reference.Id}`",
                suggestion is not null ? $"did you mean `{suggestion}`?" : $"add it under {folder}, or use one of: {string.Join(", ", known.Order(StringComparer.Ordinal))}");
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
    }
}
