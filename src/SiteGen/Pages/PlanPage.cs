using SiteGen.I18n;
using SiteGen.Model;

namespace SiteGen.Pages;

/// <summary>/&lt;lang&gt;/plans/&lt;slug&gt;/: the whole plan on one page, sections in the order a reader needs them.</summary>
public sealed class PlanPage(SiteContext site, Language language, Plan plan) : PageModel(site, language, $"plans/{plan.Slug}/")
{
    public Plan Plan { get; } = plan;
    public override string Template => "Plan.cshtml";
    /// <summary>The &lt;title&gt;, og:title and breadcrumb: with the municipality when the title lacks it (the h1 is the plan's own title).</summary>
    public override Localized Title => _title ??= PlanTitles.WithMunicipality(Plan, Language);
    private Localized? _title;
    public override PartialDate? LastModified => new[] { Plan.Updated, Plan.Revised, Plan.Published }.OfType<PartialDate>().Max();
    public override string OpenGraphType => "article";
    public override string? StructuredData => Pages.StructuredData.Plan(this);
    public override string? Description => Plan.Summary?.In(Language).Text ?? Plan.Vision?.Statement.In(Language).Text;

    public static readonly ActionFlags[] FlagOrder = [ActionFlags.Priority, ActionFlags.New, ActionFlags.Revised, ActionFlags.Ended];

    public IEnumerable<ActionFlags> FlagsOf(ActionItem action) => FlagOrder.Where(f => action.Flags.HasFlag(f));

    public int CountFlag(ActionFlags flag) => Plan.Actions.Count(a => a.Flags.HasFlag(flag));

    public bool HasAnyFlags => Plan.Actions.Any(a => a.Flags != ActionFlags.None);

    public IEnumerable<ActionItem> ActionsOf(PolicyDirection direction) => Plan.Actions.Where(a => a.DirectionId == direction.Id);

    public IReadOnlyList<ActionItem> ActionsWithoutDirection => Plan.Actions.Where(a => a.DirectionId is null).ToList();

    public IEnumerable<PolicyDirection> DirectionsOf(Goal goal) => Plan.Directions.Where(d => d.GoalId == goal.Id);

    /// <summary>
    /// The directions in order, in runs: a direction the plan gives only a title (a summary edition's list of pillars)
    /// is listed with the others of its run, not given a heading with nothing under it.
    /// </summary>
    public IEnumerable<(bool TitlesOnly, IReadOnlyList<PolicyDirection> Directions)> DirectionRuns
    {
        get
        {
            var run = new List<PolicyDirection>();
            var titlesOnly = false;
            foreach (var direction in Plan.Directions)
            {
                var titleOnly = direction.Description is null && direction.Parts.IsEmpty && !ActionsOf(direction).Any();
                if (run.Count > 0 && titleOnly != titlesOnly)
                {
                    yield return (titlesOnly, run);
                    run = [];
                }
                titlesOnly = titleOnly;
                run.Add(direction);
            }
            if (run.Count > 0) yield return (titlesOnly, run);
        }
    }

    public string GoalLabel(Goal goal) => Ui.Format(goal.Kind == GoalKind.Priority ? Ui.PriorityGoal : Ui.BasicGoal, goal.Number);

    public string DirectionLabel(PolicyDirection direction) =>
        Ui.Format(direction.Kind == DirectionKind.Pillar ? Ui.Pillar : Ui.Direction, direction.Number);

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
        new GlossaryOnPage(Site.Content.Glossary), // its ※ links
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

    public string? NarrativeMarkdown => Language == Language.En ? Plan.Narrative.En ?? Plan.Narrative.Ja : Plan.Narrative.Ja;
    public bool NarrativeIsFallback => Language == Language.En && Plan.Narrative.En is null && Plan.Narrative.Ja is not null;

    /// <summary>The narratives are the bodies of index.md and index.en.md, whose first lines the plan keeps.</summary>
    protected override (string File, int FirstLine)? SourceOf(string markdown) =>
        string.Equals(markdown, Plan.Narrative.Ja, StringComparison.Ordinal) ? (Plan.Narrative.JaPath, Plan.Narrative.JaFirstLine)
        : string.Equals(markdown, Plan.Narrative.En, StringComparison.Ordinal) ? (Plan.Narrative.EnPath, Plan.Narrative.EnFirstLine)
        : null;

    /// <summary>The plan's open data files: JSON first, then one CSV per table.</summary>
    public IEnumerable<(string Name, string Url)> OpenDataFiles =>
        new[] { ("plan.json", Site.Urls.File(OpenData.OpenDataWriter.PlanJsonPath(Plan.Slug))) }
            .Concat(OpenData.OpenDataWriter.CsvFileNames.Select(name => (name, Site.Urls.File(OpenData.OpenDataWriter.PlanFolder(Plan.Slug) + "/" + name))));

    public override IReadOnlyList<(string Label, string Url)> Breadcrumbs => [(Ui.NavHome, Url(""))];
}
