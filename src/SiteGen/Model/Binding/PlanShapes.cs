using System.Globalization;
using System.Text.Json.Nodes;
using SiteGen.Content.Yaml;
using SiteGen.Schema;
using static SiteGen.Schema.Types;

namespace SiteGen.Model.Binding;

/// <summary>
/// content/plans/&lt;slug&gt;/index.md: the plan and its parts other than actions (<see cref="ActionShapes"/>).
/// Language-neutral data (ids, years, numbers, marks, flags) is written once; each text is a `{ja, en}` pair.
/// </summary>
public static class PlanShapes
{
    private static PlanState State(BindContext context) => context.State<PlanState>();

    public static readonly Shape<PlanPeriod> Period = Shape<PlanPeriod>.Declare("period", new("計画期間", "Plan period"), s =>
    {
        var start = s.Required("start", Year, "2022", new("最初の年度（西暦）", "First fiscal year (Western)"));
        var end = s.Required("end", Year, "2026", new("最後の年度（西暦）", "Last fiscal year (Western)"));
        return r =>
        {
            if (r.Get(end)!.Value.Year >= r.Get(start)!.Value.Year) return new PlanPeriod(r.Get(start)!.Value, r.Get(end)!.Value);
            r.Context.Error(r.Node, r.Map.Path, $"the period ends ({r.Get(end)!.Value.Year}) before it starts ({r.Get(start)!.Value.Year})", "swap start and end");
            return null;
        };
    });

    public static readonly Shape<SourceLink> Source = Shape<SourceLink>.Declare("source", new("原資料", "Source document"), s =>
    {
        var title = s.Required("title", Text, "{ja: 概要版（PDF）, en: Summary edition (PDF)}", new("資料の名前", "Title of the document"));
        var url = s.Optional("url", Url, new("資料のウェブアドレス", "Where the document can be read"));
        var publisher = s.Optional("publisher", Text, new("発行者。計画の発行団体と違うときだけ書きます", "Who issued it, when not the plan's publisher"));
        var date = s.Optional("date", Date, new("資料の日付", "Date of the document"));
        var pages = s.Optional("pages", AtLeast(1, "a page count must be 1 or more", "write the number of pages, e.g. `12`"), new("ページ数", "Number of pages"));
        var format = s.Optional("format", Types.String, new("ファイル形式。例：`PDF`", "File format, e.g. `PDF`"));
        var size = s.Optional("size", Types.String, new("ファイルの大きさ。例：`2.4 MB`", "File size, e.g. `2.4 MB`"));
        return r => new SourceLink(r.Get(title), r.Get(url))
        {
            Publisher = r.Get(publisher), Date = r.Get(date), Pages = r.Get(pages), Format = r.Get(format), Size = r.Get(size),
        };
    });

    public static readonly Shape<Vision> Vision = Shape<Vision>.Declare("vision", new("基本理念", "Basic philosophy (vision)"), s =>
    {
        var statement = s.Required("statement", Text, "{ja: 共に手を携える地域社会の実現に向けて, en: …}", new("基本理念の文", "The basic philosophy"));
        var description = s.Optional("description", Prose, new("説明", "Explanation"));
        var name = s.Optional("name", Text, new("計画書での呼び名が「基本理念」でないとき、その名前（福祉目標など）", "What the plan calls it, when not 基本理念 / basic philosophy (e.g. 福祉目標 / welfare goal)"));
        return r => new Vision(r.Get(statement), r.Get(description), r.Get(name));
    });

    public static readonly Shape<EvaluationMark> ScaleMark = Shape<EvaluationMark>.Declare("mark", new("評価の記号", "Evaluation mark"), s =>
    {
        var symbol = s.Required("symbol", Types.String, "◎", new("記号そのもの（`◎`、`〇`、`△` など）", "The mark itself (`◎`, `〇`, `△`, ...)"));
        var label = s.Required("label", Text, "{ja: 計画以上に実施, en: achieved beyond plan}", new("記号の意味", "What the mark means"));
        var definition = s.Optional("definition", Text,
            new("詳しい説明。凡例の表の「意味」の列に出ます。どの記号にもないときは、その列は出しません",
                "A longer explanation, shown in the legend table's meaning column; when no mark has one, the table has no such column"));
        return r => new EvaluationMark(r.Get(symbol), r.Get(label), r.Get(definition));
    });

