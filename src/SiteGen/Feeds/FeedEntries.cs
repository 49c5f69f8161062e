using SiteGen.Model;

namespace SiteGen.Feeds;

public enum UpdateKind { Published, Revised, Evaluated }

/// <summary>
/// One thing residents may want to hear about: a plan published, a plan revised, a year's evaluation of its
/// actions published (<see cref="Year"/> is the fiscal year evaluated, only for <see cref="UpdateKind.Evaluated"/>).
/// </summary>
public sealed record PlanUpdate(Plan Plan, UpdateKind Kind, PartialDate Date, FiscalYear? Year = null);

public static class PlanUpdates
{
    /// <summary>
    /// The newest <paramref name="count"/> dated events of all plans, newest first, in a stable order. Evaluations
    /// appear only for years whose publication date the content states (`evaluated:`): a feed entry never
    /// gets an invented date. Only those kept are put in order (LINQ sorts an ordered query cut by
    /// `Take` partially): at 10,000 plans there are about 50,000 events, sorted again on every save in `serve`.
    /// </summary>
    public static IReadOnlyList<PlanUpdate> Newest(SiteContent content, int count) =>
        content.Plans
            .SelectMany(p => new[]
            {
                p.Published is { } published ? new PlanUpdate(p, UpdateKind.Published, published) : null,
                p.Revised is { } revised ? new PlanUpdate(p, UpdateKind.Revised, revised) : null,
            }.Concat(p.EvaluationScale is null ? [] : p.EvaluationDates.Select(e => new PlanUpdate(p, UpdateKind.Evaluated, e.Value, e.Key))))
            .OfType<PlanUpdate>()
            .OrderByDescending(u => u.Date)
            .ThenBy(u => u.Plan.Slug, StringComparer.Ordinal)
            .ThenBy(u => u.Kind)
            .ThenByDescending(u => u.Year?.Year ?? 0)
            .Take(count)
            .ToList();

    /// <summary>How many actions got each mark in <paramref name="year"/>, in the scale's order (marks no action got count 0).</summary>
    public static IReadOnlyList<(EvaluationMark Mark, int Count)> MarkCounts(Plan plan, FiscalYear year) =>
        plan.EvaluationScale?.Marks.Select(m => (m, plan.Actions.Count(a => a.Evaluations.TryGetValue(year, out var s) && s == m.Symbol))).ToList() ?? [];

    /// <summary>A partial date as an RFC 3339 timestamp at the start of that day, Japan time.</summary>
    public static string Timestamp(PartialDate date) => $"{date.Year:D4}-{date.Month ?? 1:D2}-{date.Day ?? 1:D2}T00:00:00+09:00";
}
