using SiteGen.Model;
using SiteGen.Pages;
using SiteGen.Publish;

namespace SiteGen.OpenData;

/// <summary>
/// The plans as open data: JSON (with a JSON Schema) and CSV tables, per plan under
/// data/plans/&lt;slug&gt;/ and for the whole site under data/. Documented in docs/open-data.md.
/// The same content always gives byte-identical files: nothing depends on the clock, the machine,
/// the culture or the order of a dictionary.
/// </summary>
public static class OpenDataWriter
{
    /// <summary>The folder every open data file is written under.</summary>
    public const string Folder = "data";

    public const string SchemaPath = Folder + "/schema/plan.schema.json";
    public const string AllPlansJsonPath = Folder + "/plans.json";

    /// <summary>data/plans/&lt;slug&gt;/: the folder of one plan's files.</summary>
    public static string PlanFolder(string slug) => $"{Folder}/plans/{slug}";

    /// <summary>data/plans/&lt;slug&gt;/plan.json.</summary>
    public static string PlanJsonPath(string slug) => PlanFolder(slug) + "/plan.json";

    /// <summary>The CSV file names, the same per plan and for the whole site.</summary>
    public static IReadOnlyList<string> CsvFileNames { get; } = PlanTables.All.Select(t => t.FileName).ToList();

    /// <param name="onlyPlans">Write the per-plan files of these plans only (an incremental rebuild); null for all.
    /// The whole-site files are always written.</param>
    public static IReadOnlyList<OutputFile> Write(SiteContent content, SiteUrls urls, IReadOnlySet<Plan>? onlyPlans = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(urls);

        var plans = content.Plans.OrderBy(p => p.Slug, StringComparer.Ordinal).ToList();
        var schemaUrl = urls.Absolute(urls.File(SchemaPath));
        var json = new PlanJson(content, urls, schemaUrl);
        // Each plan's files depend on that plan alone: made in parallel, then sorted, so the order never varies.
        var files = plans.Where(p => onlyPlans?.Contains(p) ?? true).AsParallel().SelectMany(plan =>
        {
            var folder = PlanFolder(plan.Slug);
            return PlanTables.All.Select(table => new OutputFile($"{folder}/{table.FileName}", table.Write([plan], content), plan.SourcePath))
                .Prepend(new OutputFile(PlanJsonPath(plan.Slug), json.Plan(plan), plan.SourcePath))
                .ToList();
        }).ToList();

        files.Add(new OutputFile(AllPlansJsonPath, json.AllPlans(plans)));
        foreach (var table in PlanTables.All)
            files.Add(new OutputFile($"{Folder}/{table.FileName}", table.Write(plans, content)));
        files.Add(new OutputFile(SchemaPath, PlanSchema.Bytes(urls.Origin is null ? null : schemaUrl)));

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }
}
