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
    /// the plans' parts one after another. A `serve` session keeps them from build to build instead
    /// (<see cref="OpenDataMemory.Makers"/>).
    /// </summary>
    /// <param name="onlyPlans">Write the per-plan files of these plans only (an incremental rebuild); null for all.
    /// The whole-site files are always written.</param>
    public static IEnumerable<Func<IEnumerable<OutputFile>>> Makers(SiteContent content, SiteUrls urls, IReadOnlySet<Plan>? onlyPlans = null)
    {
        var site = OpenDataSite.Of(content, urls);
        // Each plan's parts are made once, for its own files and for the whole-site files, whichever asks
        // first (the makers run on every core in any order; the other waits), and kept to the end of the stage
        // (bytes only), for seven passes over every plan's data that are not made again
        // (docs/performance.md#what-a-build-keeps-alive-and-allocation).
        var once = site.Plans.ToDictionary(p => p.Slug, p => new Lazy<PlanParts>(() => site.Make(p)), StringComparer.Ordinal);
        PlanParts Parts(Plan plan) => once[plan.Slug].Value;

        // Each whole-site file is a pass over every plan: first, so that the per-plan files fill the
        // other cores around them instead of one of them running alone at the end of the stage.
        // Streamed plan by plan: at 10,000 plans plans.json alone is ≈ 280 MB.
        yield return () => [OutputFile.Streamed(AllPlansJsonPath, stream => site.Json.WriteAllPlans(stream, site.Plans.Select(p => Parts(p).Json)))];
        for (var i = 0; i < PlanTables.All.Count; i++)
        {
            var (table, column) = (PlanTables.All[i], i);
            yield return () => [OutputFile.Streamed($"{Folder}/{table.FileName}", stream => table.Write(stream, site.Plans.Select(p => Parts(p).Records[column])))];
        }
        foreach (var make in PerPlan(site, onlyPlans, Parts)) yield return make;
        yield return site.Schema;
    }

    /// <summary>The per-plan files: plan.json and the plan's rows of each table.</summary>
    internal static IEnumerable<Func<IEnumerable<OutputFile>>> PerPlan(OpenDataSite site, IReadOnlySet<Plan>? onlyPlans, Func<Plan, PlanParts> parts) =>
        site.Plans.Where(p => onlyPlans?.Contains(p) ?? true).Select(plan => (Func<IEnumerable<OutputFile>>)(() =>
        {
            var part = parts(plan);
            var folder = PlanFolder(plan.Slug);
            return PlanTables.All.Select((table, i) => new OutputFile($"{folder}/{table.FileName}", table.File([part.Records[i]]), plan.SourcePath))
                .Prepend(new OutputFile(PlanJsonPath(plan.Slug), part.Json, plan.SourcePath));
        }));
}

/// <summary>What every open data file of one build is made with: the plans in slug order, the schema's address, the JSON writer.</summary>
internal sealed record OpenDataSite(SiteContent Content, SiteUrls Urls, IReadOnlyList<Plan> Plans, string SchemaUrl, PlanJson Json)
{
    public static OpenDataSite Of(SiteContent content, SiteUrls urls)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(urls);
        var schemaUrl = urls.Absolute(urls.File(OpenDataWriter.SchemaPath));
        return new(content, urls, content.Plans.OrderBy(p => p.Slug, StringComparer.Ordinal).ToList(), schemaUrl, new PlanJson(content, urls, schemaUrl));
    }

    public PlanParts Make(Plan plan) => PlanParts.Make(plan, Content, Json, SchemaUrl);

    /// <summary>The JSON Schema file, which names its own address when the site has an origin.</summary>
    public IEnumerable<OutputFile> Schema() => [new OutputFile(OpenDataWriter.SchemaPath, PlanSchema.Bytes(Urls.Origin is null ? null : SchemaUrl))];
}
