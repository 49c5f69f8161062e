using SiteGen.Content;
using SiteGen.Content.Yaml;
using SiteGen.Diagnostics;
using SiteGen.Markup.TableCaptions;
using static SiteGen.Content.Yaml.YamlValues;

namespace SiteGen.Model.Binding;

/// <summary>
/// content/plans/&lt;slug&gt;/index.md (+ index.en.md) → <see cref="Plan"/>. Language-neutral data
/// (ids, years, numbers, marks, flags) is written once; each text is a `{ja, en}` pair keyed to it.
/// </summary>
public sealed class PlanBinder
{
    private readonly YamlContext _context;
    private readonly ReferenceList _references;
    private readonly Func<string, Organisation?> _organisations;
    private PlanPeriod? _period;
    private EvaluationScale? _scale;
    private string? _coverage;
    /// <summary>Where each evaluated year is first marked, so a warning about that year can point at a real line.</summary>
    private readonly Dictionary<FiscalYear, (SourceLocation At, string Field)> _firstMark = [];

    private PlanBinder(YamlContext context, ReferenceList references, Func<string, Organisation?> organisations)
    {
        _context = context;
        _references = references;
        _organisations = organisations;
    }

    public static Plan? Bind(SourceDocument document, string folderName, SourceDocument? english, DiagnosticBag diagnostics,
        ReferenceList references, Func<string, Organisation?> organisations)
    {
        if (document.FrontMatter is null) return null;
        var context = new YamlContext(document.RelativePath, diagnostics);
        var narrative = new Narrative(Blank(document.Body), document.BodyFirstLine, Blank(english?.Body), english?.BodyFirstLine ?? 1,
            document.RelativePath, english?.RelativePath ?? Path.ChangeExtension(document.RelativePath, ".en.md"));
        TableCaptionCheck.Check(narrative.Ja, narrative.JaPath, narrative.JaFirstLine, "narrative", diagnostics);
        TableCaptionCheck.Check(narrative.En, narrative.EnPath, narrative.EnFirstLine, "narrative", diagnostics);
        return new PlanBinder(context, references, organisations).Read(document.FrontMatter, folderName, narrative);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private Plan? Read(YamlMappingNode root, string folderName, Narrative narrative)
    {
        var map = MapReader.Of(root, "", _context)!;

        var slug = map.Optional("slug", Id);
        if (slug is null && map.Get("slug") is null)
        {
            if (IsValidId(folderName)) slug = folderName;
            else _context.Diagnostics.Error(new SourceLocation(_context.File, 1, 1), "slug",
                $"the folder name `{folderName}` cannot be used in a web address",
                "rename the folder using lowercase letters a-z, digits and hyphens, e.g. `kashiwa-4th`, or add a `slug:` field");
        }

        var title = map.Required("title", Text, "{ja: 第4期柏市地域健康福祉活動計画, en: 4th Kashiwa Community Health and Welfare Activity Plan}");
        var subtitle = map.Optional("subtitle", Text);
        var tagline = map.Optional("tagline", Text);
        var edition = map.Optional("edition", Text);
        var documentType = map.Optional("documentType", Text);

        Organisation? publisher = null;
        var publisherId = map.Required("publisher", Id, "kashiwa-shakyo");
        if (publisherId is not null)
        {
            publisher = _organisations(publisherId);
            if (publisher is null)
                _context.Error(map.Get("publisher")!, "publisher", $"there is no organisation `{publisherId}`",
                    $"add content/organisations/{publisherId}.md, or use the id of an existing organisation");
        }

        _period = map.Required("period", Period, "{start: 2022, end: 2026}");
        var published = map.Required("published", Date, "2022-03");
        var revised = map.Optional("revised", Date);
        var updated = map.Optional("updated", Date);
        if (published is not null && revised is not null && revised.CompareTo(published) < 0)
            _context.Error(map.Get("revised")!, "revised", $"the revision ({revised.Iso}) is dated before publication ({published.Iso})", "check both dates");
        var revisionOf = map.Optional("revisionOf", Id);
        if (revisionOf is not null) _references.Add(ReferenceKind.Plan, revisionOf, _context.At(map.Get("revisionOf")!), "revisionOf");
        var source = map.Optional("source", ReadSource);
        var coverage = map.Required("coverage", Id, "kashiwa");
        if (coverage is not null) _references.Add(ReferenceKind.Area, coverage, _context.At(map.Get("coverage")!), "coverage");
        _coverage = coverage;
        var summary = map.Optional("summary", Text);
        var vision = map.Optional("vision", ReadVision);

        // The scale is read before actions so their marks can be checked against it.
        _scale = map.Optional("evaluationScale", ReadScale);

        var goals = map.List("goals", ReadGoal);
        var directions = map.List("directions", ReadDirection);
        var actions = map.List("actions", ReadAction);
        // Read after the actions: a dated year must be one the actions were evaluated in.
        var evaluated = CheckEvaluationDates(map, map.Optional("evaluated", (n, p, c) => ByYear(n, p, c, Date, _period)),
            actions, published, revised);
        var areaTiers = map.List("areaTiers", ReadTier);
        var tables = map.List("tables", ReadTable);
        var districtPlans = map.List("districtPlans", ReadDistrictPlan);
        var glossary = map.List("glossary", ReadGlossaryTerm);
        map.RejectUnknown();

        CheckUnique(map, "goals", goals.Select(g => g.Id));
        CheckUnique(map, "directions", directions.Select(d => d.Id));
        CheckUnique(map, "actions", actions.Select(a => a.Id));
        CheckUnique(map, "actions[].indicators", actions.SelectMany(a => a.Indicators).Select(i => i.Id));
        CheckUnique(map, "tables", tables.Select(t => t.Id));
        CheckUnique(map, "districtPlans", districtPlans.Select(d => d.Id));
        CheckUnique(map, "glossary", glossary.Select(g => g.Id));
        CheckInternalReferences(map, goals, directions, actions, tables, districtPlans);

        if (slug is null || title is null || publisher is null || _period is null || published is null || coverage is null)
            return null;

        return new Plan
        {
            Slug = slug,
            SourcePath = _context.File,
            Title = title,
            Subtitle = subtitle,
            Tagline = tagline,
            Edition = edition,
            DocumentType = documentType,
            Publisher = publisher,
            Period = _period,
            Published = published,
            Revised = revised,
            Updated = updated,
            RevisionOf = revisionOf,
            Source = source,
            CoverageAreaId = coverage,
            Summary = summary,
            Vision = vision,
            Goals = goals,
            Directions = directions,
            Actions = actions,
            EvaluationScale = _scale,
            EvaluationDates = evaluated,
            AreaTiers = areaTiers,
            DistrictPlans = districtPlans,
            Tables = tables,
            Glossary = glossary,
            Narrative = narrative,
        };
    }

    /// <summary>
    /// `evaluated: {2019: 2020-06}`: when each year's evaluation was published, the date of its feed entry.
    /// A dated year must have marks, and the date cannot precede the fiscal year it evaluates. A year with marks
    /// but no date gets no feed entry (a feed must never invent a date); it is worth a warning only when the
    /// evaluation came after the plan's own document, because then nothing announces it at all.
    /// </summary>
    private YearMap<PartialDate> CheckEvaluationDates(MapReader map, YearMap<PartialDate>? dates,
        IReadOnlyList<ActionItem> actions, PartialDate? published, PartialDate? revised)
    {
        var marked = actions.SelectMany(a => a.Evaluations.Keys).Distinct().Order().ToList();
        var kept = new Dictionary<FiscalYear, PartialDate>();
        var node = map.Get("evaluated") as YamlMappingNode;
        foreach (var (year, date) in dates ?? YearMap<PartialDate>.Empty)
        {
            var (key, value) = node!.Children.First(p => YearOfKey(p.Key) == year);
            var field = $"{map.FieldPath("evaluated")}.{((YamlScalarNode)key).Value}";
            if (!marked.Contains(year))
            {
                _context.Error(key, field, $"no action has an evaluation for {year.Year}",
                    marked.Count == 0
                        ? $"add the marks under the actions' `evaluations:` (e.g. `evaluations: {{{year.Year}: 〇}}`), or remove this year"
                        : $"the years with marks are {string.Join(", ", marked.Select(y => y.Year))}; add the marks under the actions' `evaluations:`, or remove this year");
                continue;
            }
            // Compare at the latest day the date can mean: `2020` may be December 2020, `2020-03` cannot be in FY2020.
            if ((date.Year, date.Month ?? 12, date.Day ?? 31).CompareTo((year.Year, 4, 1)) < 0)
            {
                _context.Error(value, field, $"the evaluation of FY{year.Year} is dated {date.Iso}, before that fiscal year began ({year.Year}-04)",
                    $"write when the evaluation was published, e.g. `{year.Year}: {year.Year + 1}-06`; the key is the fiscal year evaluated, as a Western year: 令和2年度 is 2020");
                continue;
            }
            kept[year] = date;
        }

        var document = revised is not null && published is not null && revised.CompareTo(published) > 0 ? revised : published;
        // A year written under `evaluated:` but wrongly has its error already; only wholly missing years are warned about.
        var written = node?.Children.Select(p => YearOfKey(p.Key)).OfType<FiscalYear>().ToHashSet() ?? [];
        foreach (var year in marked.Where(y => !written.Contains(y)))
        {
            // FY2020 ends in March 2021: a document of that month or later can contain its evaluation, and its own
            // feed entry (published or revised) announces it. A later evaluation is announced by nothing.
            if (document is not null && (document.Year, document.Month ?? 12).CompareTo((year.Year + 1, 3)) >= 0) continue;
            if (!_firstMark.TryGetValue(year, out var mark)) continue;
            _context.Diagnostics.Warning(mark.At, mark.Field,
                $"the actions are evaluated for FY{year.Year}, but `evaluated` gives no date for it, so the site's update feed does not announce this evaluation",
                $"add the month the evaluation was published to the plan, e.g. `evaluated: {{{year.Year}: {year.Year + 1}-06}}`");
        }
        return YearMap<PartialDate>.From(kept);
    }

    /// <summary>The fiscal year a key of a by-year mapping names, as <see cref="ByYear"/> read it (it reported any problem).</summary>
    private static FiscalYear? YearOfKey(YamlNode key) =>
        key is YamlScalarNode { Value: { } v } && int.TryParse(v, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y)
            ? new FiscalYear(y) : null;

    private void CheckUnique(MapReader map, string field, IEnumerable<string> ids)
    {
        // Ids are unique within their own list (a goal and an action may share one), so look only there.
        var list = map.Get(field.Split('[')[0]) ?? map.Node;
        foreach (var group in ids.GroupBy(id => id).Where(g => g.Count() > 1))
        {
            // Point at the second occurrence: that is the one to rename.
            var node = FindIdNodes(list, group.Key).Skip(1).FirstOrDefault() ?? list;
            _context.Error(node, field, $"the id `{group.Key}` is used {group.Count()} times", "give each entry its own id");
        }
    }

    private static IEnumerable<YamlNode> FindIdNodes(YamlNode node, string id)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (k, v) in map.Children)
                {
                    if (k is YamlScalarNode { Value: "id" } && v is YamlScalarNode s && s.Value == id) yield return v;
                    foreach (var found in FindIdNodes(v, id)) yield return found;
                }
                break;
            case YamlSequenceNode seq:
                foreach (var child in seq.Children)
                    foreach (var found in FindIdNodes(child, id)) yield return found;
                break;
        }
    }

    private void CheckInternalReferences(MapReader map, IReadOnlyList<Goal> goals, IReadOnlyList<PolicyDirection> directions,
        IReadOnlyList<ActionItem> actions, IReadOnlyList<DataTable> tables, IReadOnlyList<DistrictPlan> districtPlans)
    {
        var goalIds = goals.Select(g => g.Id).ToHashSet();
        foreach (var d in directions.Where(d => d.GoalId is not null && !goalIds.Contains(d.GoalId)))
            _context.Diagnostics.Error(new SourceLocation(_context.File, d.Line, 1), $"directions.{d.Id}.goal",
                $"there is no goal `{d.GoalId}` in this plan", $"use one of: {List(goalIds)}");
        var directionIds = directions.Select(d => d.Id).ToHashSet();
        foreach (var a in actions.Where(a => a.DirectionId is not null && !directionIds.Contains(a.DirectionId)))
            _context.Diagnostics.Error(new SourceLocation(_context.File, a.Line, 1), $"actions.{a.Id}.direction",
                $"there is no direction `{a.DirectionId}` in this plan", $"use one of: {List(directionIds)}");
        var tableIds = tables.Select(t => t.Id).ToHashSet();
        foreach (var d in districtPlans)
            foreach (var missing in d.TableIds.Where(t => !tableIds.Contains(t)))
                _context.Diagnostics.Error(new SourceLocation(_context.File, d.Line, 1), $"districtPlans.{d.Id}.tables",
                    $"there is no table `{missing}` in this plan", $"use one of: {List(tableIds)}");
    }

    private static string List(IEnumerable<string> ids) => ids.Any() ? string.Join(", ", ids.Order(StringComparer.Ordinal)) : "(none defined yet)";

    private PlanPeriod? Period(YamlNode node, string path, YamlContext context)
    {
        var map = MapReader.Of(node, path, context);
        if (map is null) return null;
        var start = map.Required("start", Year, "2022");
        var end = map.Required("end", Year, "2026");
        map.RejectUnknown();
        if (start is null || end is null) return null;
        if (end.Value < start.Value)
        {
            context.Error(node, path, $"the period ends ({end.Value.Year}) before it starts ({start.Value.Year})", "swap start and end");
            return null;
        }
        return new PlanPeriod(start.Value, end.Value);
    }

    private static SourceLink? ReadSource(YamlNode node, string path, YamlContext context)
    {
        var map = MapReader.Of(node, path, context);
        if (map is null) return null;
        var title = map.Required("title", Text, "{ja: 概要版（PDF）, en: Summary edition (PDF)}");
        var url = map.Optional("url", Url);
        map.RejectUnknown();
        return title is null ? null : new SourceLink(title, url);
    }

    private static Vision? ReadVision(YamlNode node, string path, YamlContext context)
    {
        var map = MapReader.Of(node, path, context);
        if (map is null) return null;
        var statement = map.Required("statement", Text, "{ja: 共に手を携える地域社会の実現に向けて, en: …}");
        var description = map.Optional("description", Text);
        map.RejectUnknown();
        return statement is null ? null : new Vision(statement, description);
    }

    private EvaluationScale? ReadScale(YamlNode node, string path, YamlContext context)
    {
        var map = MapReader.Of(node, path, context);
        if (map is null) return null;
        var title = map.Optional("title", Text);
        var marks = map.List("marks", (n, p, c) =>
        {
            var m = MapReader.Of(n, p, c);
            if (m is null) return null;
            var symbol = m.Required("symbol", String, "◎");
            var label = m.Required("label", Text, "{ja: 計画以上に実施, en: achieved beyond plan}");
            var definition = m.Optional("definition", Text);
            m.RejectUnknown();
            return symbol is null || label is null ? null : new EvaluationMark(symbol, label, definition);
        });
        map.RejectUnknown();
        foreach (var duplicate in marks.GroupBy(m => m.Symbol).Where(g => g.Count() > 1))
            context.Error(node, path + ".marks", $"the mark `{duplicate.Key}` is defined twice", "define each mark once");
        if (marks.Count == 0)
            context.Error(node, path + ".marks", "the scale has no marks", "list each mark with its symbol and label");
        return new EvaluationScale(title, marks);
    }

    private Goal? ReadGoal(YamlNode node, string path, YamlContext context)
    {
        var map = MapReader.Of(node, path, context);
        if (map is null) return null;
        var id = map.Required("id", Id, "goal-1");
        var number = map.Required("number", String, "\"1\"");
        var kind = map.Optional("kind", Enum(Words.GoalKinds)) ?? GoalKind.Basic;
        var title = map.Required("title", Text, "{ja: 地域を支える環境づくり, en: …}");
        var description = map.Optional("description", Text);
        var together = map.List("together", Text);
        var council = map.List("council", Text);
        map.RejectUnknown();
        return id is null || number is null || title is null ? null
            : new Goal(id, number, kind, title, description, together, council, context.LineOf(node));
    }

    private PolicyDirection? ReadDirection(YamlNode node, string path, YamlContext context)
    {
        var map = MapReader.Of(node, path, context);
        if (map is null) return null;
        var id = map.Required("id", Id, "direction-1");
        var number = map.Required("number", String, "\"1\"");
        var kind = map.Optional("kind", Enum(Words.DirectionKinds)) ?? DirectionKind.Direction;
        var title = map.Required("title", Text, "{ja: 学びの場をつくり、福祉人材を育成する, en: …}");
        var description = map.Optional("description", Text);
        var goal = map.Optional("goal", Id);
        map.RejectUnknown();
        return id is null || number is null || title is null ? null
            : new PolicyDirection(id, number, kind, title, description, goal, context.LineOf(node));
    }

    private ActionItem? ReadAction(YamlNode node, string path, YamlContext context)
    {
        var map = MapReader.Of(node, path, context);
        if (map is null) return null;
        var id = map.Required("id", Id, "action-6");
        var number = map.Required("number", String, "\"6\"");
        var title = map.Required("title", Text, "{ja: 見守り活動の促進, en: Promoting watching over neighbours}");
        var direction = map.Optional("direction", Id);
        var description = map.Optional("description", Text);
        var flags = ActionFlags.None;
        foreach (var flag in map.List("flags", (n, p, c) => Enum(Words.Flags)(n, p, c)))
            flags |= flag ?? ActionFlags.None;
        var areas = map.List("areas", Id);
        var areasNode = map.Get("areas") as YamlSequenceNode;
        for (var i = 0; i < areas.Count && areasNode is not null; i++)
            _references.Add(ReferenceKind.Area, areas[i], context.At(areasNode.Children[i]), map.FieldPath("areas"));
        WarnIfAreasEmpty(map, areas);
        var change = map.Optional("change", ReadChange);
        var evaluations = map.Optional("evaluations", (n, p, c) => ByYear(n, p, c, ReadMark, _period))
                          ?? YearMap<string>.Empty;
        if (map.Get("evaluations") is YamlMappingNode marks)
            foreach (var (k, _) in marks.Children)
                if (YearOfKey(k) is { } year && evaluations.ContainsKey(year))
                    _firstMark.TryAdd(year, (context.At(k), $"{map.FieldPath("evaluations")}.{((YamlScalarNode)k).Value}"));
        var indicators = map.List("indicators", ReadIndicator);
        map.RejectUnknown();
        return id is null || number is null || title is null ? null
            : new ActionItem(id, number, title, direction, flags, areas, change, evaluations, indicators, description, context.LineOf(node));
    }

    /// <summary>
    /// No `areas:` means the action concerns the plan's whole coverage area. `areas: []` or an empty `areas:`
    /// says something else was meant (ids deleted, or never filled in), and the action is on no area's page.
    /// </summary>
    private void WarnIfAreasEmpty(MapReader map, IReadOnlyList<string> areas)
    {
        if (areas.Count > 0) return;
        var (key, value) = map.Node.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: "areas" });
        var empty = value is YamlSequenceNode { Children.Count: 0 }
                    || value is YamlScalarNode { IsNull: true };
        if (key is null || !empty) return;
        var whole = _coverage is null ? "the plan's coverage area" : $"`{_coverage}`";
        map.Context.Warning(key, map.FieldPath("areas"),
            $"the list of areas is empty, so this action is shown on no area's page; it is taken to concern the whole of {whole}",
            $"write the ids of the areas it concerns, e.g. `areas: [kashiwa-chuo]`, or remove `areas:` if it concerns the whole of {whole} (set by `coverage:`)");
    }

    private string? ReadMark(YamlNode node, string path, YamlContext context)
    {
        var symbol = String(node, path, context);
        if (symbol is null) return null;
        if (_scale is null)
        {
            context.Error(node, path, $"the mark `{symbol}` is used but the plan has no evaluationScale",
                "add `evaluationScale:` with each mark's symbol and label before using marks");
            return null;
        }
        if (_scale.Find(symbol) is not { } mark)
        {
            context.Error(node, path, $"`{symbol}` is not a mark of this plan's evaluation scale",
                $"use one of: {string.Join(" ", _scale.Marks.Select(m => m.Symbol))} (note 〇 is the kanji circle, not ○ or O)");
            return null;
        }
        // The scale's own string: a plan's thousands of marks are then a handful of strings, not one each
        // (the model lives through the whole build, and the collector carries every object of it).
        return mark.Symbol;
    }

    private static ActionChange? ReadChange(YamlNode node, string path, YamlContext context)
    {
        var map = MapReader.Of(node, path, context);
        if (map is null) return null;
        var summary = map.Required("summary", Text, "{ja: 目標値の修正, en: Target revised}");
        var reason = map.Required("reason", Text, "{ja: …, en: …}");
        var page = map.Optional("page", Int);
        var revisedText = map.Optional("revisedText", Text);
        map.RejectUnknown();
        if (page is <= 0)
            context.Error(map.Get("page")!, map.FieldPath("page"), "a page number must be 1 or more", "write the page of the main plan, e.g. `34`");
        return summary is null || reason is null ? null : new ActionChange(summary, reason, page, revisedText);
    }

    private Indicator? ReadIndicator(YamlNode node, string path, YamlContext context)
    {
        var map = MapReader.Of(node, path, context);
        if (map is null) return null;
        var id = map.Required("id", Id, "tanaka-centre-use");
        var name = map.Required("name", Text, "{ja: 年間利用件数, en: Uses per year}");
        var scope = map.Optional("scope", Text);
        var unit = map.Optional("unit", Text);
        var measures = map.List("measures", ReadMeasure);
        map.RejectUnknown();
        if (measures.Count == 0 && map.Get("measures") is null)
            context.Error(node, map.FieldPath("measures"), "an indicator needs at least one measure", "add `measures:` with a label and `targets:` by year");
        return id is null || name is null ? null : new Indicator(id, name, scope, unit, measures, context.LineOf(node));
    }

    private IndicatorMeasure? ReadMeasure(YamlNode node, string path, YamlContext context)
    {
        var map = MapReader.Of(node, path, context);
        if (map is null) return null;
        var label = map.Required("label", Text, "{ja: 目標値（単年）, en: Target (single year)}");
        var baseline = map.Optional("baseline", ValueOf);
        // Plans often state a target for the year after their period (the next plan's first year), so that is
        // only a warning and the target is kept; an actual value outside the period is still an error.
        var targets = map.Optional("targets", (n, p, c) => ByYear(n, p, c, ValueOf, _period,
            "if this is a target for a year after the plan, nothing needs fixing; otherwise correct the year, or the plan's `period`"))
            ?? YearMap<Value>.Empty;
        var actuals = map.Optional("actuals", (n, p, c) => ByYear(n, p, c, ValueOf, _period)) ?? YearMap<Value>.Empty;
        map.RejectUnknown();
        return label is null ? null : new IndicatorMeasure(label, baseline, targets, actuals);
    }

    private static AreaTier? ReadTier(YamlNode node, string path, YamlContext context)
    {
        var map = MapReader.Of(node, path, context);
        if (map is null) return null;
        var name = map.Required("name", Text, "{ja: 第2層, en: Tier 2}");
        var units = map.List("units", (n, p, c) =>
        {
            var m = MapReader.Of(n, p, c);
            if (m is null) return null;
            var layer = m.Required("layer", Enum(Words.Layers), "junior-high-school-district");
            var count = m.Optional("count", Int);
            var label = m.Optional("label", Text);
            m.RejectUnknown();
            return layer is null ? null : new AreaUnit(layer.Value, count, label);
        });
        var activities = map.Optional("activities", Text);
        map.RejectUnknown();
        return name is null ? null : new AreaTier(name, units, activities);
    }

    private DataTable? ReadTable(YamlNode node, string path, YamlContext context)
    {
        var map = MapReader.Of(node, path, context);
        if (map is null) return null;
        var id = map.Required("id", Id, "population-by-age");
        var caption = map.Required("caption", Text, "{ja: 人口割合, en: Population share}");
        var unit = map.Optional("unit", Text);
        var rowHeader = map.Required("rowHeader", Text, "{ja: 年代, en: Age group}");
        var columns = map.List("columns", ValueOf);
        var rows = map.List("rows", (n, p, c) =>
        {
            var m = MapReader.Of(n, p, c);
            if (m is null) return null;
            var group = m.Optional("group", Text);
            var header = m.Required("header", Text, "{ja: 65歳以上, en: 65 and over}");
            var cellsNode = m.Get("cells");
            IReadOnlyList<Value?> cells = [];
            if (cellsNode is YamlSequenceNode seq)
            {
                cells = seq.Children.Select((cell, i) =>
                    cell is YamlScalarNode { IsNull: true } ? null
                    : ValueOf(cell, $"{m.FieldPath("cells")}[{i + 1}]", c)).ToList();
                if (cells.Count != columns.Count)
                    c.Error(cellsNode, m.FieldPath("cells"), $"this row has {cells.Count} cells but the table has {columns.Count} columns",
                        "give one cell per column; write `~` for an empty cell");
            }
            else if (cellsNode is not null)
                c.Error(cellsNode, m.FieldPath("cells"), "expected a list of cells", "write the cells as [10.5, 10.2, 9.8]");
            m.RejectUnknown();
            return header is null ? null : new TableRow(group, header, cells);
        });
        var note = map.Optional("note", Text);
        var chart = map.Optional("chart", Enum(Words.Charts)) ?? ChartKind.None;
        if (chart != ChartKind.None && rows.Any(r => r.Cells.Any(c => c is { IsNumber: false })))
            context.Error(map.Get("chart")!, map.FieldPath("chart"), "a chart can only be drawn from a table whose cells are all numbers",
                "write the cells as numbers (10.5, not \"10.5\"; `~` for an empty cell), or remove `chart:`");
        map.RejectUnknown();
        return id is null || caption is null || rowHeader is null ? null
            : new DataTable(id, caption, unit, rowHeader, columns, rows, note, context.LineOf(node), chart);
    }

    private DistrictPlan? ReadDistrictPlan(YamlNode node, string path, YamlContext context)
    {
        var map = MapReader.Of(node, path, context);
        if (map is null) return null;
        var id = map.Required("id", Id, "kashiwa-chuo");
        var area = map.Required("area", Id, "kashiwa-chuo");
        if (area is not null) _references.Add(ReferenceKind.Area, area, context.At(map.Get("area")!), map.FieldPath("area"));
        var title = map.Required("title", Text, "{ja: 柏中央地区福祉活動計画, en: …}");
        var summary = map.Optional("summary", Text);
        var body = map.Optional("body", Text);
        var tables = map.List("tables", Id);
        var change = map.Optional("change", ReadChange);
        map.RejectUnknown();
        return id is null || area is null || title is null ? null
            : new DistrictPlan(id, area, title, summary, body, tables, change, context.LineOf(node));
    }

    private static GlossaryTerm? ReadGlossaryTerm(YamlNode node, string path, YamlContext context)
    {
        var map = MapReader.Of(node, path, context);
        if (map is null) return null;
        var id = map.Required("id", Id, "social-resources");
        var term = map.Required("term", Text, "{ja: 社会資源, en: social resources}");
        var reading = map.Optional("reading", String);
        var definition = map.Required("definition", Text, "{ja: …, en: …}");
        map.RejectUnknown();
        return id is null || term is null || definition is null ? null : new GlossaryTerm(id, term, reading, definition);
    }
}
