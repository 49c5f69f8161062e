using SiteGen.Model;

namespace SiteGen.OpenData;

/// <summary>
/// One CSV table: its file name, its header and the rows one plan gives. Every row starts with the
/// publisher's local government code and the plan's slug, so the whole-site files are simply the
/// plans' rows one after another, with the same columns.
/// </summary>
public sealed class PlanTable
{
    private readonly Func<Plan, SiteContent, IEnumerable<string?[]>> _rows;

    internal PlanTable(string fileName, IReadOnlyList<string> columns, Func<Plan, SiteContent, IEnumerable<string?[]>> rows)
    {
        FileName = fileName;
        Header = [.. PlanTables.KeyColumns, .. columns];
        _headerRecord = Csv.HeaderRecord(Header);
        _rows = rows;
    }

    private readonly byte[] _headerRecord;

    public string FileName { get; }
    public IReadOnlyList<string> Header { get; }

    /// <summary>A file of this table from record blocks (one plan's, or every plan's one after another).</summary>
    public byte[] File(IEnumerable<byte[]> blocks) => Csv.File(_headerRecord, blocks);

    /// <summary>The same, written to <paramref name="stream"/> block by block.</summary>
    public void Write(Stream stream, IEnumerable<byte[]> blocks) => Csv.Write(stream, _headerRecord, blocks);

    /// <summary>One plan's records (no BOM, no header): the per-plan file and the whole-site file are made of these.</summary>
    public byte[] Records(Plan plan, SiteContent content) =>
        Csv.Records(Header.Count, _rows(plan, content).Select(row => (IReadOnlyList<string?>)[plan.Publisher.LocalGovernmentCode, plan.Slug, .. row]));
}

/// <summary>The CSV tables of docs/open-data.md. Column names use the English terms of the terminology list.</summary>
public static class PlanTables
{
    public static IReadOnlyList<string> KeyColumns { get; } = ["local_government_code", "plan_slug"];

    public static PlanTable Actions { get; } = new("actions.csv",
        ["action_id", "number", "section_id", "title_ja", "title_en", "priority", "new", "revised", "ended", "areas",
         "change_summary_ja", "change_summary_en", "change_reason_ja", "change_reason_en", "main_plan_page"],
        (plan, _) => plan.Actions.Select(a => new[]
        {
            a.Id, a.Number, a.SectionId, a.Title.Ja, a.Title.En,
            Csv.Bool(a.Flags.HasFlag(ActionFlags.Priority)), Csv.Bool(a.Flags.HasFlag(ActionFlags.New)),
            Csv.Bool(a.Flags.HasFlag(ActionFlags.Revised)), Csv.Bool(a.Flags.HasFlag(ActionFlags.Ended)),
            string.Join(';', a.AreaIds),
            a.Change?.Summary.Ja, a.Change?.Summary.En, a.Change?.Reason.Ja, a.Change?.Reason.En, Csv.Integer(a.Change?.MainPlanPage),
        }));

    public static PlanTable Indicators { get; } = new("indicators.csv",
        ["action_id", "indicator_id", "indicator_name_ja", "indicator_name_en", "scope_ja", "scope_en",
         "measure_number", "measure_label_ja", "measure_label_en", "fiscal_year", "fiscal_year_era", "kind",
         "value_number", "value_text_ja", "value_text_en", "unit_ja", "unit_en"],
        (plan, _) => plan.Actions.SelectMany(a => a.Indicators.SelectMany(i => PlanFacts.Values(a, i))).Select(v =>
        {
            var text = PlanFacts.TextOf(v.Value);
            return new[]
            {
                v.Action.Id, v.Indicator.Id, v.Indicator.Name.Ja, v.Indicator.Name.En, v.Indicator.Scope?.Ja, v.Indicator.Scope?.En,
                Csv.Integer(v.MeasureNumber), v.Measure.Label.Ja, v.Measure.Label.En,
                v.Year is { } y ? Csv.Integer(y.Year) : null, v.Year?.EraName, v.Kind.Word(),
                v.Value.Number is { } n ? Csv.Number(n) : null, text?.Ja, text?.En,
                v.Indicator.Unit?.Ja, v.Indicator.Unit?.En,
            };
        }));

    public static PlanTable Evaluations { get; } = new("evaluations.csv",
        ["action_id", "fiscal_year", "fiscal_year_era", "mark", "mark_label_ja", "mark_label_en"],
        (plan, _) => plan.Actions.SelectMany(a => PlanFacts.Evaluations(plan, a)).Select(e => new[]
        {
            e.Action.Id, Csv.Integer(e.Year.Year), e.Year.EraName, e.Mark, e.Label?.Ja, e.Label?.En,
        }));

    public static PlanTable Sections { get; } = new("sections.csv",
        ["section_id", "level", "level_name_ja", "level_name_en", "number", "parent_id", "title_ja", "title_en", "description_ja", "description_en"],
        (plan, _) => plan.Sections.Select(s => new[]
        {
            s.Id, s.Level.Id, s.Level.Name.Ja, s.Level.Name.En, s.Number, s.ParentId, s.Title.Ja, s.Title.En, s.Description?.Ja, s.Description?.En,
        }));

    public static PlanTable Areas { get; } = new("areas.csv",
        ["area_id", "name_ja", "name_en", "layer", "parent_id", "organisation_id", "coverage", "district_plan", "action_count"],
        (plan, content) => PlanFacts.Areas(plan, content).Select(a => new[]
        {
            a.Id, a.Area?.Name.Ja, a.Area?.Name.En, a.Area is { } area ? PlanFacts.LayerWord(area.Layer) : null,
            a.Area?.ParentId, a.Area?.OrganisationId,
            Csv.Bool(a.IsCoverage), Csv.Bool(a.HasDistrictPlan), Csv.Integer(a.ActionCount),
        }));

    /// <summary>Every table, in the order docs/open-data.md describes them.</summary>
    public static IReadOnlyList<PlanTable> All { get; } = [Actions, Indicators, Evaluations, Sections, Areas];
}
