using SiteGen.Diagnostics;
using SiteGen.I18n;
using SiteGen.Model;

namespace SiteGen.Validation;

/// <summary>How much of each plan is translated: `check` prints it, and untranslated texts are warnings.</summary>
public static class TranslationCoverage
{
    public sealed record Coverage(string PlanSlug, string SourcePath, int Texts, int Translated)
    {
        public double Percent => Texts == 0 ? 100 : 100.0 * Translated / Texts;
    }

    public static IReadOnlyList<Coverage> Measure(SiteContent content) =>
        content.Plans.Select(plan =>
        {
            var texts = plan.Texts.ToList();
            var translated = texts.Count(t => t.IsTranslated(Language.En));
            if (plan.Narrative.Ja is not null)
            {
                texts.Add(new LocalizedText(plan.Narrative.Ja, plan.Narrative.En));
                if (plan.Narrative.En is not null) translated++;
            }
            return new Coverage(plan.Slug, plan.SourcePath, texts.Count, translated);
        }).ToList();

    // A plan's warnings depend on that plan alone: remembered per plan object, so a `serve` rebuild
    // only looks again at the plans whose files changed.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Plan, IReadOnlyList<Diagnostic>> Found = new();

    public static void Warn(SiteContent content, DiagnosticBag diagnostics)
    {
        foreach (var plan in content.Plans)
            foreach (var warning in Found.GetValue(plan, Warnings)) diagnostics.Add(warning);
    }

    private static IReadOnlyList<Diagnostic> Warnings(Plan plan)
    {
        var warnings = new List<Diagnostic>();
        var missing = plan.Texts.Where(t => !t.IsTranslated(Language.En)).ToList();
        if (missing.Count > 0)
        {
            var examples = string.Join("、", missing.Take(3).Select(t => $"「{Shorten(t.Ja)}」"));
            warnings.Add(new Diagnostic(Severity.Warning, SourceLocation.StartOf(plan.SourcePath), "en",
                $"{missing.Count} texts have no English yet and are shown in Japanese with a notice, e.g. {examples}",
                "add `en: …` next to the `ja: …` of each of these texts"));
        }
        if (plan.Narrative.Ja is not null && plan.Narrative.En is null)
            warnings.Add(new Diagnostic(Severity.Warning, SourceLocation.StartOf(plan.SourcePath), "narrative",
                "the plan has a Japanese narrative but no English one; English readers see the Japanese with a notice",
                $"create {plan.Narrative.EnPath} with the English translation of the text below the front matter"));
        return warnings;
    }

    private static string Shorten(string text) => text.Length > 20 ? text[..20] + "…" : text;

}
