using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Model.Binding;

/// <summary>Stage 2 of the pipeline: turns parsed documents into the typed model of plans.</summary>
public static class ContentBinder
{
    public static (SiteContent Content, IReadOnlyList<Reference> References) Bind(LoadedContent loaded, DiagnosticBag diagnostics,
        IReadOnlyDictionary<string, DateOnly>? commitDates = null)
    {
        var references = new ReferenceList();

        var organisations = loaded.Organisations
            .Select(o => CheckFileId(o.Id, o.Document, diagnostics) ? OrganisationBinder.Bind(o.Document, o.Id, diagnostics) : null)
            .OfType<Organisation>()
            .ToList();
        var byId = organisations.ToDictionary(o => o.Id);

        var areas = loaded.Areas
            .Select(a => CheckFileId(a.Id, a.Document, diagnostics) ? AreaBinder.Bind(a.Document, a.Id, a.EnglishBody, diagnostics, references) : null)
            .OfType<ServiceArea>()
            .ToList();

        // Plans are independent of each other: bind them on every core, keep the folder order.
        var plans = loaded.Plans
            .AsParallel().AsOrdered()
            .Select(p => PlanBinder.Bind(p.Japanese, p.Folder, p.English, diagnostics, references, id => byId.GetValueOrDefault(id)))
            .OfType<Plan>()
            .Select(p => p.Updated is null && LastCommit(p, commitDates) is { } date ? p with { Updated = date } : p)
            .ToList();

        foreach (var duplicate in plans.GroupBy(p => p.Slug).Where(g => g.Count() > 1))
            foreach (var plan in duplicate.Skip(1))
                diagnostics.Error(SourceLocation.StartOf(plan.SourcePath), "slug",
                    $"the slug `{duplicate.Key}` is already used by {duplicate.First().SourcePath}", "give each plan its own slug");

        return (new SiteContent(plans, organisations, areas), references.All);
    }

    private static PartialDate? LastCommit(Plan plan, IReadOnlyDictionary<string, DateOnly>? commitDates)
    {
        if (commitDates is null) return null;
        var dates = new[] { plan.SourcePath, plan.Narrative.EnPath }
            .Select(path => commitDates.TryGetValue(path, out var d) ? d : (DateOnly?)null)
            .OfType<DateOnly>()
            .ToList();
        return dates.Count == 0 ? null : new PartialDate(dates.Max().Year, dates.Max().Month, dates.Max().Day);
    }

    private static bool CheckFileId(string id, SourceDocument document, DiagnosticBag diagnostics)
    {
        if (Content.Yaml.YamlValues.IsValidId(id)) return true;
        diagnostics.Error(SourceLocation.StartOf(document.RelativePath), "",
            $"the file name `{id}` cannot be used as an id in web addresses",
            "rename the file using lowercase letters a-z, digits and hyphens only");
        return false;
    }
}
