using SiteGen.Addressing;
using SiteGen.I18n;
using SiteGen.Model;

namespace SiteGen.Pages;

/// <summary>/&lt;lang&gt;/plans/&lt;slug&gt;/: the whole plan on one page, sections in the order a reader needs them.</summary>
public sealed class PlanPage(SiteContext site, Language language, Plan plan) : PageModel(site, language, $"plans/{plan.Slug}/")
{
    public Plan Plan { get; } = plan;
    public override string Template => "Plan.cshtml";
    public override bool InSearchIndex => true;
    /// <summary>The &lt;title&gt;, og:title and breadcrumb: with the municipality when the title lacks it (the h1 is the plan's own title).</summary>
    public override Localized Title => _title ??= PlanTitles.WithMunicipality(Plan, Language);
    private Localized? _title;
    public override PartialDate? LastModified => new[] { Plan.Updated, Plan.Revised, Plan.Published }.OfType<PartialDate>().Max();
    public override string OpenGraphType => "article";
    public override string? StructuredData => Pages.StructuredData.Plan(this);
    public override EmbedTarget EmbedTarget => EmbedTarget.ForPlan(Plan);
    public override string? Description => Plan.Summary?.In(Language).Text ?? Plan.Vision?.Statement.In(Language).Text;

    public static readonly ActionFlags[] FlagOrder = [ActionFlags.Priority, ActionFlags.New, ActionFlags.Revised, ActionFlags.Ended];

    public IEnumerable<ActionFlags> FlagsOf(ActionItem action) => FlagOrder.Where(f => action.Flags.HasFlag(f));

    public int CountFlag(ActionFlags flag) => Plan.Actions.Count(a => a.Flags.HasFlag(flag));

    public bool HasAnyFlags => Plan.Actions.Any(a => a.Flags != ActionFlags.None);

    /// <summary>The plan's sections as a tree, made once per page.</summary>
    public PlanOutline Outline => _outline ??= new PlanOutline(Plan);
    private PlanOutline? _outline;

    /// <summary>基本目標1, 柱2, 施策(3); Basic goal 1: the level's name as the plan prints it, then the number.</summary>
    public string SectionLabel(PlanSection section) =>
        Language.WidePunctuation ? Plain(section.Level.Name) + section.Number : Plain(section.Level.Name) + " " + section.Number;

    /// <summary>
    /// The parts of the page that list the plan's structure: one per level that has sections at the top of their branch,
    /// in the levels' order. The first to hold actions is #actions, where the action filter sits.
    /// </summary>
    public IReadOnlyList<SectionGroup> SectionGroups => _groups ??= GroupsOf(Outline);
    private IReadOnlyList<SectionGroup>? _groups;

    private static List<SectionGroup> GroupsOf(PlanOutline outline)
    {
        var groups = new List<SectionGroup>();
        var actionsPlaced = false;
        foreach (var level in outline.Plan.Levels)
        {
            var roots = outline.Roots.Where(r => ReferenceEquals(r.Level, level)).ToList();
            if (roots.Count == 0) continue;
            var holdsActions = !actionsPlaced && roots.Any(r => outline.ActionsUnder(r).Any());
            actionsPlaced |= holdsActions;
            groups.Add(new SectionGroup(holdsActions ? ActionsId : "level-" + level.Id, level.Heading ?? level.Name, roots, holdsActions));
        }
        return groups;
    }

    public const string ActionsId = "actions";

    /// <summary>The sections at the top of the page's structure (the first group's): the overview lists them, and each can be embedded alone.</summary>
    public IReadOnlyList<PlanSection> TopSections => SectionGroups.Count > 0 ? SectionGroups[0].Sections : [];

    /// <summary>Whether actions with no section get a part of their own (no section group holds actions).</summary>
    public bool ActionsStandAlone => Plan.Actions.Count > 0 && !SectionGroups.Any(g => g.HoldsActions);