    public static readonly Shape<EvaluationScale> Scale = Shape<EvaluationScale>.Declare("evaluationScale", new("評価の凡例", "Evaluation scale"), s =>
    {
        var title = s.Optional("title", Text, new("凡例の見出し", "Heading of the scale"));
        var marks = s.List("marks", ScaleMark, new("記号のリスト（1 つ以上）", "The list of marks (at least one)"),
            ("the scale has no marks", "list each mark with its symbol and label"));
        s.Check(r =>
        {
            foreach (var duplicate in r.Get(marks).GroupBy(m => m.Symbol).Where(g => g.Count() > 1))
                r.Context.Error(r.Node, r.PathOf(marks), $"the mark `{duplicate.Key}` is defined twice", "define each mark once");
        });
        return r => new EvaluationScale(r.Get(title), r.Get(marks));
    });

    public static readonly Shape<PlanLevel> Level = Shape<PlanLevel>.Declare("level", new("階層", "Level"), s =>
    {
        var id = s.Required("id", Id, "goal", new("計画の中で重ならない id。項目の `level:` で使います", "An id not used by another level in the plan, used in a section's `level:`"));
        var name = s.Required("name", Text, "{ja: 基本目標, en: Basic goal}",
            new("計画書での呼び名。番号の前に付きます（基本目標1、柱2、施策(3)）", "What the plan calls this level; shown before each number (Basic goal 1, Pillar 2)"));
        var heading = s.Optional("heading", Text,
            new("この階層の一覧の見出し。省略すると `name` を使います。例：`{ja: 施策の方向性と取組, en: Policy directions and actions}`",
                "Heading over this level's list; without it, `name` is used. E.g. `{ja: 施策の方向性と取組, en: Policy directions and actions}`"));
        return r => new PlanLevel(r.Get(id), r.Get(name), r.Get(heading));
    });

    /// <summary>The id of one of the plan's `levels:`.</summary>
    public static readonly FieldType<PlanLevel> LevelId = new(new("`levels:` の id", "id of one of `levels:`"),
        (node, path, context) =>
        {
            if (Id.Read(node, path, context) is not { } id) return null;
            var levels = State(context).Levels;
            foreach (var level in levels)
                if (level.Id == id) return level;
            context.Error(node, path, levels.Count == 0 ? $"`{id}` is not a level of this plan: the plan declares no levels" : $"`{id}` is not a level of this plan",
                levels.Count == 0 ? DeclareLevelsHint : $"use one of the ids under `levels:`: {string.Join(", ", levels.Select(l => l.Id))}");
            return null;
        },
        schemas => Id.Schema(schemas),
        OpenForms.Scalar<PlanLevel>((w, level) => w.WriteStringValue(level.Id), schemas => Id.OpenSchema(schemas), level => level.Id));

    private const string DeclareLevelsHint =
        "declare the plan's levels first, from the top, e.g. `levels: [{id: goal, name: {ja: 基本目標, en: Basic goal}}, {id: measure, name: {ja: 施策, en: Measure}}]`";

    /// <summary>The id of a section, checked once every section is read (a reference may come before its section).</summary>
    public static readonly FieldType<string> SectionId = Id.Then((id, node, path, context) =>
    {
        State(context).SectionReferences.Add(new SectionReference(id, node, path));
        return id;
    }).As(new("項目（`sections:`）の id", "id of a section (`sections:`)"));

