using SiteGen.I18n;

namespace SiteGen.Addressing;

/// <summary>
/// Every address the site links to. Pages live at /&lt;lang&gt;/&lt;path&gt;, under the base path of
/// baseUrl, so the same build works at the root of a domain and in a GitHub Pages project site (/REPO/).
/// </summary>
public sealed class SiteUrls
{
    public SiteUrls(string baseUrl)
    {
        if (Uri.TryCreate(baseUrl, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            Origin = absolute.GetLeftPart(UriPartial.Authority);
            BasePath = "/" + absolute.AbsolutePath.Trim('/');
        }
        else
        {
            Origin = null;
            BasePath = "/" + baseUrl.Trim('/');
        }
        if (!BasePath.EndsWith('/')) BasePath += "/";
    }

    /// <summary>https://example.org, or null when the config gives only a path.</summary>
    public string? Origin { get; }

    /// <summary>"/" or "/REPO/": always starts and ends with a slash.</summary>
    public string BasePath { get; }

    /// <summary>A root-relative address of a page: /REPO/ja/plans/kashiwa-4th/.</summary>
    public string Page(Language language, string path) => BasePath + language.Code + "/" + path;

    /// <summary>A root-relative address of a file outside the language folders: /REPO/assets/site.css.</summary>
    public string File(string path) => BasePath + path;

    /// <summary>The absolute address when the site's origin is known (for hreflang and canonical links).</summary>
    public string Absolute(string rootRelative) => (Origin ?? "") + rootRelative;

    /// <summary>Where the Atom feed of a language is written, and its address below the base path: ja/feed.xml.</summary>
    public static string FeedPath(Language language) => language.Code + "/feed.xml";

    /// <summary>Where a page is written in the output folder: ja/plans/kashiwa-4th/index.html.</summary>
    public static string OutputPath(Language language, string path) => language.Code + "/" + path + (path.Length == 0 || path.EndsWith('/') ? "index.html" : "");
}
