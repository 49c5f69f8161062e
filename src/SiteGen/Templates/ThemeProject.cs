using System.Reflection;
using System.Text;
using RazorLight.Razor;

namespace SiteGen.Templates;

/// <summary>
/// Where templates come from: a theme folder named in site.config.json overrides templates one by
/// one; anything it does not have comes from the default theme embedded in the program, so a site
/// with no themes/ folder still builds.
/// </summary>
public sealed class ThemeProject(string? overrideFolder) : RazorLightProject
{
    private static readonly Assembly Assembly = typeof(ThemeProject).Assembly;
    private const string ResourcePrefix = "theme/";

    public override Task<RazorLightProjectItem> GetItemAsync(string templateKey)
    {
        var key = Normalise(templateKey);
        return Task.FromResult<RazorLightProjectItem>(new ThemeItem(key, Read(key)));
    }

    /// <summary>_ViewImports.cshtml holds the usings every template shares.</summary>
    public override Task<IEnumerable<RazorLightProjectItem>> GetImportsAsync(string templateKey)
    {
        var imports = Read(ImportsKey);
        IEnumerable<RazorLightProjectItem> items = imports is null || Normalise(templateKey) == ImportsKey ? [] : [new ThemeItem(ImportsKey, imports)];
        return Task.FromResult(items);
    }

    private const string ImportsKey = "_ViewImports.cshtml";

    public override Task<IEnumerable<string>> GetKnownKeysAsync() =>
        Task.FromResult(Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..]));

    /// <summary>The template text, from the override folder first; null when neither has it.</summary>
    public string? Read(string key)
    {
        if (overrideFolder is not null)
        {
            var path = Path.Combine(overrideFolder, key);
            if (File.Exists(path)) return File.ReadAllText(path);
        }
        using var stream = Assembly.GetManifestResourceStream(ResourcePrefix + key);
        if (stream is null) return null;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Whether the site's theme folder has templates of its own. The pages' declared dependencies
    /// (<see cref="Pages.PageModel.DependsOn"/>) follow what the built-in templates print; a template of
    /// the site's own cannot reach the whole content, but some page members look up content the page does not list
    /// (<c>PlanPage.Area(id)</c>), so `serve` then rebuilds the whole site on every change.
    /// </summary>
    public bool HasOwnTemplates =>
        overrideFolder is not null && Directory.Exists(overrideFolder) &&
        Directory.EnumerateFiles(overrideFolder, "*.cshtml", SearchOption.AllDirectories).Any();

    /// <summary>A non-template theme file (CSS, an icon), byte for byte, with the same override rule.</summary>
    public byte[]? ReadAsset(string key)
    {
        if (overrideFolder is not null)
        {
            var path = Path.Combine(overrideFolder, key);
            if (File.Exists(path)) return File.ReadAllBytes(path);
        }
        using var stream = Assembly.GetManifestResourceStream(ResourcePrefix + key);
        if (stream is null) return null;
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    private const string AssetFolder = "assets/";

    /// <summary>
    /// The keys of every static file of the theme (everything under assets/): the default theme's and any the site's
    /// theme folder adds, so a new file in assets/ is published without naming it anywhere.
    /// </summary>
    public IReadOnlyList<string> AssetKeys()
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in Assembly.GetManifestResourceNames())
            if (name.StartsWith(ResourcePrefix + AssetFolder, StringComparison.Ordinal)) keys.Add(name[ResourcePrefix.Length..]);
        var folder = overrideFolder is null ? null : Path.Combine(overrideFolder, AssetFolder);
        if (folder is not null && Directory.Exists(folder))
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
                keys.Add(Normalise(Path.GetRelativePath(overrideFolder!, file)));
        return [.. keys];
    }

    internal static string Normalise(string key) => key.Replace('\\', '/').TrimStart('/');

    private sealed class ThemeItem(string key, string? content) : RazorLightProjectItem
    {
        public override string Key => key;
        public override bool Exists => content is not null;
        public override Stream Read() => new MemoryStream(Encoding.UTF8.GetBytes(content ?? ""));
    }
}
