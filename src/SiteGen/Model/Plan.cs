namespace SiteGen.Model;

/// <summary>
/// One published plan: a community welfare (activity) plan of a municipality or council.
/// Everything here comes from the plan's folder in content/plans/.
/// </summary>
public sealed record Plan : BoundRecord
{
    public required string Slug { get; init; }
    public required string SourcePath { get; init; }
    public required LocalizedText Title { get; init; }
    public LocalizedText? Subtitle { get; init; }
    public LocalizedText? Tagline { get; init; }
    /// <summary>第4期 / 4th term, 第7次 / 7th plan: the plan's own counter word.</summary>
    public LocalizedText? Edition { get; init; }
    /// <summary>概要版 / summary edition, 中間見直し版 / mid-term review edition.</summary>
    public LocalizedText? DocumentType { get; init; }
    public required Organisation Publisher { get; init; }
    /// <summary>Null when the source does not say (`period: unknown`): the page says so, it never shows an invented period.</summary>
    public required PlanPeriod? Period { get; init; }
    /// <summary>Null when the source does not say (`published: unknown`).</summary>
    public required PartialDate? Published { get; init; }
    /// <summary>Whether the document is the final plan, a draft (案) or an excerpt (抜粋) of it.</summary>
    public DocumentStatus Status { get; init; } = DocumentStatus.Final;
    public PartialDate? Revised { get; init; }
    /// <summary>When the page's content last changed: `updated:` in the content, else the last commit of the plan's files.</summary>
    public PartialDate? Updated { get; init; }
    /// <summary>The slug of the plan this document revises (a mid-term review revises its main plan).</summary>
    public string? RevisionOf { get; init; }
    public SourceLink? Source { get; init; }
    /// <summary>Where the plan applies: the whole-city area of its municipality.</summary>
    public required string CoverageAreaId { get; init; }
    public LocalizedText? Summary { get; init; }
    public Vision? Vision { get; init; }
    /// <summary>Who does what, as the plan names them (市民・地域・市, 自助・共助・公助, みんなで・社協); nodes say what each does.</summary>
    public IReadOnlyList<Actor> Actors { get; init; } = [];
    /// <summary>The levels of the plan's structure above its actions, from the top (at most <see cref="MaxLevels"/>).</summary>
    public IReadOnlyList<PlanLevel> Levels { get; init; } = [];
    /// <summary>Every section of every level, in the plan's order.</summary>
    public IReadOnlyList<PlanSection> Sections { get; init; } = [];
    public IReadOnlyList<ActionItem> Actions { get; init; } = [];
    public EvaluationScale? EvaluationScale { get; init; }
    /// <summary>`evaluated:` when each fiscal year's evaluation was published; only dated years get a feed entry.</summary>
    public YearMap<PartialDate> EvaluationDates { get; init; } = YearMap<PartialDate>.Empty;
    public IReadOnlyList<AreaTier> AreaTiers { get; init; } = [];
    public IReadOnlyList<DistrictPlan> DistrictPlans { get; init; } = [];
    public IReadOnlyList<DataTable> Tables { get; init; } = [];
    public IReadOnlyList<GlossaryTerm> Glossary { get; init; } = [];
    public required Narrative Narrative { get; init; }
    /// <summary>Every translatable text of the front matter, as the binder read it: what translation coverage counts.</summary>
    public IReadOnlyList<LocalizedText> Texts { get; init; } = [];
    /// <summary>Every text of the front matter with a ※ in it, where it is written.</summary>
    public IReadOnlyList<Markup.TermLinks.MarkedText> MarkedTexts { get; init; } = [];

    /// <summary>Sections nest at most this deep: with the page's h2 over each level and actions below, h6 is the last heading.</summary>
    public const int MaxLevels = 4;

    public IEnumerable<Indicator> Indicators => Actions.SelectMany(a => a.Indicators);

