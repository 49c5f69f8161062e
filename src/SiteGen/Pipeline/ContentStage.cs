using SiteGen.Caching;
using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Pipeline;

/// <summary>The first three phases, shared by `check` and `build`: load → bind → validate.</summary>
public static class ContentStage
{
    /// <summary>Without caches: `new`, the evaluation import and the tests read the content as it is.</summary>
    /// <param name="substitute">Replaces files read from disk with texts in memory: `import evaluations` checks its edit before writing it.</param>
    public static SiteContent Run(string siteRoot, SiteConfig config, DiagnosticBag diagnostics, Func<LoadedContent, LoadedContent>? substitute = null) =>
        Run(siteRoot, config, diagnostics, Caches.Off, null, substitute);

    /// <param name="caches">What earlier runs (YAML trees on disk) or the session's earlier builds (parsed files, bound objects,
    /// resolved references) kept: only what changed is parsed, bound and checked again.</param>
    public static SiteContent Run(string siteRoot, SiteConfig config, DiagnosticBag diagnostics, Caches caches, StageTimings? timings = null,
        Func<LoadedContent, LoadedContent>? substitute = null)
    {
        using var languages = I18n.Languages.Use(config.SiteLanguages);
        using var load = LoadPhase.Run(siteRoot, config, diagnostics, caches, substitute);
        timings?.Lap("load areas");
        var (content, references) = BindPhase.Run(load, diagnostics, caches, timings);
        ValidatePhase.Run(load.Loaded, content, references, diagnostics, caches, timings);
        return content;
    }
}
