using SiteGen.Model;
using SiteGen.Model.Binding;

namespace SiteGen.OpenData;

/// <summary>
/// What the JSON and the CSV files both say about a plan, worked out once so the two cannot disagree:
/// flags as words, marks with their labels, indicator rows in order, the areas a plan mentions.
/// </summary>
internal static class PlanFacts
{
    public static string LayerWord(AreaLayer layer) => Words.Of(layer);

    /// <summary>An action's evaluations by fiscal year, oldest first, each with its mark of the plan's scale and its comment.</summary>
    public static IEnumerable<Evaluation> Evaluations(Plan plan, ActionItem action) =>
        action.Evaluations
            .OrderBy(e => e.Key.Year)
            .Select(e => new Evaluation(action, e.Key, plan.EvaluationScale?.Find(e.Value), action.EvaluationComments.GetValueOrDefault(e.Key)));

    /// <summary>
    /// Every value of an indicator, one per measure and year and kind: the baseline (which has no
    /// year) first, then the years in order with the target before the actual.
    /// </summary>
    public static IEnumerable<IndicatorValue> Values(ActionItem action, Indicator indicator)
    {
        for (var i = 0; i < indicator.Measures.Count; i++)
        {
            var measure = indicator.Measures[i];
            var number = i + 1;
            if (measure.Baseline is { } baseline)
                yield return new IndicatorValue(action, indicator, measure, number, null, ValueKind.Baseline, baseline);
            var years = measure.Targets.Keys.Concat(measure.Actuals.Keys).Distinct().OrderBy(y => y.Year);
            foreach (var year in years)
            {
                if (measure.Targets.TryGetValue(year, out var target))
                    yield return new IndicatorValue(action, indicator, measure, number, year, ValueKind.Target, target);
                if (measure.Actuals.TryGetValue(year, out var actual))
                    yield return new IndicatorValue(action, indicator, measure, number, year, ValueKind.Actual, actual);
            }
        }
    }

    /// <summary>The areas a plan mentions, in the plan's own order: its coverage, its district plans, then its actions.</summary>
    public static IEnumerable<PlanArea> Areas(Plan plan, SiteContent content) =>
        plan.AreaIds.Select(id => new PlanArea(
            id,
            content.Area(id),
            id == plan.CoverageAreaId,
            plan.DistrictPlans.Any(d => d.AreaId == id),
            plan.Actions.Count(a => a.AreaIds.Contains(id))));
}

internal enum ValueKind { Baseline, Target, Actual }

internal static class ValueKinds
{
    public static string Word(this ValueKind kind) => kind switch
    {
        ValueKind.Baseline => "baseline",
        ValueKind.Target => "target",
        ValueKind.Actual => "actual",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}

internal sealed record Evaluation(ActionItem Action, FiscalYear Year, EvaluationMark? Mark, LocalizedText? Comment);

internal sealed record IndicatorValue(
    ActionItem Action,
    Indicator Indicator,
    IndicatorMeasure Measure,
    int MeasureNumber,
    FiscalYear? Year,
    ValueKind Kind,
    Value Value);

internal sealed record PlanArea(string Id, ServiceArea? Area, bool IsCoverage, bool HasDistrictPlan, int ActionCount);