    public static readonly Shape<PlanSection> Section = Shape<PlanSection>.Declare("section", new("項目（目標・柱・施策など）", "Section (goal, pillar, measure…)"), s =>
    {
        var id = s.Required("id", Id, "goal-1", new("計画の中で重ならない id", "An id not used by another section in the plan"));
        var level = s.Optional("level", LevelId,
            new("この項目の階層（`levels:` の id）。階層が 1 つだけの計画では省略できます", "The section's level (an id of `levels:`); may be left out when the plan has one level"));
        var number = s.Required("number", Types.String, "\"1\"",
            new("番号。`\"1\"`、`\"(1)\"`、`\"①\"`、`\"1-1\"` など、計画書の表記のまま `\"…\"` で囲んで書きます", "The number as printed, in quotes: `\"1\"`, `\"(1)\"`, `\"①\"`, `\"1-1\"`"));
        var title = s.Required("title", Text, "{ja: 地域を支える環境づくり, en: …}", new("名前", "Name"));
        var description = s.Optional("description", Prose, new("説明", "Explanation"));
        var parent = s.Optional("parent", SectionId,
            new("上の階層で、この項目が属する項目の id。計画書が示していなければ書きません", "The id of the section of a higher level it belongs to; leave out when the plan does not say"));
        var parts = NodeShapes.Declare(s);
        s.Check(r =>
        {
            var levels = State(r.Context).Levels;
            if (r.NodeOf(level) is null && levels.Count != 1)
                r.Context.Error(r.Node, r.PathOf(level), levels.Count == 0 ? "the plan declares no levels for its sections" : "the section does not say which level it is at",
                    levels.Count == 0 ? DeclareLevelsHint : $"add `level:` with one of: {string.Join(", ", levels.Select(l => l.Id))}");
            if (OwnLevel(r) is { } own && r.NodeOf(parent) is { } parentNode) State(r.Context).LevelOfParentReference[parentNode] = own;
        });
        return r =>
        {
            if (OwnLevel(r) is not { } own) return null;
            r.Settle(level, own);
            return new PlanSection(r.Get(id), own, r.Get(number), r.Get(title), r.Get(description), r.Get(parent), r.Line) { Parts = parts(r) };
        };

        PlanLevel? OwnLevel(Row r) => r.Get(level) ?? (r.NodeOf(level) is null && State(r.Context).Levels is [var only] ? only : null);
    });

    public static readonly Shape<AreaUnit> Unit = Shape<AreaUnit>.Declare("unit", new("圏域", "Kind of area in a tier"), s =>
    {
        var layer = s.Required("layer", Word(Words.Layers), "junior-high-school-district", new("地域の種類", "Kind of area"));
        var count = s.Optional("count", Int, new("数", "How many"));
        var label = s.Optional("label", Text, new("表示名。`count` があれば数える形で（「社協支部」／`Council branches`）。省略すると `layer` の名前が表示されます", "Name to show, as what is counted when there is a `count` (`Council branches`); without it, the name of the `layer` is shown"));
        return r => new AreaUnit(r.Get(layer)!.Value, r.Get(count), r.Get(label));
    });

    public static readonly Shape<AreaTier> Tier = Shape<AreaTier>.Declare("areaTier", new("推進エリア（層）", "Area tier"), s =>
    {
        var name = s.Required("name", Text, "{ja: 第2層, en: Tier 2}", new("層の名前", "Name of the tier"));
        var units = s.List("units", Unit, new("圏域のリスト", "List of kinds of area in the tier"));
        var activities = s.Optional("activities", Prose, new("その層での主な活動", "Main activities at this tier"));
        return r => new AreaTier(r.Get(name), r.Get(units), r.Get(activities));
    });

