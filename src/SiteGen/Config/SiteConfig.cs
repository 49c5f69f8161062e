using System.Text.Json;
using System.Text.Json.Serialization;
using SiteGen.Diagnostics;

namespace SiteGen.Config;

/// <summary>site.config.json: what the whole site is called, where content lives, where it is published.</summary>
public sealed record SiteConfig
{
    /// <summary>The site's name in each of its languages (every one required).</summary>
    public required Dictionary<string, string> Title { get; init; }
    /// <summary>
    /// The site's language codes, Japanese first (["ja", "en"] when absent). A language other than ja and en needs its
    /// UI strings in strings/&lt;code&gt;.json beside site.config.json (docs/cli.md#languages).
    /// </summary>
    public List<string>? Languages { get; init; }
    /// <summary>The public address of the site, e.g. https://council.github.io/plans/. Its path is the base path of every link.</summary>
    // `set` rather than `init` for the properties with a default: the compile-time JSON reader (SiteConfigJson)
    // sets every init-only property in one object initializer, the ones missing from the file to null, which
    // would throw these defaults away.
    public string BaseUrl { get; set; } = "/";
    public string Content { get; set; } = "content";
    /// <summary>A theme folder whose templates override the built-in default theme one by one.</summary>
    public string? Theme { get; init; }
    public string Output { get; set; } = "_site";
    /// <summary>Full-text search with Pagefind, or null (the default) for a site without search pages.</summary>
    public SearchSettings? Search { get; init; }
    /// <summary>The browser editor at /admin/ (Decap CMS), or null (the default) for a site without one.</summary>
    public AdminSettings? Admin { get; init; }
    /// <summary>Which words the ふりがな toggle reads out, or null (the default) for every word with a kanji.</summary>
    public FuriganaSettings? Furigana { get; init; }
    /// <summary>
    /// The day pages say where each plan stands (in force, ended): `--as-of` on the command line, else today in Japan.
    /// Not read from the file: a status must not freeze at the day the config was written.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateOnly? AsOf { get; set; }

    /// <summary>The languages read from `languages` and their strings files, when the config was loaded.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public I18n.SiteLanguages SiteLanguages { get; set; } = I18n.SiteLanguages.Default;

    /// <summary>The UI strings of every language of <see cref="SiteLanguages"/>.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyDictionary<I18n.Language, I18n.UiStrings> Strings { get => _strings ??= I18n.UiStrings.LoadAll(); set => _strings = value; }
    private IReadOnlyDictionary<I18n.Language, I18n.UiStrings>? _strings;

    /// <summary>The site's name as a text in each language.</summary>
    public Model.LocalizedText TitleText => new(Title.GetValueOrDefault("ja") ?? "", Title.Where(t => t.Key != "ja"));

    /// <summary>
    /// Equal when the file says the same and the strings files are the same: a `serve` session re-renders every page when
    /// either changed. By value, where the record's own equality would compare the title's and languages' collections by reference.
    /// </summary>
    public bool Equals(SiteConfig? other) =>
        other is not null && AsOf == other.AsOf && Json == other.Json &&
        Strings.Count == other.Strings.Count && Strings.All(s => other.Strings.TryGetValue(s.Key, out var same) && same == s.Value);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Json);

    private string Json => JsonSerializer.Serialize(this, SiteConfigJson.Default.SiteConfig);
}

/// <summary>
/// "search": { "pagefind": "node_modules/.bin/pagefind" }: after writing the site, the build runs the
/// Pagefind CLI at this path (relative to the folder of site.config.json) on it, and adds /ja/search/ and /en/search/.
/// </summary>
public sealed record SearchSettings
{
    /// <summary>The Pagefind command, installed by `npm ci` from package-lock.json.</summary>
    public required string Pagefind { get; init; }
}

/// <summary>
/// "furigana": { "aboveGrade": 2 }: readings only over words with a kanji taught after that year of elementary school
/// (学年別漢字配当表); 0 reads every word with a kanji, 6 only words with kanji not taught in elementary school.
/// </summary>
public sealed record FuriganaSettings
{
    public int AboveGrade { get; init; }
}

/// <summary>
/// "admin": { "backend": "github", "repo": "council/plans", "branch": "main" }: the build writes /admin/, a Decap CMS
/// page whose configuration is made from the content schema (docs/admin.md). Paths are relative to the folder of site.config.json.
/// </summary>
public sealed record AdminSettings
{
    /// <summary>Decap's backend: `github` (the usual), `gitlab`, `gitea`, `git-gateway` or `test-repo`.</summary>
    public string Backend { get; set; } = "github";
    /// <summary>owner/name of the repository the content is in.</summary>
    public string? Repo { get; init; }
    public string Branch { get; set; } = "main";
    /// <summary>The OAuth proxy's address for the GitHub backend (Decap's `base_url`), e.g. a Cloudflare Worker; null for Netlify's.</summary>
    public string? AuthUrl { get; init; }
    /// <summary>The proxy's path (Decap's `auth_endpoint`), when not `auth`.</summary>
    public string? AuthEndpoint { get; init; }
    /// <summary>With Netlify's OAuth and a site hosted elsewhere: the Netlify site's domain (Decap's `site_domain`).</summary>
    public string? SiteDomain { get; init; }
    /// <summary>
    /// The local backend for previews on this computer (`npx decap-server`): true (the default) uses it when /admin/ is opened from
    /// localhost, false never, a URL (`http://localhost:8082/api/v1`) uses a server on another port.
    /// </summary>
    public System.Text.Json.JsonElement? LocalBackend { get; init; }
    /// <summary>The folder of Decap's bundle, installed by `npm ci` from package-lock.json.</summary>
    public string Decap { get; set; } = "node_modules/decap-cms/dist";
    /// <summary>The folder of the `yaml` package's browser build, which the page's front-matter format uses.</summary>
    public string Yaml { get; set; } = "node_modules/yaml/browser/dist";
}

