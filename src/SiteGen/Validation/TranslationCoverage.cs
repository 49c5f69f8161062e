using SiteGen.Diagnostics;
using SiteGen.I18n;
using SiteGen.Model;

namespace SiteGen.Validation;

/// <summary>How much of each plan and of the site glossary is translated: `check` prints it, and untranslated texts are warnings.</summary>
public static class TranslationCoverage
{
    public sealed record Coverage(string PlanSlug, string SourcePath, int Texts, int Translated)
    {
        public double Percent => Texts == 0 ? 100 : 100.0 * Translated / Texts;
    }

    /// <summary>What the site glossary's line is named in the report: no plan slug can be written so.</summary>
    public const string GlossaryName = "(glossary)";

    /// <summary>Each plan's coverage, then the site glossary's (its terms and definitions are shown on every plan's ※ links).</summary>
    public static IReadOnlyList<Coverage> Measure(SiteContent content)
    {
        var plans = content.Plans.Select(plan =>
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
        if (content.Glossary.SourcePath is { } glossary)
            plans.Add(new Coverage(GlossaryName, glossary, content.Glossary.Texts.Count, content.Glossary.Texts.Count(t => t.IsTranslated(Language.En))));
        return plans;
    }

    // A plan's warnings depend on that plan alone: remembered per plan object, so a `serve` rebuild
    // only looks again at the plans whose files changed.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Plan, IReadOnlyList<Diagnostic>> Found = new();

    public static void Warn(SiteContent content, DiagnosticBag diagnostics)
    {
        foreach (var plan in content.Plans)
            foreach (var warning in Found.GetValue(plan, Warnings)) diagnostics.Add(warning);
        if (content.Glossary.SourcePath is { } glossary && Untranslated(content.Glossary.Texts, glossary) is { } missing)
            diagnostics.Add(missing);
    }

    private static IReadOnlyList<Diagnostic> Warnings(Plan plan)
    {
        var warnings = new List<Diagnostic>();
        if (Untranslated(plan.Texts, plan.SourcePath) is { } missing) warnings.Add(missing);
        if (plan.Narrative.Ja is not null && plan.Narrative.En is null)
            warnings.Add(new Diagnostic(Severity.Warning, SourceLocation.StartOf(plan.SourcePath), "narrative",
                "the plan has a Japanese narrative but no English one; English readers see the Japanese with a notice",
                $"create {plan.Narrative.EnPath} with the English translation of the text below the front matter"));
        return warnings;
    }

    private static Diagnostic? Untranslated(IReadOnlyList<LocalizedText> texts, string file)
    {
        var missing = texts.Where(t => !t.IsTranslated(Language.En)).ToList();
        if (missing.Count == 0) return null;
        var examples = string.Join("、", missing.Take(3).Select(t => $"「{Shorten(t.Ja)}」"));
        return new Diagnostic(Severity.Warning, SourceLocation.StartOf(file), "en",
            $"{missing.Count} texts have no English yet and are shown in Japanese with a notice, e.g. {examples}",
            "add `en: …` next to the `ja: …` of each of these texts");
    }

    private static string Shorten(string text) => text.Length > 20 ? text[..20] + "…" : text;

}
