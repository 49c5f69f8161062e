using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.I18n;
using SiteGen.Pages;
using SiteGen.Publish;

namespace SiteGen.Embedding;

/// <summary>
/// oEmbed (https://oembed.com/) for every embeddable page. GitHub Pages serves static files only, so
/// there is no endpoint that takes ?url=: each embed target gets one static JSON response per language
/// at /oembed/&lt;lang&gt;/&lt;target&gt;.json, and the full page and the embed view name it in their
/// &lt;head&gt; with a discovery link. A CMS that follows discovery (WordPress 4.4 and later does, for
/// any site) fetches the JSON and inserts its iframe. Addresses are absolute when baseUrl is.
/// </summary>
public static class OEmbed
{
    /// <summary>The size the iframe starts at; embed.js and WordPress then follow the content's height.</summary>
    public const int Width = 600;
    public const int Height = 600;

    /// <summary>
    /// What the embed view needs when a host sandboxes it: scripts (to report its height), its own origin
    /// (so embed.js can check who speaks), and leaving the frame when a reader follows a link.
    /// </summary>
    public const string SandboxFlags = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation";

    public const string MediaType = "application/json+oembed";

    public sealed record DiscoveryLink(string Href, string Title);

    /// <summary>The discovery link a page carries in its &lt;head&gt;, or null when the page cannot be embedded.</summary>
    public static DiscoveryLink? Discovery(PageModel page) =>
        EmbedTarget.Of(page) is { HasOEmbed: true } target
            ? new DiscoveryLink(page.Site.Urls.Absolute(page.Site.Urls.File(target.OEmbedPath(page.Language))), page.PlainTitle)
            : null;

    /// <summary>The absolute (when baseUrl is) address of an embed view, a goal's fragment included.</summary>
    public static string ViewUrl(SiteContext site, EmbedTarget target, Language language) =>
        site.Urls.Absolute(site.Urls.File(target.ViewAddress(language)));

    /// <summary>The title an iframe of the view carries: what it shows, then the site.</summary>
    public static string FrameTitle(EmbedPage page) => page.PlainTitle + " | " + page.SiteTitle;

    /// <summary>The &lt;iframe&gt; of an oEmbed response. WordPress keeps src, width, height, title and frameborder, and adds its own sandbox.</summary>
    public static string IframeHtml(string src, string title) =>
        $"<iframe src=\"{Html.Encode(src)}\" title=\"{Html.Encode(title)}\" width=\"{Width}\" height=\"{Height}\" frameborder=\"0\" " +
        $"loading=\"lazy\" sandbox=\"{SandboxFlags}\"></iframe>";

    /// <summary>One static oEmbed response per embed view of a plan or an area (a goal is found through its plan's).</summary>
    public static IEnumerable<OutputFile> Write(SiteContext site, IEnumerable<PageModel> pages)
    {
        foreach (var page in pages.OfType<EmbedPage>().Where(p => p.Target.HasOEmbed))
            yield return new OutputFile(page.Target.OEmbedPath(page.Language), Json(page));
    }

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Japanese stays readable; the file is served as JSON, never pasted into HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The oEmbed 1.0 "rich" response of one embed view.</summary>
    public static byte[] Json(EmbedPage page)
    {
        var site = page.Site;
        // Sized for a whole response (about 700 bytes): a writer on a stream starts small and grows, 3,000 times a build.
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("version", "1.0");
            json.WriteString("type", "rich");
            json.WriteString("title", page.PlainTitle);
            if (AuthorName(page) is { } author) json.WriteString("author_name", author);
            json.WriteString("provider_name", page.SiteTitle);
            json.WriteString("provider_url", site.Urls.Absolute(site.Urls.BasePath));
            json.WriteNumber("width", Width);
            json.WriteNumber("height", Height);
            json.WriteString("html", IframeHtml(ViewUrl(site, page.Target, page.Language), FrameTitle(page)));
            json.WriteEndObject();
        }
        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    private static string? AuthorName(EmbedPage page) => page switch
    {
        PlanEmbedPage plan => page.Plain(plan.Plan.Publisher.Name),
        AreaEmbedPage area => page.Site.Content.Organisation(area.Area.OrganisationId) is { } organisation
            ? page.Plain(organisation.Name)
            : null,
        _ => null,
    };
}