    /// <summary>The plan's actions by the areas they name, in the order they first name them; worked out once per plan object.</summary>
    public IReadOnlyList<(string AreaId, IReadOnlyList<ActionItem> Actions)> ActionsByArea => _actionsByArea.Of(Actions, PlanAreaActions.Group);

    // Kept in the plan: an unchanged file binds to the very same Plan in a `serve` session, so a save only merges them.
    private Derived<IReadOnlyList<ActionItem>, IReadOnlyList<(string AreaId, IReadOnlyList<ActionItem> Actions)>> _actionsByArea;

    /// <summary>Every area id the plan mentions: its coverage, its district plans and its actions.</summary>
    public IEnumerable<string> AreaIds =>
        new[] { CoverageAreaId }
            .Concat(DistrictPlans.Select(d => d.AreaId))
            .Concat(Actions.SelectMany(a => a.AreaIds))
            .Distinct();
}

public enum DocumentStatus { Final, Draft, Excerpt }

/// <summary>A value the source may leave unsaid: `unknown` in content, so that nothing invented is shown as fact.</summary>
public sealed record Stated<T>(T? Value) where T : class
{
    public static readonly Stated<T> Unknown = new((T?)null);
}

/// <summary>A date as precise as the source gives it: 2019年5月 has no day.</summary>
public sealed record PartialDate(int Year, int? Month, int? Day) : IComparable<PartialDate>
{
    public int CompareTo(PartialDate? other) =>
        other is null ? 1 : (Year, Month ?? 0, Day ?? 0).CompareTo((other.Year, other.Month ?? 0, other.Day ?? 0));

    /// <summary>ISO 8601 with only the known parts: 2019-05.</summary>
    public string Iso => Day is { } d ? $"{Year:D4}-{Month:D2}-{d:D2}" : Month is { } m ? $"{Year:D4}-{m:D2}" : $"{Year:D4}";
}

/// <summary>The document the page is made from (原資料): what residents can read in full, and where.</summary>
public sealed record SourceLink(LocalizedText Title, string? Url) : BoundRecord
{
    /// <summary>Who issued the document, when it is not the plan's publisher (the city for a council's summary).</summary>
    public LocalizedText? Publisher { get; init; }
    public PartialDate? Date { get; init; }
    public int? Pages { get; init; }
    /// <summary>As the download link would say it: PDF, 2.4 MB.</summary>
    public string? Format { get; init; }
    public string? Size { get; init; }
}

/// <summary>基本理念: the basic philosophy (vision) of the plan; <paramref name="Name"/> is what the plan calls it when not 基本理念 (福祉目標).</summary>
public sealed record Vision(LocalizedText Statement, LocalizedText? Description, LocalizedText? Name = null) : BoundRecord;

/// <summary>One who acts in the plan, as the plan names it: 市民一人ひとり, 地域, 市; 自助, 共助; みんなで, 社協.</summary>
public sealed record Actor(string Id, LocalizedText Name) : BoundRecord;

/// <summary>What one actor does at one place of the plan.</summary>
public sealed record Role(Actor Actor, IReadOnlyList<LocalizedText> Does);

/// <summary>参考事業・具体的事業: a programme listed under a part of the plan, who runs it (所管課・実施主体) and when.</summary>
public sealed record Programme(LocalizedText Name, LocalizedText? RunBy, LocalizedText? Timing, LocalizedText? Note) : BoundRecord;

public enum NoteKind { Note, Column }

/// <summary>A ※ note or a column (コラム) that belongs to one part of the plan and is shown there.</summary>
public sealed record PlanNote(NoteKind Kind, LocalizedText? Title, LocalizedText Body) : BoundRecord;

/// <summary>What any part of the plan (section, action) may carry besides its own text.</summary>
public sealed record NodeParts(IReadOnlyList<Role> Roles, IReadOnlyList<Programme> Programmes, IReadOnlyList<PlanNote> Notes)
{
    public static readonly NodeParts None = new([], [], []);
    public bool IsEmpty => Roles.Count == 0 && Programmes.Count == 0 && Notes.Count == 0;
}

