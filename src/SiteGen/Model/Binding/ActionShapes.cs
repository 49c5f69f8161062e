using SiteGen.Content.Yaml;
using SiteGen.Schema;
using static SiteGen.Schema.Types;

namespace SiteGen.Model.Binding;

/// <summary>取組 and what hangs on it: its review (change), its indicators and their measures, its yearly marks.</summary>
public static class ActionShapes
{
    private static PlanPeriod? Period(BindContext context) => context.State<PlanState>().Period;

    /// <summary>A mark of the plan's own evaluation scale (◎〇△, 5…1, S/A/B).</summary>
    public static readonly FieldType<string> Mark = new(new("記号（`evaluationScale` で定義したもの）", "mark (defined in `evaluationScale`)"),
        (node, path, context) =>
        {
            var symbol = Types.String.Read(node, path, context);
            if (symbol is null) return null;
            var scale = context.State<PlanState>().Scale;
            if (scale is null)
            {
                context.Error(node, path, $"the mark `{symbol}` is used but the plan has no evaluationScale",
                    "add `evaluationScale:` with each mark's symbol and label before using marks");
                return null;
            }
            if (scale.Find(symbol) is not { } mark)
            {
                context.Error(node, path, $"`{symbol}` is not a mark of this plan's evaluation scale",
                    $"use one of: {string.Join(" ", scale.Marks.Select(m => m.Symbol))} (note 〇 is the kanji circle, not ○ or O)");
                return null;
            }
            // The scale's own string: a plan's thousands of marks are then a handful of strings in a model that lives through the build.
            return mark.Symbol;
        },
        schemas => Types.String.Schema(schemas), OpenForms.String);

    public static readonly Shape<ActionChange> Change = Shape<ActionChange>.Declare("change", new("見直し", "Change in a review"), s =>
    {
        var summary = s.Required("summary", Text, "{ja: 目標値の修正, en: Target revised}", new("見直し内容。例：目標値の修正", "What changed, e.g. 目標値の修正 / Target revised"));
        var reason = s.Required("reason", Prose, "{ja: …, en: …}", new("見直しの理由", "Why"));
        var page = s.Optional("page", AtLeast(1, "a page number must be 1 or more", "write the page of the main plan, e.g. `34`"), new("本体計画のページ番号", "Page number in the main plan"));
        var revisedText = s.Optional("revisedText", Prose, new("修正後の内容", "The text as revised"));
        return r => new ActionChange(r.Get(summary), r.Get(reason), r.Get(page), r.Get(revisedText));
    });

    public static readonly Shape<IndicatorMeasure> Measure = Shape<IndicatorMeasure>.Declare("measure", new("評価指標の項目", "Measure of an indicator"), s =>
    {
        var label = s.Required("label", Text, "{ja: 目標値（単年）, en: Target (single year)}", new("項目名。例：目標値(単年)", "Name of the row, e.g. 目標値(単年) / Target (single year)"));
        var baseline = s.Optional("baseline", Types.Value, new("現状値", "Baseline value"));
        // Plans often state a target for the year after their period (the next plan's first year): a warning, and the target is kept.
        var targets = s.Optional("targets", ByYear(Types.Value, Period,
                "if this is a target for a year after the plan, nothing needs fixing; otherwise correct the year, or the plan's `period`"),
            new("目標値。計画期間の後の年度の目標値も書けます（警告が出ますが、表示されます）",
                "Targets. A target for a year after the plan period may be written (it gives a warning, and is shown)"), YearMap<Model.Value>.Empty);
        var actuals = s.Optional("actuals", ByYear(Types.Value, Period), new("実績値。年度は計画期間内", "Actual values, years within the plan period"), YearMap<Model.Value>.Empty);
        return r => new IndicatorMeasure(r.Get(label), r.Get(baseline), r.Get(targets), r.Get(actuals));
    });

    public static readonly Shape<Indicator> Indicator = Shape<Indicator>.Declare("indicator", new("評価指標", "Indicator"), s =>
    {
        var id = s.Required("id", Id, "tanaka-centre-use", new("計画全体で重ならない id", "An id not used by another indicator anywhere in the plan"));
        var name = s.Required("name", Text, "{ja: 年間利用件数, en: Uses per year}", new("指標の名前", "The indicator"));
        var scope = s.Optional("scope", Text, new("対象。例：田中地域いきいきセンター", "What it covers, e.g. 田中地域いきいきセンター"));
        var unit = s.Optional("unit", Text, new("単位。例：`{ja: 件, en: cases}`", "Unit, e.g. `{ja: 件, en: cases}`"));
        var measures = s.List("measures", Measure, new("項目のリスト（1 つ以上）", "List of measures (at least one)"),
            ("an indicator needs at least one measure", "add `measures:` with a label and `targets:` by year"));
        return r => new Indicator(r.Get(id), r.Get(name), r.Get(scope), r.Get(unit), r.Get(measures), r.Line);
    });