    /// <summary>A table row's cells: `~` is an empty cell, so the list keeps one entry per column.</summary>
    private static readonly FieldType<IReadOnlyList<Value?>> Cells = new(new("セル（値か `~`）のリスト", "list of cells (values or `~`)"),
        (node, path, context) =>
        {
            if (node is not YamlSequenceNode cells)
            {
                context.Error(node, path, "expected a list of cells", "write the cells as [10.5, 10.2, 9.8]");
                return null;
            }
            return cells.Children.Select((cell, i) =>
                cell is YamlScalarNode { IsNull: true } ? null : Types.Value.Read(cell, $"{path}[{i + 1}]", context)).ToList();
        },
        schemas => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["anyOf"] = new JsonArray(Types.Value.Schema(schemas), new JsonObject { ["type"] = "null" }) } },
        new OpenForm<IReadOnlyList<Value?>>(
            (w, cells) =>
            {
                w.WriteStartArray();
                foreach (var cell in cells) Types.Value.WriteOpen(w, cell);
                w.WriteEndArray();
            },
            schemas => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["anyOf"] = new JsonArray(Types.Value.OpenSchema(schemas), new JsonObject { ["type"] = "null" }) } },
            null),
        // In the editor a list of values, an empty one written as `~`.
        form: new Form(FormKind.List, Types.Value));

    public static readonly Shape<TableRow> Row = Shape<TableRow>.Declare("row", new("表の行", "Table row"), s =>
    {
        var group = s.Optional("group", Text, new("行のまとまりの名前。同じ `group` の行がまとめて表示されます", "Name of a group of rows; rows with the same `group` are shown together"));
        var header = s.Required("header", Text, "{ja: 65歳以上, en: 65 and over}", new("行の見出し", "Row heading"));
        var cells = s.Optional("cells", Cells, new("セルのリスト。**列の数と同じ数** だけ書きます。空のセルは `~`", "List of cells: **as many as there are columns**; `~` for an empty cell"), []);
        return r => new TableRow(r.Get(group), r.Get(header), r.Get(cells));
    });

    public static readonly Shape<DataTable> Table = Shape<DataTable>.Declare("table", new("表", "Table"), s =>
    {
        var id = s.Required("id", Id, "population-by-age", new("計画の中で重ならない id", "An id not used by another table in the plan"));
        var caption = s.Required("caption", Text, "{ja: 人口割合, en: Population share}", new("表の題", "Title of the table"));
        var unit = s.Optional("unit", Text, new("単位", "Unit"));
        var rowHeader = s.Required("rowHeader", Text, "{ja: 年代, en: Age group}", new("行の見出しの列の名前", "Heading of the column of row headings"));
        var columns = s.List("columns", Types.Value, new("列の見出しのリスト（数値か文章。年なら `2010` のように）", "List of column headings (numbers or texts; years as `2010`)"));
        var rows = s.List("rows", Row, new("行のリスト", "List of rows"));
        var note = s.Optional("note", Text, new("注記", "Note"));
        var chart = s.Optional("chart", Word(Words.Charts),
            new("表の横にグラフも描くとき。行が系列（年代など）、列が項目（年など）になります。**セルはすべて数値**（空のセルは `~`）で書いてください",
                "Also draw the table as a chart beside it. Rows become the series (age groups…), columns the categories (years…). **Every cell must be a number** (`~` for an empty cell)"),
            ChartKind.None);
        s.Check(r =>
        {
            if (r.NodeOf(rows) is YamlSequenceNode rowNodes)
                for (var i = 0; i < rowNodes.Children.Count; i++)
                    if (rowNodes.Children[i] is YamlMappingNode row && row.ValueOf("cells") is YamlSequenceNode cells && cells.Children.Count != r.Get(columns).Count)
                        r.Context.Error(cells, $"{r.PathOf(rows)}[{i + 1}].cells", $"this row has {cells.Children.Count} cells but the table has {r.Get(columns).Count} columns",
                            "give one cell per column; write `~` for an empty cell");
            if (r.Get(chart) is not (null or ChartKind.None) && r.Get(rows).Any(row => row.Cells.Any(c => c is { IsNumber: false })))
                r.Context.Error(r.NodeOf(chart)!, r.PathOf(chart), "a chart can only be drawn from a table whose cells are all numbers",
                    "write the cells as numbers (10.5, not \"10.5\"; `~` for an empty cell), or remove `chart:`");
        });
        return r => new DataTable(r.Get(id), r.Get(caption), r.Get(unit), r.Get(rowHeader), r.Get(columns), r.Get(rows), r.Get(note), r.Line, r.Get(chart)!.Value);
    });

    public static readonly Shape<DistrictPlan> DistrictPlan = Shape<DistrictPlan>.Declare("districtPlan", new("地区別計画", "District plan"), s =>
    {
        var id = s.Required("id", Id, "kashiwa-chuo", new("計画の中で重ならない id", "An id not used by another district plan in the plan"));
        var area = s.Required("area", ContentTypes.AreaId, "kashiwa-chuo", new("地区の id", "The district's area id"));
        var title = s.Required("title", Text, "{ja: 柏中央地区福祉活動計画, en: …}", new("地区別計画の名前", "Name of the district plan"));
        var summary = s.Optional("summary", Prose, new("要約", "Summary"));
        var body = s.Optional("body", Prose, new("本文（**Markdown が使えます**）", "The district plan's text (**Markdown allowed**)"));
        var tables = s.List("tables", Id, new("この地区別計画に載せる表の id のリスト", "List of ids of tables to show in this district plan"));
        var change = s.Optional("change", ActionShapes.Change, new("見直しの内容（取り組みの `change` と同じ書き方）", "What was changed in a review (written like an action's `change`)"));
        return r => new DistrictPlan(r.Get(id), r.Get(area), r.Get(title), r.Get(summary), r.Get(body), r.Get(tables), r.Get(change), r.Line);
    });

    public static readonly Shape<GlossaryTerm> GlossaryTerm = Shape<GlossaryTerm>.Declare("glossaryTerm", new("用語解説", "Glossary term"), s =>
    {
        var id = s.Required("id", Id, "social-resources", new("計画の中で重ならない id", "An id not used by another term in the plan"));
        var term = s.Required("term", Text, "{ja: 社会資源, en: social resources}", new("用語", "The term"));
        var reading = s.Optional("reading", GlossaryShapes.Reading, new("読みがな（ひらがな・カタカナ）。用語解説の五十音順の並びに使い、英語のページではローマ字にもなります（空白がローマ字の語の区切り）。かなだけの用語には要りません",
            "Reading in kana: puts the term in 五十音 order in the glossary, and English pages give it in Roman letters (a space parts their words); not needed for a term written in kana only"));
        var definition = s.Required("definition", Prose, "{ja: …, en: …}", new("説明", "Explanation"));
        return r => new GlossaryTerm(r.Get(id), r.Get(term), r.Get(reading), r.Get(definition)) { Line = r.Line };
    });

    public static readonly Shape<Plan> Plan = Shape<Plan>.Declare("plan", new("計画", "Plan"), s =>
    {
        var slug = s.Optional("slug", Id, new("ページのアドレスに使う名前。**普通は書きません**。書かなければフォルダ名が使われます",
            "The name used in the page address. **Usually left out**: the folder name is used")).NotInOpenData();
        var title = s.Required("title", Text, "{ja: 第4期柏市地域健康福祉活動計画, en: 4th Kashiwa Community Health and Welfare Activity Plan}", new("計画の名前", "The plan's name"));
        var subtitle = s.Optional("subtitle", Text, new("副題", "Subtitle"));
        var tagline = s.Optional("tagline", Text, new("キャッチフレーズ", "Catchphrase"));
        var edition = s.Optional("edition", Text, new("期・次。例：第4期、第7次", "Term or plan number, e.g. 第4期 / 4th term, 第7次 / 7th plan"));
        var documentType = s.Optional("documentType", Text, new("資料の種類。例：概要版、中間見直し版、ダイジェスト版", "Kind of document, e.g. 概要版 / summary edition, 中間見直し版 / mid-term review edition"));
        var publisher = s.Required("publisher", ContentTypes.Publisher, "kashiwa-shakyo", new("発行した団体の id（`content/organisations/` のファイル名）", "The id of the publishing organisation (a file name in `content/organisations/`)"));
        var period = s.Required("period", OrUnknown(Period.Type), "{start: 2022, end: 2026}",
                new("計画期間。資料に書かれていなければ `unknown` と書きます（ページには「記載なし」と表示され、年度の確認はしません）",
                    "The plan period. If the source does not give it, write `unknown` (the page says so, and years are not checked against it)"))
            .Then((r, value) => State(r.Context).Period = value.Value);
        var published = s.Required("published", OrUnknown(Date), "2022-03",
            new("発行日。資料に書かれていなければ `unknown` と書きます（日付を推測して書かないでください）",
                "Date of publication. If the source does not give it, write `unknown` (do not guess a date)"));
        var status = s.Optional("documentStatus", Word(Words.Statuses), new("資料の状態", "Status of the document"), DocumentStatus.Final);
        var revised = s.Optional("revised", Date, new("改定日。発行日より前にはできません", "Date of revision; not before `published`"));
        var updated = s.Optional("updated", Date, new("ページの内容を最後に変えた日。書かなければ、計画のファイルを最後に git でコミットした日",
            "When the page's content last changed; without it, the date of the last git commit of the plan's files"));
        var revisionOf = s.Optional("revisionOf", ContentTypes.PlanId, new("この計画が見直し版のとき、元の計画の id（フォルダ名）。両方のページに相互リンクが付きます",
            "For a revised edition: the id (folder name) of the original plan. Both pages get a link to each other"));
        var source = s.Optional("source", Source, new("原資料", "The source document"));
        var coverage = s.Required("coverage", ContentTypes.AreaId, "kashiwa", new("計画の対象地域の id（普通は全市の地域）", "The id of the area the plan covers (usually the whole-city area)"))
            .Then((r, value) => State(r.Context).Coverage = value);
        var summary = s.Optional("summary", Prose, new("計画の要約。ページの最初「ひと目でわかる計画」に表示されます", "Summary, shown first on the page, under \"The plan in brief\""));
        var vision = s.Optional("vision", Vision, new("基本理念", "Basic philosophy (vision)"));
        // The scale is read before the actions, so their marks can be checked against it.
        var scale = s.Optional("evaluationScale", Scale, new("評価の凡例（◎〇△ などの記号と意味）", "Evaluation scale (marks such as ◎〇△ and what they mean)"))
            .Then((r, value) => State(r.Context).Scale = value);
        var actors = s.List("actors", NodeShapes.Actor, new("計画の主体（市民・地域・市、自助・共助・公助など）のリスト。項目・取り組みの `roles:` で、それぞれがすることを書きます",
                "List of the plan's actors (residents, community, city; self-help, mutual aid, public support…). Sections and actions say what each does under `roles:`"))
            .Then((r, value) => State(r.Context).Actors = value);
        var levels = s.List("levels", Level,
                new("計画の構成の階層（柱・基本目標・施策など）を上から順に。取り組みの上に最大 4 つ", "The levels of the plan's structure (pillars, basic goals, measures…), from the top; at most 4 above the actions"))
            .Then((r, value) => State(r.Context).Levels = value);
        var sections = s.List("sections", Section,
            new("各階層の項目のリスト（計画書の順に）。下の階層の項目は `parent:` で上の項目を指します", "The sections of every level, in the plan's order; a lower section names its section above under `parent:`"));
        var actions = s.List("actions", ActionShapes.Action, new("取り組みのリスト", "List of actions"));
        var evaluated = s.Optional("evaluated", ByYear(Date, c => State(c).Period),
            new("年度ごとの評価を公表した日。書いた年度ごとに更新情報（Atom フィード）に記事が載ります",
                "When each fiscal year's evaluation was published; each year written gets an entry in the update feed (Atom)"),
            YearMap<PartialDate>.Empty);
        s.Retired("goals", "`goals:` is now written as `levels:` and `sections:`",
            "declare the level, e.g. `levels: [{id: goal, name: {ja: 基本目標, en: Basic goal}}]`, rename `goals:` to `sections:` and give each `level: goal` (docs/authoring.md, \"Map your plan\")");
        s.Retired("directions", "`directions:` is now written as `levels:` and `sections:`",
            "declare the level, e.g. `{id: direction, name: {ja: 施策の方向性, en: Policy direction}}` under `levels:`, move the directions into `sections:` with `level: direction`, and write `parent:` instead of `goal:` (docs/authoring.md, \"Map your plan\")");
        var areaTiers = s.List("areaTiers", Tier, new("推進エリア（層）のリスト", "List of area tiers"));
        var tables = s.List("tables", Table, new("表のリスト", "List of tables"));
        var districtPlans = s.List("districtPlans", DistrictPlan, new("地区別計画のリスト", "List of district plans"));
        var glossary = s.List("glossary", GlossaryTerm, new("用語解説のリスト", "List of glossary terms"));

        s.Check(r =>
        {
            if (r.Get(slug) is null && r.NodeOf(slug) is null && !YamlValues.IsValidId(State(r.Context).Folder))
                r.Context.Diagnostics.Error(new Diagnostics.SourceLocation(r.Context.File, 1, 1), "slug",
                    $"the folder name `{State(r.Context).Folder}` cannot be used in a web address",
                    "rename the folder using lowercase letters a-z, digits and hyphens, e.g. `kashiwa-4th`, or add a `slug:` field");
            if (r.Get(published)?.Value is { } p && r.Get(revised) is { } v && v.CompareTo(p) < 0)
                r.Context.Error(r.NodeOf(revised)!, "revised", $"the revision ({v.Iso}) is dated before publication ({p.Iso})", "check both dates");
            State(r.Context).EvaluationDates = PlanChecks.EvaluationDates(r, r.NodeOf(evaluated) as YamlMappingNode, r.Get(evaluated), r.Get(actions), r.Get(published)?.Value, r.Get(revised));
            PlanChecks.Unique(r, r.PathOf(actors), r.NodeOf(actors), r.Get(actors).Select(a => a.Id));
            PlanChecks.Unique(r, r.PathOf(levels), r.NodeOf(levels), r.Get(levels).Select(l => l.Id));
            PlanChecks.Levels(r, r.NodeOf(levels), r.PathOf(levels), r.Get(levels));
            PlanChecks.Unique(r, r.PathOf(sections), r.NodeOf(sections), r.Get(sections).Select(g => g.Id));
            PlanChecks.Unique(r, r.PathOf(actions), r.NodeOf(actions), r.Get(actions).Select(a => a.Id));
            PlanChecks.Unique(r, "actions[].indicators", r.NodeOf(actions), r.Get(actions).SelectMany(a => a.Indicators).Select(i => i.Id));
            PlanChecks.Unique(r, r.PathOf(tables), r.NodeOf(tables), r.Get(tables).Select(t => t.Id));
            PlanChecks.Unique(r, r.PathOf(districtPlans), r.NodeOf(districtPlans), r.Get(districtPlans).Select(d => d.Id));
            PlanChecks.Unique(r, r.PathOf(glossary), r.NodeOf(glossary), r.Get(glossary).Select(g => g.Id));
            PlanChecks.InternalReferences(r.Context, r.Get(sections), r.Get(tables), r.Get(districtPlans));
        });

        return r =>
        {
            var state = State(r.Context);
            var id = r.Get(slug) ?? (YamlValues.IsValidId(state.Folder) ? state.Folder : null);
            if (id is null || r.NodeOf(slug) is not null && r.Get(slug) is null) return null;
            return new Plan
            {
                Slug = id,
                SourcePath = r.Context.File,
                Title = r.Get(title),
                Subtitle = r.Get(subtitle),
                Tagline = r.Get(tagline),
                Edition = r.Get(edition),
                DocumentType = r.Get(documentType),
                Publisher = r.Get(publisher),
                Period = r.Get(period).Value,
                Published = r.Get(published).Value,
                Status = r.Get(status)!.Value,
                Revised = r.Get(revised),
                Updated = r.Get(updated),
                RevisionOf = r.Get(revisionOf),
                Source = r.Get(source),
                CoverageAreaId = r.Get(coverage),
                Summary = r.Get(summary),
                Vision = r.Get(vision),
                Actors = r.Get(actors),
                Levels = r.Get(levels),
                Sections = r.Get(sections),
                Actions = r.Get(actions),
                EvaluationScale = r.Get(scale),
                EvaluationDates = state.EvaluationDates,
                AreaTiers = r.Get(areaTiers),
                DistrictPlans = r.Get(districtPlans),
                Tables = r.Get(tables),
                Glossary = r.Get(glossary),
                Narrative = state.Narrative!,
                Texts = [.. r.Context.Texts],
                MarkedTexts = [.. r.Context.Marked],
            };
        };
    });

    /// <summary>The fiscal year a key of a by-year mapping names, as the year reader read it (it reported any problem).</summary>
    internal static FiscalYear? YearOfKey(YamlNode key) =>
        key is YamlScalarNode { Value: { } v } && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? new FiscalYear(y) : null;
}
