using SiteGen.Model;
using SiteGen.Model.Binding;
using SiteGen.Schema;

namespace SiteGen.OpenData;

/// <summary>
/// One CSV table: its file name, its header and the rows one plan gives. Every row starts with the
/// publisher's local government code and the plan's slug, so the whole-site files are simply the
/// plans' rows one after another, with the same columns.
/// </summary>
public sealed class PlanTable
{
    private readonly Func<Plan, SiteContent, IEnumerable<IReadOnlyList<string?>>> _records;
    private readonly byte[] _headerRecord;

    private PlanTable(string fileName, IReadOnlyList<string> columns, Func<Plan, SiteContent, IEnumerable<IReadOnlyList<string?>>> records)
    {
        FileName = fileName;
        Header = [.. PlanTables.KeyColumns, .. columns];
        _headerRecord = Csv.HeaderRecord(Header);
        _records = records;
    }

    /// <summary>A table of <typeparamref name="TRow"/>s whose columns <paramref name="columns"/> declares.</summary>
    internal static PlanTable Of<TRow>(string fileName, Func<Plan, SiteContent, IEnumerable<TRow>> rows, Action<TableColumns<TRow>> columns)
    {
        var declared = new TableColumns<TRow>();
        columns(declared);
        return new PlanTable(fileName, declared.Names, (plan, content) => Records(plan, rows(plan, content), declared)) { Described = declared.Described };
    }

    /// <summary>Each row's record, the key columns first, filled into one list: the CSV writer reads a record before the next is made.</summary>
    private static IEnumerable<IReadOnlyList<string?>> Records<TRow>(Plan plan, IEnumerable<TRow> rows, TableColumns<TRow> columns)
    {
        var cells = new List<string?>(PlanTables.KeyColumns.Count + columns.Count);
        foreach (var row in rows)
        {
            cells.Clear();
            cells.Add(plan.Publisher.LocalGovernmentCode);
            cells.Add(plan.Slug);
            columns.Fill(row, cells);
            yield return cells;
        }
    }

    public string FileName { get; }
    public IReadOnlyList<string> Header { get; }

    /// <summary>What each column after the key columns holds, for the docs.</summary>
    public IReadOnlyList<(string Name, Doc Doc)> Described { get; private init; } = [];

    /// <summary>A file of this table from record blocks (one plan's, or every plan's one after another).</summary>
    public byte[] File(IEnumerable<byte[]> blocks) => Csv.File(_headerRecord, blocks);

    /// <summary>The same, written to <paramref name="stream"/> block by block.</summary>
    public void Write(Stream stream, IEnumerable<byte[]> blocks) => Csv.Write(stream, _headerRecord, blocks);

    /// <summary>One plan's records (no BOM, no header): the per-plan file and the whole-site file are made of these.</summary>
    public byte[] Records(Plan plan, SiteContent content) => Csv.Records(Header.Count, _records(plan, content));
}

/// <summary>
/// The columns of a table, most of them from the content declaration: a shape gives a column (or one per
/// language) for each of its fields that fits a row, so a field added to a shape is in its table with no other edit.
/// </summary>
internal sealed class TableColumns<TRow>
{
    private readonly List<(string Name, Doc Doc)> _columns = [];
    private readonly List<Action<TRow, List<string?>>> _cells = [];

    public IReadOnlyList<string> Names => [.. _columns.Select(c => c.Name)];
    public int Count => _columns.Count;
    public IReadOnlyList<(string Name, Doc Doc)> Described => _columns;

    /// <summary>One column of a value the site works out.</summary>
    public TableColumns<TRow> Column(string name, Doc doc, Func<TRow, string?> cell)
    {
        _columns.Add((name, doc));
        _cells.Add((row, cells) => cells.Add(cell(row)));
        return this;
    }

    /// <summary>The columns of a value of <paramref name="type"/> (a text gives `name_ja`, `name_en`).</summary>
    public TableColumns<TRow> Value<T>(string name, Doc doc, FieldType<T> type, Func<TRow, T?> value)
    {
        var suffixes = type.OpenColumns ?? throw new InvalidOperationException($"{name}: a {type.Name.En} has no place in a table row");
        for (var i = 0; i < suffixes.Count; i++) _columns.Add((name + suffixes[i], Join(doc, type.OpenColumnParts![i])));
        _cells.Add((row, cells) => type.OpenCells(value(row), cells));
        return this;
    }

    /// <summary>
    /// A column for each field of <paramref name="shape"/> that fits a row, named by its key in snake_case after
    /// <paramref name="prefix"/>; the `id` field is `&lt;shape&gt;_id`. <paramref name="except"/>: fields the rows unfold themselves.
    /// </summary>
    public TableColumns<TRow> Fields<TModel>(Shape<TModel> shape, Func<TRow, TModel?> model, string prefix = "", params string[] except) where TModel : BoundRecord
    {
        var fields = shape.TabularFields.Where(f => !except.Contains(f.Key)).ToList();
        foreach (var field in fields)
        {
            var doc = prefix == "" ? field.Doc : new Doc($"{shape.Title.Ja}：{field.Doc.Ja}", $"{shape.Title.En}: {field.Doc.En}");
            for (var i = 0; i < field.Type.OpenColumns!.Count; i++)
                _columns.Add((field.Key == "id" ? $"{shape.Name}_id" : prefix + Shape.SnakeCase(field.Key) + field.Type.OpenColumns[i], Join(doc, field.Type.OpenColumnParts![i])));
        }
        _cells.Add((row, cells) => shape.OpenCells(model(row), cells, fields));
        return this;
    }

