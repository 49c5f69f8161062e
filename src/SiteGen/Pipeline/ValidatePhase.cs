using SiteGen.Caching;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.I18n;
using SiteGen.Model;
using SiteGen.Model.Binding;
using SiteGen.Validation;

namespace SiteGen.Pipeline;

/// <summary>Validate: references across files, translation coverage, the glossary; a session skips reference groups of unchanged files found resolved.</summary>
internal static class ValidatePhase
{
    public static void Run(LoadedContent loaded, SiteContent content, IReadOnlyList<IReadOnlyList<Reference>> references, DiagnosticBag diagnostics, Caches caches, StageTimings? timings)
    {
        var declared = loaded.Areas.Select(a => $"{ReferenceKind.Area}:{a.Id}")
            .Concat(loaded.Organisations.Select(o => $"{ReferenceKind.Organisation}:{o.Id}"))
            .Concat(loaded.Plans.Select(p => $"{ReferenceKind.Plan}:{p.Folder}"))
            .ToHashSet(StringComparer.Ordinal);
        IReadOnlySet<IReadOnlyList<Reference>> Validate(IReadOnlyList<IReadOnlyList<Reference>> groups) => ReferenceValidator.Validate(content, groups, declared, diagnostics);
        if (caches.Kept<ResolvedReferences>() is { } memo) memo.Around(content, references, Validate);
        else Validate(references);
        var languages = Languages.Current;
        Func<Plan, IReadOnlyList<Diagnostic>> coverage = plan => TranslationCoverage.PlanWarnings(plan, languages);
        if (caches.Kept<CoverageWarnings>() is { } kept) coverage = kept.Around(languages, coverage);
        TranslationCoverage.Warn(content, languages, coverage, diagnostics);
        GlossaryChecks.Warn(content, diagnostics);
        timings?.Lap("validate");
    }
}