/// <summary>A level of the plan's structure, from the top, as the plan names it: 柱, 基本目標, 施策の方向性, 施策.</summary>
/// <param name="Heading">The heading over the level's list when the name does not read as one (Basic goal → Basic goals).</param>
public sealed record PlanLevel(string Id, LocalizedText Name, LocalizedText? Heading) : BoundRecord;

/// <summary>One part of the plan's structure at one of its levels (基本目標1, 柱2, 施策(3)); actions and lower sections sit under it.</summary>
/// <param name="ParentId">The section of a higher level it belongs to; null at the top, or when the plan does not say.</param>
public sealed record PlanSection(
    string Id,
    PlanLevel Level,
    string Number,
    LocalizedText Title,
    LocalizedText? Description,
    string? ParentId,
    int Line) : BoundRecord
{
    public NodeParts Parts { get; init; } = NodeParts.None;
}

[Flags]
public enum ActionFlags
{
    None = 0,
    Priority = 1,
    New = 2,
    Revised = 4,
    Ended = 8,
}

/// <summary>取組項目: a numbered action of the plan, with its flags, areas, yearly evaluations and indicators.</summary>
public sealed record ActionItem(
    string Id,
    string Number,
    LocalizedText Title,
    string? SectionId,
    ActionFlags Flags,
    IReadOnlyList<string> AreaIds,
    ActionChange? Change,
    YearMap<string> Evaluations,
    IReadOnlyList<Indicator> Indicators,
    LocalizedText? Description,
    int Line) : BoundRecord
{
    public NodeParts Parts { get; init; } = NodeParts.None;
    /// <summary>`evaluationComments:` a short comment on a year's mark, shown beside it.</summary>
    public YearMap<LocalizedText> EvaluationComments { get; init; } = YearMap<LocalizedText>.Empty;
}

/// <summary>Why an action was added, revised or ended, and where the main plan describes it.</summary>
public sealed record ActionChange(
    LocalizedText Summary,
    LocalizedText Reason,
    int? MainPlanPage,
    LocalizedText? RevisedText) : BoundRecord;

/// <summary>評価指標: what is measured, with baseline, yearly targets and actual values.</summary>
public sealed record Indicator(
    string Id,
    LocalizedText Name,
    LocalizedText? Scope,
    LocalizedText? Unit,
    IReadOnlyList<IndicatorMeasure> Measures,
    int Line) : BoundRecord;

/// <summary>One row of an indicator table (目標値(単年), 内相談件数...): values per fiscal year.</summary>
public sealed record IndicatorMeasure(
    LocalizedText Label,
    Value? Baseline,
    YearMap<Value> Targets,
    YearMap<Value> Actuals) : BoundRecord;

/// <summary>A plan's evaluation scale: councils use ◎〇△, 5 to 1, S/A/B/C... so each plan defines its own.</summary>
public sealed record EvaluationScale(LocalizedText? Title, IReadOnlyList<EvaluationMark> Marks) : BoundRecord
{
    public EvaluationMark? Find(string symbol)
    {
        // An indexed loop, not FirstOrDefault or foreach (both allocate through IReadOnlyList): pages and
        // open data look a mark up for every evaluation they print (docs/performance.md#what-a-build-keeps-alive-and-allocation).
        for (var i = 0; i < Marks.Count; i++)
            if (Marks[i].Symbol == symbol) return Marks[i];
        return null;
    }
}

public sealed record EvaluationMark(string Symbol, LocalizedText Label, LocalizedText? Definition) : BoundRecord;

/// <summary>A tier of the plan's area structure (第1層 whole city, 第2層 school districts...).</summary>
public sealed record AreaTier(
    LocalizedText Name,
    IReadOnlyList<AreaUnit> Units,
    LocalizedText? Activities) : BoundRecord;

/// <summary>"12 junior high school districts": a kind of area and how many the city has.</summary>
public sealed record AreaUnit(AreaLayer Layer, int? Count, LocalizedText? Label) : BoundRecord;

