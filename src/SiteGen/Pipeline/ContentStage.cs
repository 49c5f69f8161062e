using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Model.Binding;
using SiteGen.Validation;

namespace SiteGen.Pipeline;

/// <summary>The first three stages, shared by `check` and `build`: load → model → validate.</summary>
public static class ContentStage
{
    public static SiteContent Run(string siteRoot, SiteConfig config, DiagnosticBag diagnostics)
    {
        var loaded = ContentLoader.Load(siteRoot, config.Content, diagnostics);
        var (content, references) = ContentBinder.Bind(loaded, diagnostics, GitHistory.LastCommitDates(siteRoot, config.Content));
        var declared = loaded.Areas.Select(a => $"{ReferenceKind.Area}:{a.Id}")
            .Concat(loaded.Organisations.Select(o => $"{ReferenceKind.Organisation}:{o.Id}"))
            .Concat(loaded.Plans.Select(p => $"{ReferenceKind.Plan}:{p.Folder}"))
            .ToHashSet(StringComparer.Ordinal);
        ReferenceValidator.Validate(content, references, declared, diagnostics);
        TranslationCoverage.Warn(content, diagnostics);
        return content;
    }
}
