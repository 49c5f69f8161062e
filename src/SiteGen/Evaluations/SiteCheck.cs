using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Pipeline;

namespace SiteGen.Evaluations;

/// <summary>What `check` says of the site, optionally with one plan's index.md replaced by a text in memory.</summary>
public sealed record SiteCheck(SiteContent Content, IReadOnlyList<Diagnostic> Diagnostics, string PlansFolder)
{
    public static SiteCheck Run(string root, SiteConfig config, (string Folder, string Text)? replaced = null)
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentStage.Run(root, config, diagnostics,
            substitute: replaced is { } r ? loaded => Replace(loaded, r.Folder, r.Text, diagnostics) : null);
        var plans = Path.GetRelativePath(root, Path.Combine(root, config.Content, "plans")).Replace('\\', '/') + "/";
        return new SiteCheck(content, diagnostics.Sorted(), plans);
    }

    /// <summary>The plan whose slug or folder is <paramref name="slug"/>.</summary>
    public Plan? Plan(string slug) =>
        Content.Plans.FirstOrDefault(p => p.Slug == slug) ?? Content.Plans.FirstOrDefault(p => Folder(p) == slug);

    public static string Folder(Plan plan) => System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(plan.SourcePath)) ?? "";

    /// <summary>The problems found in the plan's own files (index.md and its translations' bodies).</summary>
    public IReadOnlyList<Diagnostic> Of(Plan plan, Severity severity) => Diagnostics
        .Where(d => d.Severity == severity && (d.Location.File == plan.SourcePath || plan.Narrative.Bodies.Any(b => b.Path == d.Location.File)))
        .ToList();

    private static LoadedContent Replace(LoadedContent loaded, string folder, string text, DiagnosticBag diagnostics) => loaded with
    {
        Plans = [.. loaded.Plans.Select(p => p.Folder != folder ? p : new PlanFiles(p.Folder, () =>
            p.Read() is var (japanese, translations)
                ? (FrontMatterParser.Parse(japanese.RelativePath, text, diagnostics, frontMatterRequired: true), translations)
                : null))],
    };
}
