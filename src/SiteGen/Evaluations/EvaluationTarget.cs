using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Evaluations;

/// <summary>The plan and year both commands work on, or a message saying why it cannot be used.</summary>
public static class EvaluationTarget
{
    public static Plan? Find(SiteCheck site, string slug, int year, TextWriter stderr)
    {
        if (site.Plan(slug) is not { } plan)
        {
            var broken = site.Diagnostics.Where(d => d.Severity == Severity.Error && d.Location.File.StartsWith($"{site.PlansFolder}{slug}/", StringComparison.Ordinal)).ToList();
            foreach (var error in broken) stderr.WriteLine(error);
            stderr.WriteLine(broken.Count > 0
                ? $"error: the plan {slug} has errors (above); fix them first (`sitegen check`)"
                : $"error: there is no plan {slug}; the plans are: {string.Join(", ", site.Content.Plans.Select(p => p.Slug))}");
            return null;
        }
        var errors = site.Of(plan, Severity.Error);
        if (errors.Count > 0)
        {
            foreach (var error in errors) stderr.WriteLine(error);
            stderr.WriteLine($"error: {plan.SourcePath} has errors (above); fix them first (`sitegen check`), then try again");
            return null;
        }
        if (plan.EvaluationScale is not { } scale || scale.Marks.Count == 0)
        {
            stderr.WriteLine($"error: {plan.SourcePath} has no `evaluationScale:`, so there are no marks to evaluate with; add the scale first (docs/authoring.md, 評価の凡例 / Evaluation scale)");
            return null;
        }
        if (plan.Period is { } period && !period.Contains(new FiscalYear(year)))
        {
            stderr.WriteLine($"error: {year} is outside the plan period of {plan.Slug}, {period.Start.Year}–{period.End.Year}; --year is the fiscal year evaluated, as a Western year (令和3年度 is 2021)");
            return null;
        }
        return plan;
    }
}