/// <summary>
/// How site.config.json is read, generated at compile time rather than by reflection at run time: the same
/// rules either way, and the program can be compiled ahead of time (no reflection-based serializer there).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(SiteConfig))]
internal sealed partial class SiteConfigJson : JsonSerializerContext;

public static class SiteConfigLoader
{
    /// <summary>Reads the config; on a problem reports it with its line and returns null.</summary>
    public static SiteConfig? Load(string path, string displayPath, DiagnosticBag diagnostics)
    {
        try
        {
            var config = JsonSerializer.Deserialize(File.ReadAllText(path), SiteConfigJson.Default.SiteConfig);
            if (config is null)
            {
                diagnostics.Error(SourceLocation.StartOf(displayPath), "", "the configuration is empty", "see README.md for an example site.config.json");
                return null;
            }
            if (!BaseUrlIsValid(config.BaseUrl))
            {
                diagnostics.Error(SourceLocation.StartOf(displayPath), "baseUrl", $"`{config.BaseUrl}` is not a site address",
                    "write https://example.org/ or a path such as /plans/");
                return null;
            }
            if (config.Search is { } search && string.IsNullOrWhiteSpace(search.Pagefind))
            {
                diagnostics.Error(SourceLocation.StartOf(displayPath), "search.pagefind", "the Pagefind command is empty",
                    "write \"search\": { \"pagefind\": \"node_modules/.bin/pagefind\" }, or remove `search` to build without search");
                return null;
            }
            if (config.Admin is { } admin && admin.Backend != "test-repo" && string.IsNullOrWhiteSpace(admin.Repo))
            {
                diagnostics.Error(SourceLocation.StartOf(displayPath), "admin.repo", "the admin page needs the repository the content is in",
                    "write \"admin\": { \"backend\": \"github\", \"repo\": \"owner/name\", \"branch\": \"main\" } (docs/admin.md), or remove `admin`");
                return null;
            }
            if (config.Furigana is { AboveGrade: < 0 or > 6 } furigana)
            {
                diagnostics.Error(SourceLocation.StartOf(displayPath), "furigana.aboveGrade", $"{furigana.AboveGrade} is not a school grade",
                    "write 0 (a reading over every word with a kanji) up to 6 (only kanji not taught in elementary school)");
                return null;
            }
            if (config.Title.GetValueOrDefault("ja") is not { Length: > 0 })
            {
                diagnostics.Error(SourceLocation.StartOf(displayPath), "title.ja", "the site has no Japanese name",
                    "write \"title\": { \"ja\": \"地域福祉計画ポータル\", \"en\": \"Community Welfare Plans\" }");
                return null;
            }
            if (I18n.LanguageFiles.Load(config.Languages, Path.GetDirectoryName(Path.GetFullPath(path))!, displayPath, diagnostics) is not var (languages, strings)) return null;
            config.SiteLanguages = languages;
            config.Strings = strings;
            foreach (var code in config.Title.Keys.Where(code => !languages.TryParse(code, out _)))
            {
                diagnostics.Error(SourceLocation.StartOf(displayPath), $"title.{code}", $"`{code}` is not a language of this site",
                    $"this site's languages are {languages.CodeList}: add `{code}` to `languages`, or remove the title");
                return null;
            }
            foreach (var language in languages.All.Where(l => !config.Title.ContainsKey(l.Code)))
            {
                diagnostics.Error(SourceLocation.StartOf(displayPath), $"title.{language.Code}", $"the site has no name in `{language.Code}`",
                    $"write the site's name in each of its languages ({languages.CodeList}): \"title\": {{ \"ja\": …, \"{language.Code}\": … }}");
                return null;
            }
            if (config.Admin?.LocalBackend is { } local && local.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.String))
            {
                diagnostics.Error(SourceLocation.StartOf(displayPath), "admin.localBackend", "expected true, false or the address of decap-server",
                    "write \"localBackend\": true, or e.g. \"http://localhost:8082/api/v1\"");
                return null;
            }
            return config;
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            var field = e.Path is { Length: > 2 } p ? p[2..] : "";
            diagnostics.Error(new SourceLocation(displayPath, line, column), field, FirstSentence(e.Message),
                "site.config.json takes title {ja, en, …}, languages, baseUrl, content, theme, output, search {pagefind}, furigana {aboveGrade} and admin {backend, repo, branch, …}");
            return null;
        }
    }

    public static bool BaseUrlIsValid(string value) =>
        value.StartsWith('/') ||
        (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
