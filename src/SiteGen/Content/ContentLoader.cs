using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>The content folder read from disk: every document parsed, nothing interpreted yet.</summary>
public sealed record LoadedContent(
    IReadOnlyList<(string Id, SourceDocument Document)> Organisations,
    IReadOnlyList<(string Id, SourceDocument Document, string? EnglishBody)> Areas,
    IReadOnlyList<PlanFiles> Plans,
    SourceDocument? Glossary = null);

/// <summary>
/// One plan folder, read when binding asks for it: a plan's parsed YAML tree is many times the size
/// of its text, so each is read, bound and let go in turn instead of all being held at once
/// (10,000 plans would need gigabytes).
/// </summary>
/// <param name="Read">Parses index.md and index.en.md; null when the folder has no index.md (already reported).</param>
public sealed record PlanFiles(string Folder, Func<(SourceDocument Japanese, SourceDocument? English)?> Read);

/// <summary>
/// Stage 1 of the pipeline: reads content/organisations/*.md, content/areas/*.md,
/// content/plans/&lt;slug&gt;/index.md (+ index.en.md) and the site glossary, content/glossary.md, when there is one. Paths in diagnostics are relative to the
/// site root so they match what staff see in their editor and in git.
/// </summary>
public static class ContentLoader
{
    public const string EnglishSuffix = ".en.md";

    /// <summary>The site glossary's file in the content folder (<see cref="Model.SiteGlossary"/>).</summary>
    public const string GlossaryFile = "glossary.md";

    /// <param name="parse">Reads each file: <see cref="ContentFile.Parse"/>, or what the caches wrap around it.</param>
    public static LoadedContent Load(string siteRoot, string contentDir, DiagnosticBag diagnostics, ParseFile parse)
    {
        var root = Path.Combine(siteRoot, contentDir);
        if (!Directory.Exists(root))
        {
            diagnostics.Error(SourceLocation.StartOf(contentDir), "", "the content folder does not exist",
                "create it, or set `content` in site.config.json to the folder that holds organisations/, areas/ and plans/");
            return new LoadedContent([], [], []);
        }

        string Relative(string path) => Path.GetRelativePath(siteRoot, path).Replace('\\', '/');
        SourceDocument Parse(string path, bool frontMatterRequired, string? bodyField) =>
            parse(path, Relative(path), diagnostics, frontMatterRequired, bodyField);

        var organisations = MarkdownFiles(Path.Combine(root, "organisations"))
            .Where(f => !f.EndsWith(EnglishSuffix, StringComparison.Ordinal))
            .Select(f => (Path.GetFileNameWithoutExtension(f), Parse(f, true, null)))
            .ToList();

        var areas = MarkdownFiles(Path.Combine(root, "areas"))
            .Where(f => !f.EndsWith(EnglishSuffix, StringComparison.Ordinal))
            .Select(f =>
            {
                var english = f[..^3] + EnglishSuffix;
                var englishBody = File.Exists(english) ? Parse(english, false, "description").Body : null;
                return (Path.GetFileNameWithoutExtension(f), Parse(f, true, "description"), englishBody);
            })
            .ToList();

        var plansRoot = Path.Combine(root, "plans");
        var planFolders = Directory.Exists(plansRoot)
            ? Directory.GetDirectories(plansRoot).Order(StringComparer.Ordinal).ToList()
            : [];
        var plans = planFolders.Select(folder => new PlanFiles(Path.GetFileName(folder), () =>
        {
            var japanese = Path.Combine(folder, "index.md");
            if (!File.Exists(japanese))
            {
                diagnostics.Error(SourceLocation.StartOf(Relative(folder)), "", "this plan folder has no index.md",
                    "each plan folder needs index.md (the plan's data and Japanese text); index.en.md adds the English text");
                return null;
            }
            var english = Path.Combine(folder, "index" + EnglishSuffix);
            var englishDoc = File.Exists(english) ? Parse(english, false, "narrative") : null;
            if (englishDoc?.FrontMatter is { Children.Count: > 0 })
                diagnostics.Error(new SourceLocation(englishDoc.RelativePath, englishDoc.FrontMatterFirstLine, 1), "",
                    "index.en.md holds only the English narrative; its data belongs in index.md",
                    "move the fields into index.md as `en:` texts, and remove the front matter from index.en.md");
            return (Parse(japanese, true, "narrative"), englishDoc);
        })).ToList();

        var glossaryPath = Path.Combine(root, GlossaryFile);
        var glossary = File.Exists(glossaryPath) ? Parse(glossaryPath, true, null) : null;

        return new LoadedContent(organisations, areas, plans, glossary);
    }

    private static IEnumerable<string> MarkdownFiles(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal)
            : [];
}