    /// <summary>The fiscal years in which any action was evaluated, in order.</summary>
    // Made once per page: the action filter asks for the latest year once per action.
    public IReadOnlyList<FiscalYear> EvaluatedYears => _evaluatedYears ??= YearsOfEvaluations(Plan);
    private IReadOnlyList<FiscalYear>? _evaluatedYears;

    // A plan evaluates a handful of years: a list that skips repeats is far cheaper than a hash set.
    private static List<FiscalYear> YearsOfEvaluations(Plan plan)
    {
        var years = new List<FiscalYear>();
        foreach (var action in plan.Actions)
            foreach (var year in action.Evaluations.Keys)
                if (!years.Contains(year)) years.Add(year);
        years.Sort();
        return years;
    }

    /// <summary>How many actions got each mark in <paramref name="year"/>, in the scale's order.</summary>
    public IEnumerable<(EvaluationMark Mark, int Count)> MarkCounts(FiscalYear year) =>
        Plan.EvaluationScale?.Marks.Select(m => (m, Plan.Actions.Count(a => a.Evaluations.TryGetValue(year, out var s) && s == m.Symbol))) ?? [];

    public IEnumerable<FiscalYear> IndicatorYears(Indicator indicator) =>
        indicator.Measures.SelectMany(m => m.Targets.Keys.Concat(m.Actuals.Keys)).Distinct().Order();

    /// <summary>Whether a cell of the indicator's table shows ⇒ (the source's "same as before") in this page's language.</summary>
    public bool ShowsContinuedMark(Indicator indicator) =>
        indicator.Measures.SelectMany(m => m.Targets.Values.Concat(m.Actuals.Values)).Any(v => v.Text?.In(Language).Text.Contains('⇒') == true);

    /// <summary>The columns of an indicator's table: each year with a target, then with an actual, oldest first.</summary>
    public IReadOnlyList<(FiscalYear Year, bool Actual)> IndicatorColumns(Indicator indicator) =>
        indicator.Measures.SelectMany(m => m.Targets.Keys.Select(y => (y, false)).Concat(m.Actuals.Keys.Select(y => (y, true))))
            .Distinct().OrderBy(c => c.Item1).ThenBy(c => c.Item2).ToList();

    /// <summary>
    /// The evaluated actions grouped by their section in the plan's order, each with the sections above it (empty for
    /// actions outside any section): the matrix heads each group with where it sits.
    /// </summary>
    public IReadOnlyList<(IReadOnlyList<PlanSection> Path, IReadOnlyList<ActionItem> Actions)> EvaluatedActionsBySection
    {
        get
        {
            var groups = new List<(IReadOnlyList<PlanSection>, IReadOnlyList<ActionItem>)>();
            void Walk(IReadOnlyList<PlanSection> sections, List<PlanSection> path)
            {
                foreach (var section in sections)
                {
                    path.Add(section);
                    var evaluated = Outline.ActionsOf(section).Where(a => a.Evaluations.Count > 0).ToList();
                    if (evaluated.Count > 0) groups.Add((path.ToList(), evaluated));
                    Walk(Outline.ChildrenOf(section), path);
                    path.RemoveAt(path.Count - 1);
                }
            }
            Walk(Outline.Roots, []);
            var loose = Outline.ActionsWithoutSection.Where(a => a.Evaluations.Count > 0).ToList();
            if (loose.Count > 0) groups.Add(([], loose));
            return groups;
        }
    }

    /// <summary>Whether the matrix has a cell for a year an evaluated action was not rated in (shown as －, explained in the legend).</summary>
    public bool HasUnevaluatedCells => Plan.Actions.Any(a => a.Evaluations.Count > 0 && EvaluatedYears.Any(y => !a.Evaluations.ContainsKey(y)));

    /// <summary>The small chart of where the actions stand in the latest evaluated year (the overview), or null.</summary>
    public ChartFigure? LatestEvaluationChart => PlanCharts.ForLatestEvaluation(this);

    /// <summary>The chart of the evaluation marks per year, or null.</summary>
    public ChartFigure? EvaluationsChart => PlanCharts.ForEvaluations(this);

