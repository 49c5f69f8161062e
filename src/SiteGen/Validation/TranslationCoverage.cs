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

    /// <summary>
    /// Adds the untranslated-text warnings of each plan (<paramref name="planWarnings"/>: <see cref="PlanWarnings"/>, or a
    /// session's <see cref="CoverageWarnings"/> around it) and of the site glossary.
    /// </summary>
    public static void Warn(SiteContent content, SiteLanguages languages, Func<Plan, IReadOnlyList<Diagnostic>> planWarnings, DiagnosticBag diagnostics)
    {
        foreach (var plan in content.Plans)
            foreach (var warning in planWarnings(plan)) diagnostics.Add(warning);
        if (content.Glossary.SourcePath is { } glossary)
            foreach (var language in languages.Translations)
                if (Untranslated(content.Glossary.Texts, glossary, language) is { } missing) diagnostics.Add(missing);
    }

    /// <summary>One plan's warnings, for each language the site translates into: they depend on that plan alone.</summary>
    public static IReadOnlyList<Diagnostic> PlanWarnings(Plan plan, SiteLanguages languages)
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

/// <summary>
/// A `serve` session's memory of each plan's coverage warnings: an unchanged file binds to the very same
/// <see cref="Plan"/>, so a save looks again only at the plans whose files changed.
/// </summary>
public sealed class CoverageWarnings
{
    private Dictionary<Plan, IReadOnlyList<Diagnostic>> _kept = new(ReferenceEqualityComparer.Instance);
    private SiteLanguages? _languages;

    /// <summary>
    /// <paramref name="planWarnings"/> for one build, answered from the last build for the same plan object and languages;
    /// what this build does not ask for is let go.
    /// </summary>
    public Func<Plan, IReadOnlyList<Diagnostic>> Around(SiteLanguages languages, Func<Plan, IReadOnlyList<Diagnostic>> planWarnings)
    {
        var last = _languages is { } before && Same(before, languages) ? _kept : [];
        var next = new Dictionary<Plan, IReadOnlyList<Diagnostic>>(ReferenceEqualityComparer.Instance);
        (_kept, _languages) = (next, languages);
        return plan =>
        {
            if (!last.TryGetValue(plan, out var warnings)) warnings = planWarnings(plan);
            return next[plan] = warnings;
        };
    }

    // The config is read again at every save: the same languages are a new object, and a renamed one changes the messages.
    private static bool Same(SiteLanguages a, SiteLanguages b) =>
        a.All.Select(l => (l.Code, l.Name)).SequenceEqual(b.All.Select(l => (l.Code, l.Name)));
}
