using SiteGen.Diagnostics;
using SiteGen.I18n;
using SiteGen.Model;

namespace SiteGen.Validation;

/// <summary>How much of each plan and of the site glossary is translated: `check` prints it, and untranslated texts are warnings.</summary>
public static class TranslationCoverage
{
    public sealed record Coverage(string PlanSlug, string SourcePath, Language Language, int Texts, int Translated)
    {
        public double Percent => Texts == 0 ? 100 : 100.0 * Translated / Texts;
    }

    /// <summary>What the site glossary's line is named in the report: no plan slug can be written so.</summary>
    public const string GlossaryName = "(glossary)";

    /// <summary>
    /// For each language the site translates into: each plan's coverage, then the site glossary's (its terms and
    /// definitions are shown on every plan's ※ links).
    /// </summary>
    public static IReadOnlyList<Coverage> Measure(SiteContent content, SiteLanguages languages) =>
        [.. languages.Translations.SelectMany(language => Measure(content, language))];

    private static IEnumerable<Coverage> Measure(SiteContent content, Language language)
    {
        foreach (var plan in content.Plans)
        {
            var texts = plan.Texts;
            var translated = texts.Count(t => t.IsTranslated(language));
            var narrative = plan.Narrative.Ja is null ? 0 : 1;
            if (plan.Narrative.Exact(language) is not null) translated += narrative;
            yield return new Coverage(plan.Slug, plan.SourcePath, language, texts.Count + narrative, translated);
        }
        if (content.Glossary.SourcePath is { } glossary)
            yield return new Coverage(GlossaryName, glossary, language, content.Glossary.Texts.Count, content.Glossary.Texts.Count(t => t.IsTranslated(language)));
    }

    // A plan's warnings depend on that plan alone: remembered per plan object, so a `serve` rebuild
    // only looks again at the plans whose files changed.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Plan, IReadOnlyList<Diagnostic>> Found = new();

    public static void Warn(SiteContent content, DiagnosticBag diagnostics)
    {
        var languages = Languages.Current;
        foreach (var plan in content.Plans)
            foreach (var warning in Found.GetValue(plan, p => Warnings(p, languages))) diagnostics.Add(warning);
        if (content.Glossary.SourcePath is { } glossary)
            foreach (var language in languages.Translations)
                if (Untranslated(content.Glossary.Texts, glossary, language) is { } missing) diagnostics.Add(missing);
    }

    private static IReadOnlyList<Diagnostic> Warnings(Plan plan, SiteLanguages languages)
    {
        var warnings = new List<Diagnostic>();
        foreach (var language in languages.Translations)
        {
            if (Untranslated(plan.Texts, plan.SourcePath, language) is { } missing) warnings.Add(missing);
            if (plan.Narrative.Ja is not null && plan.Narrative.Exact(language) is null)
                warnings.Add(new Diagnostic(Severity.Warning, SourceLocation.StartOf(plan.SourcePath), "narrative",
                    $"the plan has a Japanese narrative but no {language.Name} one; {language.Name} readers see the Japanese with a notice",
                    $"create {plan.Narrative.PathIn(language)} with the {language.Name} translation of the text below the front matter"));
        }
        return warnings;
    }

    private static Diagnostic? Untranslated(IReadOnlyList<LocalizedText> texts, string file, Language language)
    {
        var missing = texts.Where(t => !t.IsTranslated(language)).ToList();
        if (missing.Count == 0) return null;
        var examples = string.Join("、", missing.Take(3).Select(t => $"「{Shorten(t.Ja)}」"));
        return new Diagnostic(Severity.Warning, SourceLocation.StartOf(file), language.Code,
            $"{missing.Count} texts have no {language.Name} yet and are shown in Japanese with a notice, e.g. {examples}",
            $"add `{language.Code}: …` next to the `ja: …` of each of these texts");
    }


    private static string Shorten(string text) => text.Length > 20 ? text[..20] + "…" : text;

}
