using System.Net;
using System.Reflection;
using System.Text;
using SiteGen.Addressing;
using SiteGen.Config;
using SiteGen.Diagnostics;
using SiteGen.Pages;
using SiteGen.Publish;

namespace SiteGen.Admin;

/// <summary>
/// /admin/: the browser editor, when site.config.json has `admin` (docs/admin.md). Its page, its configuration made from the
/// content schema (<see cref="CmsConfig"/>), Decap CMS's bundle and the `yaml` package's browser build copied from
/// node_modules (installed by `npm ci`, pinned in package-lock.json: nothing is loaded from a CDN), and the page's own
/// scripts. Not a page of the site: not in the sitemap, the search index or the link check, and `noindex`.
/// </summary>
public sealed class AdminFiles
{
    public const string Folder = "admin";
    private const string ConfigFile = "site.config.json";

    private readonly string _decap;
    private readonly string _yaml;

    private AdminFiles(string decap, string yaml)
    {
        _decap = decap;
        _yaml = yaml;
    }

    /// <summary>Finds the bundles before anything is rendered, so a missing `npm ci` fails the build at once with how to fix it.</summary>
    public static AdminFiles? Locate(string siteRoot, AdminSettings settings, DiagnosticBag diagnostics)
    {
        var decap = Path.GetFullPath(Path.Combine(siteRoot, settings.Decap));
        var yaml = Path.GetFullPath(Path.Combine(siteRoot, settings.Yaml));
        foreach (var (folder, file, field, written) in new[] { (decap, "decap-cms.js", "admin.decap", settings.Decap), (yaml, "index.js", "admin.yaml", settings.Yaml) })
        {
            if (File.Exists(Path.Combine(folder, file))) continue;
            diagnostics.Error(SourceLocation.StartOf(ConfigFile), field,
                $"the admin page is on, but {written}/{file} does not exist",
                $"run `npm ci` in {siteRoot} to install the versions pinned in package-lock.json, or remove `admin` from site.config.json");
            return null;
        }
        return new AdminFiles(decap, yaml);
    }

    public IEnumerable<OutputFile> Write(SiteConfig config, SiteUrls urls)
    {
        var siteUrl = urls.Origin is null ? urls.BasePath : urls.Absolute(urls.BasePath);
        yield return Text("index.html", Page(config));
        yield return Text("config.yml", CmsConfig.Write(config.Admin!, siteUrl));
        foreach (var asset in Assets) yield return new OutputFile($"{Folder}/{asset}", Resource(asset));
        // Decap's bundle loads its chunks from beside itself; the source maps and the unbundled build are left out.
        foreach (var file in Directory.GetFiles(_decap).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name == "decap-cms.js" || name.EndsWith(".decap-cms.js", StringComparison.Ordinal) || name.EndsWith(".wasm", StringComparison.Ordinal) ||
                name == "decap-cms.js.LICENSE.txt")
                yield return new OutputFile($"{Folder}/{name}", File.ReadAllBytes(file));
        }
        foreach (var file in Directory.GetFiles(_yaml, "*.js", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            yield return new OutputFile($"{Folder}/yaml/{Path.GetRelativePath(_yaml, file).Replace('\\', '/')}", File.ReadAllBytes(file));
    }

    /// <summary>The page's own files (embedded in the program): the loader, the front-matter format, the widgets and the phone layout.</summary>
    public static IReadOnlyList<string> Assets { get; } = ["sitegen-admin.js", "sitegen-format.js", "sitegen-widgets.js", "sitegen-admin.css"];

    public static byte[] Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"admin/{name}")
            ?? throw new InvalidOperationException($"the program has no admin/{name}");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static OutputFile Text(string name, string text) => new($"{Folder}/{name}", new UTF8Encoding(false).GetBytes(text));

    /// <summary>The page Decap fills in: no index, the page's styles, the bundle, then the script that registers the formats and starts it.</summary>
    public static string Page(SiteConfig config) => $$"""
        <!doctype html>
        <html lang="ja">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex, nofollow">
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="sitegen-admin.css">
        <title>編集 / Edit — {{WebUtility.HtmlEncode(config.TitleText.Ja)}}</title>
        <script>window.CMS_MANUAL_INIT = true;</script>
        <script src="decap-cms.js"></script>
        <script type="module" src="sitegen-admin.js"></script>
        </head>
        <body>
        <noscript>この編集画面には JavaScript が必要です。 / This editor needs JavaScript.</noscript>
        </body>
        </html>

        """;
}