/// <summary>地区別計画: what residents of one district plan to do.</summary>
public sealed record DistrictPlan(
    string Id,
    string AreaId,
    LocalizedText Title,
    LocalizedText? Summary,
    LocalizedText? Body,
    IReadOnlyList<string> TableIds,
    ActionChange? Change,
    int Line) : BoundRecord;

/// <summary>A data table: population share by age, related programmes...</summary>
public sealed record DataTable(
    string Id,
    LocalizedText Caption,
    LocalizedText? Unit,
    LocalizedText RowHeaderLabel,
    IReadOnlyList<Value> Columns,
    IReadOnlyList<TableRow> Rows,
    LocalizedText? Note,
    int Line,
    ChartKind Chart = ChartKind.None) : BoundRecord;

/// <summary>How a table is also drawn as a chart beside it (`chart:` in content): rows are the series, columns the categories (years).</summary>
public enum ChartKind { None, StackedBar, Line }

public sealed record TableRow(LocalizedText? Group, LocalizedText Header, IReadOnlyList<Value?> Cells) : BoundRecord;

/// <summary>A ※ note: a term the plan (or the site glossary, <see cref="SiteGlossary"/>) explains; <see cref="Line"/> is where it is written.</summary>
public sealed record GlossaryTerm(string Id, LocalizedText Term, string? Reading, LocalizedText Definition) : BoundRecord
{
    public int Line { get; init; }

    /// <summary>The ways the term is written in the text before a ※: each language's form, without furigana.</summary>
    public IEnumerable<string> Writings =>
        new[] { Term.Ja }.Concat(Term.Translations.Select(t => t.Value)).Select(Markup.Ruby.RubyText.Strip).Distinct(StringComparer.Ordinal);
}

/// <summary>One narrative body file: its Markdown and where it starts, for diagnostics at its lines.</summary>
public sealed record NarrativeBody(string Markdown, string Path, int FirstLine);

/// <summary>
/// The free Markdown of the plan, per language: index.md is Japanese, index.&lt;code&gt;.md each translation
/// (index.en.md, index.vi.md). A language without its body shows the Japanese with a notice. Equal by value.
/// </summary>
public sealed class Narrative : IEquatable<Narrative>
{
    private readonly ByLanguageCode<NarrativeBody> _translations;

    /// <param name="japanesePath">index.md, beside which each translation's file is (or would be).</param>
    public Narrative(string japanesePath, NarrativeBody? japanese, IEnumerable<KeyValuePair<string, NarrativeBody>> translations)
    {
        JapanesePath = japanesePath;
        Japanese = japanese;
        _translations = new(translations);
    }

    public string JapanesePath { get; }
    public NarrativeBody? Japanese { get; }

    /// <summary>The Japanese Markdown, or null when index.md has no body.</summary>
    public string? Ja => Japanese?.Markdown;

    /// <summary>Every body there is, Japanese first, then the translations by code.</summary>
    public IEnumerable<NarrativeBody> Bodies => (Japanese is null ? [] : new[] { Japanese }).Concat(_translations.Items.Select(t => t.Value));

    public NarrativeBody? BodyIn(I18n.Language language) =>
        language == I18n.Language.Ja ? Japanese : _translations.TryGet(language.Code, out var body) ? body : null;

    public string? Exact(I18n.Language language) => BodyIn(language)?.Markdown;

    /// <summary>The file the narrative in <paramref name="language"/> is (or would be) read from.</summary>
    public string PathIn(I18n.Language language) =>
        language == I18n.Language.Ja ? JapanesePath : BodyIn(language)?.Path ?? System.IO.Path.ChangeExtension(JapanesePath, $".{language.Code}.md");

    public bool Equals(Narrative? other) =>
        other is not null && JapanesePath == other.JapanesePath && Japanese == other.Japanese && _translations.Equals(other._translations);

    public override bool Equals(object? obj) => obj is Narrative other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(JapanesePath);
        hash.Add(Japanese);
        _translations.AddTo(ref hash);
        return hash.ToHashCode();
    }
}