    /// <summary>The charts of an indicator's numeric targets and actuals: its total, and each 内 subset on a scale of its own.</summary>
    public IReadOnlyList<ChartFigure> IndicatorCharts(Indicator indicator) => PlanCharts.ForIndicator(this, indicator);

    public bool HasBaseline(Indicator indicator) => indicator.Measures.Any(m => m.Baseline is not null);

    public ServiceArea? Area(string id) => Site.Content.Area(id);

    public Plan? RevisionOf => Plan.RevisionOf is { } slug ? Site.Content.Plan(slug) : null;

    public IReadOnlyList<Plan> Revisions => Site.Content.RevisionsOf(Plan.Slug);

    /// <summary>The plan, the areas it names (their names are printed), and the plans it revises or is revised by.</summary>
    public override IReadOnlyList<object> DependsOn => Site.DependenciesOf(Plan, () =>
    [
        Plan,
        .. Plan.AreaIds.Distinct().Select(Site.Content.Area).OfType<ServiceArea>(),
        .. RevisionOf is { } revised ? [revised] : Array.Empty<Plan>(),
        .. Revisions,
        Site.SiteTermLinks(Languages.Primary), // its ※ links (a language's differ only in their folder)
    ]);

    /// <summary>Only a change to areas or organisations (their names are printed), to this plan, or to a plan it revises or is revised by.</summary>
    public override bool MayBeAffectedBy(ContentChange change) =>
        change.AreasOrOrganisationsChanged || change.PlansOfChangedPlans.Contains(Plan.Slug) || change.GlossaryChanged;

    /// <summary>※ marks link to the plan's own terms on the page (#term-…), then to the site glossary's on its page.</summary>
    public override Markup.TermLinks.TermIndex Terms => _terms ??= new(
        [.. Plan.Glossary.SelectMany(t => SiteContext.TermLinkEntries(t, "#term-" + t.Id)), .. Site.SiteTermLinks(Language)], Ui.TermLinkHint);
    private Markup.TermLinks.TermIndex? _terms;

    public DataTable? Table(string id) => Plan.Tables.FirstOrDefault(t => t.Id == id);

    /// <summary>Tables not already shown inside a district plan.</summary>
    public IEnumerable<DataTable> StandaloneTables =>
        Plan.Tables.Where(t => !Plan.DistrictPlans.Any(d => d.TableIds.Contains(t.Id)));

    public string? NarrativeMarkdown => Plan.Narrative.Exact(Language) ?? Plan.Narrative.Ja;
    public bool NarrativeIsFallback => Language != Language.Ja && Plan.Narrative.Exact(Language) is null && Plan.Narrative.Ja is not null;

    /// <summary>The narratives are the bodies of index.md and index.&lt;code&gt;.md, whose first lines the plan keeps.</summary>
    protected override (string File, int FirstLine)? SourceOf(string markdown) =>
        Plan.Narrative.Bodies.FirstOrDefault(b => string.Equals(markdown, b.Markdown, StringComparison.Ordinal)) is { } body ? (body.Path, body.FirstLine) : null;

    /// <summary>The plan's open data files: JSON first, then one CSV per table.</summary>
    public IEnumerable<(string Name, string Url)> OpenDataFiles =>
        new[] { ("plan.json", Site.Urls.File(OpenData.OpenDataWriter.PlanJsonPath(Plan.Slug))) }
            .Concat(OpenData.OpenDataWriter.CsvFileNames.Select(name => (name, Site.Urls.File(OpenData.OpenDataWriter.PlanFolder(Plan.Slug) + "/" + name))));

    public override IReadOnlyList<(string Label, string Url)> Breadcrumbs => [(Ui.NavHome, Url(""))];

    /// <summary>The "Embed this" panel.</summary>
    public EmbedPanelView? EmbedPanel => EmbedPanelView.Of(this);
}

/// <summary>One level's part of the plan page: its heading and the sections at the top of their branch.</summary>
public sealed record SectionGroup(string Id, Model.LocalizedText Heading, IReadOnlyList<PlanSection> Sections, bool HoldsActions);
