using SiteGen.Model;
using SiteGen.Model.Binding;

namespace SiteGen.Pages;

/// <summary>
/// The filter of a plan's actions (#actions): by the section at the top of the action's branch (its goal or pillar), flag,
/// evaluation mark of the latest evaluated year and service area. The page lists every action; each
/// action's &lt;li&gt; carries what it is filtered by as data attributes, and assets/filter.js shows the
/// form (hidden without JavaScript) and hides what does not match. The select names are the URL query keys.
/// </summary>
public sealed class ActionFilter
{
    /// <summary>An option of a select; <see cref="Lang"/> is "ja" when its English text fell back to Japanese.</summary>
    public sealed record Option(string Value, string Text, string? Lang);

    /// <summary>A select: its query key (goal, flag, status, area), the data attribute it matches and whether that holds a list.</summary>
    public sealed record Control(string Name, string Label, string Attribute, bool IsList, IReadOnlyList<Option> Options)
    {
        public string Id => "filter-" + Name;
    }

    /// <summary>The value of data-status for an action not evaluated in the latest year.</summary>
    public const string NotEvaluated = "none";

    public PlanPage Page { get; }
    public IReadOnlyList<Control> Controls { get; }

    public ActionFilter(PlanPage page)
    {
        Page = page;
        var plan = page.Plan;
        var ui = page.Ui;
        var controls = new List<Control>();

        var goalIds = plan.Actions.Select(a => GoalOf(page, a)).Where(g => g.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (goalIds.Count > 0)
        {
            var tops = page.Outline.Roots.Where(s => goalIds.Contains(s.Id)).ToList();
            // Labelled with the plan's own name for its top level (基本目標, 柱) when the choices share one.
            var label = tops.Select(s => s.Level).Distinct().Count() == 1 ? page.Plain(tops[0].Level.Name) : ui.FilterGoal;
            controls.Add(new Control("goal", label, "goal", false,
                tops.Select(s => Text(s.Id, page.SectionLabel(s) + page.Colon, s.Title)).ToList()));
        }

        var flags = PlanPage.FlagOrder.Where(f => page.CountFlag(f) > 0).ToList();
        if (flags.Count > 0)
            controls.Add(new Control("flag", ui.FilterFlag, "flags", true, flags.Select(f => new Option(Words.Of(f), ui.Flag(f), null)).ToList()));

        if (LatestYear(page) is { } year && plan.EvaluationScale is { } scale)
        {
            var options = scale.Marks.Select(m => Text(m.Symbol, m.Symbol + " ", m.Label)).ToList();
            if (plan.Actions.Any(a => !a.Evaluations.ContainsKey(year))) options.Add(new Option(NotEvaluated, ui.NotEvaluated, null));
            controls.Add(new Control("status", ui.Format(ui.EvaluationLatest, page.YearShort(year)), "status", false, options));
        }

        var areaIds = plan.Actions.SelectMany(a => a.AreaIds).Distinct(StringComparer.Ordinal).ToList();
        if (areaIds.Count > 0)
            controls.Add(new Control("area", ui.FilterArea, "areas", true,
                areaIds.Select(id => page.Area(id) is { } area ? Text(id, "", area.Name) : new Option(id, id, null)).ToList()));

        Controls = controls;
    }

    private Option Text(string value, string prefix, LocalizedText text)
    {
        var resolved = text.In(Page.Language);
        return new Option(value, prefix + resolved.Text, resolved.IsFallback ? "ja" : null);
    }

    /// <summary>Worth showing: more than one action and something to filter by.</summary>
    public bool IsUseful => Page.Plan.Actions.Count > 1 && Controls.Count > 0;

    public static FiscalYear? LatestYear(PlanPage page) => page.EvaluatedYears is { Count: > 0 } years ? years[^1] : null;

    /// <summary>data-goal: the section at the top of the action's branch when the action sits lower down, or "".</summary>
    public static string GoalOf(PlanPage page, ActionItem action) =>
        page.Outline.Section(action.SectionId) is { } section && page.Outline.RootOf(section) is var top && !ReferenceEquals(top, section) ? top.Id : "";

    /// <summary>data-flags: the action's flags as content words ("priority new").</summary>
    public static string FlagsOf(PlanPage page, ActionItem action) => string.Join(' ', page.FlagsOf(action).Select(Words.Of));

    /// <summary>data-areas: the area ids the action concerns.</summary>
    public static string AreasOf(ActionItem action) => string.Join(' ', action.AreaIds);

    /// <summary>data-status: the action's mark in the plan's latest evaluated year, "none" if it has none, "" if the plan has no evaluations.</summary>
    public static string StatusOf(PlanPage page, ActionItem action) =>
        LatestYear(page) is { } year ? action.Evaluations.TryGetValue(year, out var symbol) ? symbol : NotEvaluated : "";
}
