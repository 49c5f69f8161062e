using SiteGen.Addressing;
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
    public static IReadOnlyList<string> CsvFileNames => PlanTables.All.Select(t => t.FileName).ToList();

    /// <summary>Every open data file, sorted by path.</summary>
    public static IReadOnlyList<OutputFile> Write(SiteContent content, SiteUrls urls) =>
        Makers(content, urls).AsParallel().SelectMany(make => make()).Select(f => f.Writer is null ? f : new OutputFile(f.Path, f.Bytes(), f.SourcePath))
            .OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

    /// <summary>
    /// The open data files as independent pieces of work (one per plan, one per whole-site file) that
    /// the build runs on every core. A plan's data depends on that plan alone; the whole-site files are
    /// the plans' parts one after another.
    /// </summary>
    /// <param name="onlyPlans">Write the per-plan files of these plans only (an incremental rebuild); null for all.
    /// The whole-site files are always written.</param>
    /// <param name="memory">What a `serve` session keeps from build to build: each plan's parts (made once per
    /// build, and again only when the plan changes) and the whole-site files (made again only when a part
    /// changed). Null for a one-off build: each plan's parts are then kept for the stage only.</param>
    public static IEnumerable<Func<IEnumerable<OutputFile>>> Makers(SiteContent content, SiteUrls urls, IReadOnlySet<Plan>? onlyPlans = null, OpenDataMemory? memory = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(urls);

        var plans = content.Plans.OrderBy(p => p.Slug, StringComparer.Ordinal).ToList();
        var schemaUrl = urls.Absolute(urls.File(SchemaPath));
        var json = new PlanJson(content, urls, schemaUrl);
        // A one-off build makes each plan's parts once, for its own files and for the whole-site files,
        // whichever asks first (the makers run on every core in any order; the other waits), and keeps
        // them to the end of the stage (bytes only), for seven passes over every plan's data that are not
        // made again (docs/performance.md#what-a-build-keeps-alive-and-allocation).
        var once = memory is null
            ? plans.ToDictionary(p => p.Slug, p => new Lazy<PlanParts>(() => PlanParts.Make(p, content, json, schemaUrl)), StringComparer.Ordinal)
            : null;
        PlanParts Parts(Plan plan) => once is not null ? once[plan.Slug].Value : memory!.Parts(plan, content, json, schemaUrl);

        IEnumerable<Func<IEnumerable<OutputFile>>> PerPlan() => plans.Where(p => onlyPlans?.Contains(p) ?? true).Select(plan => (Func<IEnumerable<OutputFile>>)(() =>
        {
            var part = Parts(plan);
            var folder = PlanFolder(plan.Slug);
            return PlanTables.All.Select((table, i) => new OutputFile($"{folder}/{table.FileName}", table.File([part.Records[i]]), plan.SourcePath))
                .Prepend(new OutputFile(PlanJsonPath(plan.Slug), part.Json, plan.SourcePath));
        }));

        if (memory is null)
        {
            // Each whole-site file is a pass over every plan: first, so that the per-plan files fill the
            // other cores around them instead of one of them running alone at the end of the stage.
            // Streamed plan by plan: at 10,000 plans plans.json alone is ≈ 280 MB.
            yield return () => [OutputFile.Streamed(AllPlansJsonPath, stream => json.WriteAllPlans(stream, plans.Select(p => Parts(p).Json)))];
            for (var i = 0; i < PlanTables.All.Count; i++)
            {
                var (table, column) = (PlanTables.All[i], i);
                yield return () => [OutputFile.Streamed($"{Folder}/{table.FileName}", stream => table.Write(stream, plans.Select(p => Parts(p).Records[column])))];
            }
            foreach (var make in PerPlan()) yield return make;
        }
        else
        {
            // The plans' parts first, made on every core and kept in memory; the whole-site files then reuse them.
            foreach (var make in PerPlan()) yield return make;
            // Parts are looked up once here (every plan's, in slug order) and shared by the whole-site files.
            var parts = new Lazy<PlanParts[]>(() => plans.Select(Parts).ToArray());
            yield return () => [new OutputFile(AllPlansJsonPath, memory.WholeSite(AllPlansJsonPath, parts.Value, all => json.AllPlans(all.Select(p => p.Json))))];
            for (var i = 0; i < PlanTables.All.Count; i++)
            {
                var (table, column) = (PlanTables.All[i], i);
                var path = $"{Folder}/{table.FileName}";
                yield return () => [new OutputFile(path, memory.WholeSite(path, parts.Value, all => table.File(all.Select(p => p.Records[column]))))];
            }
        }
        yield return () => [new OutputFile(SchemaPath, PlanSchema.Bytes(urls.Origin is null ? null : schemaUrl))];
    }
}