    public static readonly Shape<ActionItem> Action = Shape<ActionItem>.Declare("action", new("取り組み", "Action"), s =>
    {
        var id = s.Required("id", Id, "action-6", new("計画の中で重ならない id", "An id not used by another action in the plan"));
        var number = s.Required("number", Types.String, "\"6\"", new("番号（`\"1\"`、`\"(1)\"` など）", "The number (`\"1\"`, `\"(1)\"` etc.)"));
        var title = s.Required("title", Text, "{ja: 見守り活動の促進, en: Promoting watching over neighbours}", new("取り組みの名前", "The action"));
        var section = s.Optional("section", PlanShapes.SectionId, new("この取り組みが属する項目（`sections:`）の id", "The id of the section (`sections:`) it belongs to"));
        s.Retired("direction", "an action's `direction:` is now `section:`", "rename `direction:` to `section:`");
        var description = s.Optional("description", Prose, new("説明", "Explanation"));
        var flags = s.List("flags", Word(Words.Flags), new("区分のリスト", "List of flags"));
        var areas = s.List("areas", ContentTypes.AreaId,
            new("対象地域の id のリスト。その地域のページにもこの取り組みが表示されます。書かないときは、計画の対象地域（`coverage`）全体の取り組みです。空のリスト（`areas: []`）は警告になります",
                "List of area ids. The action is also listed on those areas' pages. Without `areas`, the action concerns the plan's whole coverage area (`coverage`). An empty list (`areas: []`) gives a warning"));
        var change = s.Optional("change", Change, new("見直しの内容", "What was changed in a review"));
        var evaluations = s.Optional("evaluations", ByYear(Mark, Period),
            new("年度ごとの評価。年度は計画期間内。評価を公表した日は計画の `evaluated` に書きます",
                "Evaluation by fiscal year; the year must be in the plan period. When each year's evaluation was published goes in the plan's `evaluated`"),
            YearMap<string>.Empty).Then(RememberFirstMarks);
        // A field of its own beside `evaluations`, so `{2019: ◎}` stays the whole of a year's mark and a comment is one line more.
        var comments = s.Optional("evaluationComments", ByYear(Text, Period),
            new("年度ごとの評価のコメント（`{2021: {ja: 一部の地区で未実施, en: …}}`）。ページでは記号の横に表示されます。その年度の記号が `evaluations` にあること",
                "A comment on each year's mark (`{2021: {ja: 一部の地区で未実施, en: …}}`), shown beside the mark; the year must have a mark in `evaluations`"),
            YearMap<LocalizedText>.Empty);
        var indicators = s.List("indicators", Indicator, new("評価指標のリスト", "List of indicators"));
        var parts = NodeShapes.Declare(s);
        s.Check(r => WarnIfAreasEmpty(r, r.Get(areas)));
        s.Check(CommentsHaveMarks);
        return r =>
        {
            var all = ActionFlags.None;
            foreach (var flag in r.Get(flags)) all |= flag ?? ActionFlags.None;
            return new ActionItem(r.Get(id), r.Get(number), r.Get(title), r.Get(section), all, r.Get(areas), r.Get(change), r.Get(evaluations), r.Get(indicators), r.Get(description), r.Line)
                { Parts = parts(r), EvaluationComments = r.Get(comments) };
        };
    });

    /// <summary>Where each year is first marked, so the warning about a year without a date can point at a real line.</summary>
    private static void RememberFirstMarks(Row row, YearMap<string> evaluations)
    {
        if (row.Map.Node.ValueOf("evaluations") is not YamlMappingNode marks) return;
        var first = row.Context.State<PlanState>().FirstMark;
        foreach (var (key, _) in marks.Children)
            if (PlanShapes.YearOfKey(key) is { } year && evaluations.ContainsKey(year))
                first.TryAdd(year, (row.Context.At(key), $"{row.Map.FieldPath("evaluations")}.{((YamlScalarNode)key).Value}"));
    }

    /// <summary>A comment explains a mark: a year commented on but not marked is a mistake (a wrong year, or a mark not yet written).</summary>
    private static void CommentsHaveMarks(Row row)
    {
        if (row.Map.Node.ValueOf("evaluationComments") is not YamlMappingNode comments) return;
        // The years written under `evaluations:`, read or not: a mark with its own error is not reported twice.
        var marked = (row.Map.Node.ValueOf("evaluations") as YamlMappingNode)?.Children.Select(p => PlanShapes.YearOfKey(p.Key)).ToHashSet() ?? [];
        foreach (var (key, _) in comments.Children)
        {
            if (PlanShapes.YearOfKey(key) is not { } year || marked.Contains(year)) continue;
            row.Context.Error(key, $"{row.Map.FieldPath("evaluationComments")}.{year.Year}", $"there is a comment for {year.Year} but no mark for it in `evaluations`",
                $"add the mark, e.g. `evaluations: {{{year.Year}: 〇}}`, or check the year of the comment");
        }
    }

    /// <summary>
    /// No `areas:` means the action concerns the plan's whole coverage area. `areas: []` or an empty `areas:`
    /// says something else was meant (ids deleted, or never filled in), and the action is on no area's page.
    /// </summary>
    private static void WarnIfAreasEmpty(Row row, IReadOnlyList<string> areas)
    {
        if (areas.Count > 0) return;
        var (key, value) = row.Node.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: "areas" });
        var empty = value is YamlSequenceNode { Children.Count: 0 } || value is YamlScalarNode { IsNull: true };
        if (key is null || !empty) return;
        var coverage = row.Context.State<PlanState>().Coverage;
        var whole = coverage is null ? "the plan's coverage area" : $"`{coverage}`";
        row.Context.Warning(key, row.Map.FieldPath("areas"),
            $"the list of areas is empty, so this action is shown on no area's page; it is taken to concern the whole of {whole}",
            $"write the ids of the areas it concerns, e.g. `areas: [kashiwa-chuo]`, or remove `areas:` if it concerns the whole of {whole} (set by `coverage:`)");
    }
}
