using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SiteGen.Addressing;
using SiteGen.Model;
using SiteGen.Publish;

namespace SiteGen.OpenData;

/// <summary>
/// One plan's open data: its plan.json and its records of each table. Valid while the areas it names
/// are the same objects and the site's address is the same.
/// </summary>
internal sealed record PlanParts(string SchemaUrl, IReadOnlyList<string> AreaIds, IReadOnlyList<ServiceArea?> Areas, byte[] Json, IReadOnlyList<byte[]> Records)
{
    public static PlanParts Make(Plan plan, SiteContent content, PlanJson json, string schemaUrl)
    {
        var ids = plan.AreaIds.ToArray();
        return new(schemaUrl, ids, ids.Select(content.Area).ToArray(), json.Plan(plan), PlanTables.All.Select(t => t.Records(plan, content)).ToList());
    }

    /// <summary>The areas the plan names are the very objects they were when these parts were made.</summary>
    public bool NamesTheSameAreas(SiteContent content)
    {
        for (var i = 0; i < AreaIds.Count; i++)
            if (!ReferenceEquals(Areas[i], content.Area(AreaIds[i]))) return false;
        return true;
    }

    /// <summary>Same bytes in every file (the plan's other fields, such as its narrative, are not open data).</summary>
    public bool SameData(PlanParts other) =>
        SchemaUrl == other.SchemaUrl && Json.AsSpan().SequenceEqual(other.Json) &&
        Records.Count == other.Records.Count && Records.Zip(other.Records).All(pair => pair.First.AsSpan().SequenceEqual(pair.Second));
}

/// <summary>
/// What a `serve` session keeps of the open data from build to build, so that a save costs only what
/// it changed: each plan's parts, made once per plan object (an unchanged file gives the same object),
/// and each whole-site file, made again only when one of its parts changed. An edit to a plan's
/// narrative changes no open data at all, so none of the tens of megabytes of whole-site files is
/// made or compared again.
/// </summary>
public sealed class OpenDataMemory
{
    private readonly ConditionalWeakTable<Plan, PlanParts> _byPlan = new();
    private readonly ConcurrentDictionary<string, PlanParts> _lastBySlug = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (PlanParts[] Parts, byte[] Bytes)> _wholeSite = new(StringComparer.Ordinal);

    /// <summary>
    /// <see cref="OpenDataWriter.Makers"/> for a session: the plans' parts first, made on every core for the plans
    /// written and kept; the whole-site files then reuse them, and are made again only when a part changed.
    /// </summary>
    public IEnumerable<Func<IEnumerable<OutputFile>>> Makers(SiteContent content, SiteUrls urls, IReadOnlySet<Plan>? onlyPlans)
    {
        var site = OpenDataSite.Of(content, urls);
        PlanParts Parts(Plan plan) => PartsOf(plan, site);
        foreach (var make in OpenDataWriter.PerPlan(site, onlyPlans, Parts)) yield return make;
        // Parts are looked up once here (every plan's, in slug order) and shared by the whole-site files.
        var parts = new Lazy<PlanParts[]>(() => site.Plans.Select(Parts).ToArray());
        yield return () => [new OutputFile(OpenDataWriter.AllPlansJsonPath,
            WholeSite(OpenDataWriter.AllPlansJsonPath, parts.Value, all => site.Json.AllPlans(all.Select(p => p.Json))))];
        for (var i = 0; i < PlanTables.All.Count; i++)
        {
            var (table, column) = (PlanTables.All[i], i);
            var path = $"{OpenDataWriter.Folder}/{table.FileName}";
            yield return () => [new OutputFile(path, WholeSite(path, parts.Value, all => table.File(all.Select(p => p.Records[column]))))];
        }
        yield return site.Schema;
    }

    private PlanParts PartsOf(Plan plan, OpenDataSite site)
    {
        var (content, schemaUrl) = (site.Content, site.SchemaUrl);
        // Asked for every plan after every save: the check reads the plan's area ids as they were when
        // the parts were made (a plan object never changes) instead of working them out again.
        if (_byPlan.TryGetValue(plan, out var made) && made.SchemaUrl == schemaUrl && made.NamesTheSameAreas(content))
            return made;
        var parts = site.Make(plan);
        // A changed plan whose open data came out the same keeps its old parts object: the whole-site
        // files compare their parts by reference.
        if (_lastBySlug.TryGetValue(plan.Slug, out var last) && last.Areas.SequenceEqual(parts.Areas, ReferenceEqualityComparer.Instance) && last.SameData(parts))
            parts = last;
        _byPlan.AddOrUpdate(plan, parts);
        _lastBySlug[plan.Slug] = parts;
        return parts;
    }

    /// <summary>The whole-site file at <paramref name="path"/>, made from <paramref name="parts"/> unless they are the very parts it was made from last time.</summary>
    private byte[] WholeSite(string path, PlanParts[] parts, Func<IReadOnlyList<PlanParts>, byte[]> make)
    {
        if (_wholeSite.TryGetValue(path, out var last) && last.Parts.AsSpan().SequenceEqual(parts, ReferenceEqualityComparer.Instance))
            return last.Bytes;
        var bytes = make(parts);
        _wholeSite[path] = (parts, bytes);
        return bytes;
    }
}