    private static Doc Join(Doc doc, Doc part) => new(doc.Ja + part.Ja, doc.En + part.En);

    /// <summary>Adds the row's cells, one per column, to <paramref name="cells"/>.</summary>
    public void Fill(TRow row, List<string?> cells)
    {
        foreach (var cell in _cells) cell(row, cells);
    }
}

/// <summary>
/// The CSV tables of docs/open-data.md. Column names are the content's field names in snake_case; a text has a
/// column per language of the site, so the tables are made once per set of languages.
/// </summary>
public static class PlanTables
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PlanTable[]> ByLanguages = new(StringComparer.Ordinal);

    /// <summary>Every table, in the order docs/open-data.md describes them, with the columns of the current languages.</summary>
    public static IReadOnlyList<PlanTable> All => ByLanguages.GetOrAdd(I18n.Languages.CodeList, _ => [Actions, Indicators, Evaluations, Sections, Areas]);

    public static IReadOnlyList<string> KeyColumns { get; } = ["local_government_code", "plan_slug"];

    // Before the tables, which use them as they are made.
    private static readonly Doc FiscalYearDoc = new("年度（西暦、例 `2022`）", "Western fiscal year (e.g. `2022`)");
    private static readonly Doc EraDoc = new("年度（和暦、例 `令和4年度`）", "The fiscal year in the era form (e.g. `令和4年度`)");

    private static PlanTable Actions => PlanTable.Of("actions.csv", (plan, _) => plan.Actions,
        t => t.Fields(ActionShapes.Action, a => a));

    /// <summary>One row per value: a measure's baseline, then each year's target and actual.</summary>
    private static PlanTable Indicators => PlanTable.Of("indicators.csv",
        (plan, _) => plan.Actions.SelectMany(a => a.Indicators.SelectMany(i => PlanFacts.Values(a, i))),
        t => t
            .Column("action_id", new("指標が属する取り組みの id", "The id of the action the indicator belongs to"), v => v.Action.Id)
            .Fields(ActionShapes.Indicator, v => v.Indicator, "indicator_")
            .Column("measure_number", new("指標の中の項目の番号（1 から）。`indicator_id` と組み合わせると項目を一意に示します", "The number of the measure within the indicator (from 1); with `indicator_id` it identifies the measure"),
                v => Csv.Integer(v.MeasureNumber))
            .Fields(ActionShapes.Measure, v => v.Measure, "measure_", "baseline")
            .Column("fiscal_year", FiscalYearDoc, v => v.Year is { } y ? Csv.Integer(y.Year) : null)
            .Column("fiscal_year_era", EraDoc, v => v.Year?.EraName)
            .Column("kind", new("値の種類：`baseline`（現状値。年度なし）、`target`（目標値）、`actual`（実績値）", "Kind of value: `baseline` (no year), `target` or `actual`"), v => v.Kind.Word())
            .Value("value", new("値", "The value"), Types.Value, v => v.Value));

    private static PlanTable Evaluations => PlanTable.Of("evaluations.csv",
        (plan, _) => plan.Actions.SelectMany(a => PlanFacts.Evaluations(plan, a)),
        t => t
            .Column("action_id", new("評価された取り組みの id", "The id of the action evaluated"), e => e.Action.Id)
            .Column("fiscal_year", FiscalYearDoc, e => Csv.Integer(e.Year.Year))
            .Column("fiscal_year_era", EraDoc, e => e.Year.EraName)
            .Fields(PlanShapes.ScaleMark, e => e.Mark, "mark_")
            .Value("comment", new("その年度の評価のコメント", "The comment on that year's mark"), Types.Text, e => e.Comment));

    private static PlanTable Sections => PlanTable.Of("sections.csv", (plan, _) => plan.Sections,
        t => t.Fields(PlanShapes.Section, s => s));

    private static PlanTable Areas => PlanTable.Of("areas.csv", (plan, content) => PlanFacts.Areas(plan, content),
        t => t
            .Column("area_id", new("地域の id（`content/areas/` のファイル名）", "The area's id (its file name in `content/areas/`)"), a => a.Id)
            .Value("name", new("地域の名前", "The area's name"), Types.Text, a => a.Area?.Name)
            .Column("layer", new("地域の種類（`whole-city`、`district` など）", "Kind of area (`whole-city`, `district`…)"), a => a.Area is { } area ? PlanFacts.LayerWord(area.Layer) : null)
            .Column("parent_id", new("その地域を含む地域の id", "The id of the area it lies in"), a => a.Area?.ParentId)
            .Column("organisation_id", new("その地域を受け持つ団体の id", "The id of the organisation that serves it"), a => a.Area?.OrganisationId)
            .Column("coverage", new("計画の対象地域なら `1`", "`1` when it is the plan's coverage area"), a => Csv.Bool(a.IsCoverage))
            .Column("district_plan", new("計画にこの地域の地区別計画があれば `1`", "`1` when the plan has a district plan for it"), a => Csv.Bool(a.HasDistrictPlan))
            .Column("action_count", new("この地域を挙げる取り組みの数", "How many of the plan's actions name it"), a => Csv.Integer(a.ActionCount)));

}
