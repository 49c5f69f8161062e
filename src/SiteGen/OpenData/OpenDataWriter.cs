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

    /// <summary>Every open data file, sorted by path.</summary>
    public static IReadOnlyList<OutputFile> Write(SiteContent content, SiteUrls urls) =>
        Makers(content, urls).AsParallel().SelectMany(make => make()).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

    /// <summary>
    /// The open data files as independent pieces of work (one per plan, one per whole-site file) that
    /// the build runs on every core. A plan's data depends on that plan alone; the whole-site files are
    /// the plans' parts one after another, each part made once (and, in a `serve` session, kept for as
    /// long as the plan and its areas are the same objects).
    /// </summary>
    /// <param name="onlyPlans">Write the per-plan files of these plans only (an incremental rebuild); null for all.
    /// The whole-site files are always written.</param>
    /// <param name="remember">Keep each plan's parts for the next build of a `serve` session (and for the
    /// whole-site files of this one). Off for a one-off build: the whole-site files then make their
    /// own column of each plan again rather than hold every plan's data until the end (10,000 plans: ≈ 400 MB).</param>
    public static IEnumerable<Func<IEnumerable<OutputFile>>> Makers(SiteContent content, SiteUrls urls, IReadOnlySet<Plan>? onlyPlans = null, bool remember = true)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(urls);

        var plans = content.Plans.OrderBy(p => p.Slug, StringComparer.Ordinal).ToList();
        var schemaUrl = urls.Absolute(urls.File(SchemaPath));
        var json = new PlanJson(content, urls, schemaUrl);
        // Looked up (or made) once per plan and build, however many whole-site files ask for it.
        var thisBuild = new System.Collections.Concurrent.ConcurrentDictionary<Plan, PlanParts>(ReferenceEqualityComparer.Instance);
        PlanParts Parts(Plan plan) => remember
            ? thisBuild.GetOrAdd(plan, p => PlanParts.Of(p, content, json, schemaUrl))
            : PlanParts.Make(plan, content, json, schemaUrl);

        foreach (var plan in plans.Where(p => onlyPlans?.Contains(p) ?? true))
        {
            yield return () =>
            {
                var part = Parts(plan);
                var folder = PlanFolder(plan.Slug);
                return PlanTables.All.Select((table, i) => new OutputFile($"{folder}/{table.FileName}", Csv.File(table.Header, [part.Records[i]]), plan.SourcePath))
                    .Prepend(new OutputFile(PlanJsonPath(plan.Slug), part.Json, plan.SourcePath));
            };
        }
        yield return () => [new OutputFile(AllPlansJsonPath, json.AllPlans(plans.Select(p => remember ? Parts(p).Json : json.Plan(p))))];
        for (var i = 0; i < PlanTables.All.Count; i++)
        {
            var table = i;
            yield return () => [new OutputFile($"{Folder}/{PlanTables.All[table].FileName}",
                Csv.File(PlanTables.All[table].Header, plans.Select(p => remember ? Parts(p).Records[table] : PlanTables.All[table].Records(p, content))))];
        }
        yield return () => [new OutputFile(SchemaPath, PlanSchema.Bytes(urls.Origin is null ? null : schemaUrl))];
    }

    /// <summary>
    /// One plan's open data: its plan.json and its records of each table. Remembered per plan object
    /// (a `serve` session keeps unchanged plans as the same objects), and valid while the areas it
    /// names are the same objects and the site's address is the same.
    /// </summary>
    private sealed record PlanParts(string SchemaUrl, IReadOnlyList<ServiceArea?> Areas, byte[] Json, IReadOnlyList<byte[]> Records)
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Plan, PlanParts> Made = new();

        public static PlanParts Of(Plan plan, SiteContent content, PlanJson json, string schemaUrl)
        {
            var areas = plan.AreaIds.Select(content.Area).ToList();
            if (Made.TryGetValue(plan, out var made) && made.SchemaUrl == schemaUrl && made.Areas.SequenceEqual(areas, ReferenceEqualityComparer.Instance))
                return made;
            var parts = Make(plan, content, json, schemaUrl);
            Made.AddOrUpdate(plan, parts);
            return parts;
        }

        public static PlanParts Make(Plan plan, SiteContent content, PlanJson json, string schemaUrl) =>
            new(schemaUrl, plan.AreaIds.Select(content.Area).ToList(), json.Plan(plan), PlanTables.All.Select(t => t.Records(plan, content)).ToList());
    }
}
