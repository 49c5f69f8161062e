using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Model.Binding;

/// <summary>
/// Binds one file: <paramref name="bind"/> run with the build's <paramref name="diagnostics"/> and <paramref name="references"/>
/// (<see cref="ContentBinder.EachFile"/>), or what it gave for the same <paramref name="document"/> and <paramref name="companion"/>
/// (the translations' body files) in a `serve` session's last build (<see cref="BindingCache.Around"/>).
/// </summary>
public delegate object? BindFile(SourceDocument document, object? companion, DiagnosticBag diagnostics, ReferenceList references,
    Func<DiagnosticBag, ReferenceList, object?> bind);

/// <summary>Stage 2 of the pipeline: turns parsed documents into the typed model of plans.</summary>
public static class ContentBinder
{
    /// <summary>Binds every file.</summary>
    public static BindFile EachFile { get; } = (_, _, diagnostics, references, bind) => bind(diagnostics, references);

    /// <param name="bindFile">Binds each file: <see cref="EachFile"/>, or what the caches wrap around it.</param>
    public static (SiteContent Content, IReadOnlyList<IReadOnlyList<Reference>> References) Bind(LoadedContent loaded, DiagnosticBag diagnostics,
        IReadOnlyDictionary<string, DateOnly>? commitDates, BindFile bindFile)
    {
        var references = new ReferenceList();
        T? BindOne<T>(SourceDocument document, object? companion, Func<DiagnosticBag, ReferenceList, T?> bind) where T : class =>
            (T?)bindFile(document, companion, diagnostics, references, bind);

        var organisations = loaded.Organisations
            .Select(o => BindOne(o.Document, null, (d, _) => CheckFileId(o.Id, o.Document, d) ? OrganisationBinder.Bind(o.Document, o.Id, d) : null))
            .OfType<Organisation>()
            .ToList();
        var byId = organisations.DistinctBy(o => o.Id).ToDictionary(o => o.Id);

        var areas = loaded.Areas
            .AsParallel().AsOrdered()
            .Select(a => BindOne(a.Document, a.Translations, (d, r) => CheckFileId(a.Id, a.Document, d) ? AreaBinder.Bind(a.Document, a.Id, a.Translations, d, r) : null))
            .OfType<ServiceArea>()
            .ToList();

        // Plans are independent of each other: bind them on every core, keep the folder order.
        // Each plan is read here, bound, and its YAML tree let go before the next (see PlanFiles).
        var plans = loaded.Plans
            .AsParallel().AsOrdered()
            .Select(p => p.Read() is var (japanese, translations)
                ? BindOne(japanese, translations, (d, r) =>
                    PlanBinder.Bind(japanese, p.Folder, translations, d, r, id => byId.GetValueOrDefault(id)) is { } plan
                        ? plan.Updated is null && LastCommit(plan, commitDates) is { } date ? plan with { Updated = date } : plan
                        : null)
                : null)
            .OfType<Plan>()
            .ToList();
        var glossary = loaded.Glossary is { } glossaryDocument
            ? BindOne(glossaryDocument, null, (d, _) => GlossaryBinder.Bind(glossaryDocument, d))
            : null;

        foreach (var duplicate in plans.GroupBy(p => p.Slug).Where(g => g.Count() > 1))
            foreach (var plan in duplicate.Skip(1))
                diagnostics.Error(SourceLocation.StartOf(plan.SourcePath), "slug",
                    $"the slug `{duplicate.Key}` is already used by {duplicate.First().SourcePath}", "give each plan its own slug");

        return (new SiteContent(plans, organisations, areas, glossary), references.Groups);
    }

    private static PartialDate? LastCommit(Plan plan, IReadOnlyDictionary<string, DateOnly>? commitDates)
    {
        if (commitDates is null) return null;
        var dates = plan.Narrative.Bodies.Select(b => b.Path).Prepend(plan.SourcePath)
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
