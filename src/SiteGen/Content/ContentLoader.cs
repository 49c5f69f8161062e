using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>The content folder read from disk: every document parsed, nothing interpreted yet.</summary>
public sealed record LoadedContent(
    IReadOnlyList<(string Id, SourceDocument Document)> Organisations,
    IReadOnlyList<(string Id, SourceDocument Document, TranslationFiles Translations)> Areas,
    IReadOnlyList<PlanFiles> Plans,
    SourceDocument? Glossary = null);

/// <summary>
/// One plan folder, read when binding asks for it: a plan's parsed YAML tree is many times the size
/// of its text, so each is read, bound and let go in turn instead of all being held at once
/// (10,000 plans would need gigabytes).
/// </summary>
/// <param name="Read">Parses index.md and its translations' bodies (index.en.md…); null when the folder has no index.md (already reported).</param>
public sealed record PlanFiles(string Folder, Func<(SourceDocument Japanese, TranslationFiles Translations)?> Read);

/// <summary>The body files of a document's translations (index.en.md, index.vi.md; &lt;id&gt;.en.md), by language, in the site's order.</summary>
public sealed record TranslationFiles(IReadOnlyList<(I18n.Language Language, SourceDocument Document)> Files)
{
    public static readonly TranslationFiles None = new([]);

    /// <summary>
    /// The same parsed files as <paramref name="other"/>, compared by reference: the document cache hands out one
    /// object per unchanged file, so a `serve` rebuild sees which bindings still hold.
    /// </summary>
    public bool SameAs(TranslationFiles other) =>
        Files.Count == other.Files.Count && Files.Zip(other.Files).All(p => p.First.Language == p.Second.Language && ReferenceEquals(p.First.Document, p.Second.Document));
}

/// <summary>
/// Stage 1 of the pipeline: reads content/organisations/*.md, content/areas/*.md,
/// content/plans/&lt;slug&gt;/index.md (+ index.&lt;code&gt;.md per translation) and the site glossary, content/glossary.md, when there is one. Paths in diagnostics are relative to the
/// site root so they match what staff see in their editor and in git.
/// </summary>
public static class ContentLoader
{

    /// <summary>The site glossary's file in the content folder (<see cref="Model.SiteGlossary"/>).</summary>
    public const string GlossaryFile = "glossary.md";

    /// <param name="parse">Reads each file: <see cref="ContentFile.Parse"/>, or what the caches wrap around it.</param>
    /// <param name="languages">The site's languages: which translation bodies (index.&lt;code&gt;.md) there may be.</param>
    public static LoadedContent Load(string siteRoot, string contentDir, I18n.SiteLanguages languages, DiagnosticBag diagnostics, ParseFile parse)
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
            .Where(f => !IsTranslation(f))
            .Select(f => (Path.GetFileNameWithoutExtension(f), Parse(f, true, null)))
            .ToList();

        var areaFiles = MarkdownFiles(Path.Combine(root, "areas")).ToList();
        // Each area's translations found by its name, not by reading every file of the folder again per area.
        var areaTranslations = areaFiles.Where(IsTranslation).ToLookup(Stem, StringComparer.Ordinal);
        // Read on every core in folder order: a city's areas are hundreds of small files, read before any plan.
        var areas = areaFiles
            .Where(f => !IsTranslation(f))
            .AsParallel().AsOrdered()
            .Select(f => (Path.GetFileNameWithoutExtension(f), Parse(f, true, "description"),
                Translations(f, areaTranslations[Stem(f)], "description", languages, Relative, diagnostics, Parse)))
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
                    "each plan folder needs index.md (the plan's data and Japanese text); index.<code>.md (index.en.md) adds a translation's text");
                return null;
            }
            var translations = Translations(japanese, MarkdownFiles(folder), "narrative", languages, Relative, diagnostics, Parse);
            return (Parse(japanese, true, "narrative"), translations);
        })).ToList();

        var glossaryPath = Path.Combine(root, GlossaryFile);
        var glossary = File.Exists(glossaryPath) ? Parse(glossaryPath, true, null) : null;

        return new LoadedContent(organisations, areas, plans, glossary);
    }

    /// <summary>`kashiwa.en.md`, `index.vi.md`: an id never has a dot, so a second extension names a translation's body.</summary>
    private static bool IsTranslation(string file) => Path.GetFileNameWithoutExtension(file).Contains('.');

    /// <summary>The id a file belongs to: `kashiwa` for kashiwa.md and kashiwa.en.md.</summary>
    private static string Stem(string file)
    {
        var name = Path.GetFileName(file);
        return name[..name.IndexOf('.')];
    }

    /// <summary>
    /// The translation bodies beside <paramref name="japanese"/> (&lt;name&gt;.&lt;code&gt;.md among <paramref name="files"/>),
    /// in the site's language order; a body in a language the site does not have is reported at its file.
    /// </summary>
    private static TranslationFiles Translations(string japanese, IEnumerable<string> files, string bodyField, I18n.SiteLanguages languages,
        Func<string, string> relative, DiagnosticBag diagnostics, Func<string, bool, string?, SourceDocument> parse)
    {
        var prefix = Path.GetFileNameWithoutExtension(japanese) + ".";
        var found = new List<(I18n.Language Language, SourceDocument Document)>();
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (!name.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var code = name[prefix.Length..];
            if (!languages.TryParse(code, out var language) || language == languages.Primary)
            {
                diagnostics.Error(SourceLocation.StartOf(relative(file)), bodyField,
                    $"`{code}` is not a translation language of this site, so this body is not read; the site's translations are {string.Join(", ", languages.Translations.Select(l => l.Code))} (`languages` in site.config.json)",
                    $"rename it to {prefix}<code>.md with one of those codes, add `{code}` to `languages`, or delete it; the Japanese text belongs in {Path.GetFileName(japanese)}");
                continue;
            }
            var document = parse(file, false, bodyField);
            if (document.FrontMatter is { Children.Count: > 0 })
                diagnostics.Error(new SourceLocation(document.RelativePath, document.FrontMatterFirstLine, 1), "",
                    $"{Path.GetFileName(file)} holds only the {language.Name} {bodyField}; its data belongs in {Path.GetFileName(japanese)}",
                    $"move the fields into {Path.GetFileName(japanese)} as `{code}:` texts, and remove the front matter from {Path.GetFileName(file)}");
            found.Add((language, document));
        }
        return found.Count == 0 ? TranslationFiles.None
            : new TranslationFiles([.. languages.All.SelectMany(l => found.Where(f => f.Language == l))]);
    }

    private static IEnumerable<string> MarkdownFiles(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal)
            : [];
}
