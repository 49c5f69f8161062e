using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
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
    public const string MediaType = "application/json+oembed";

    /// <summary>The title an iframe of the view carries: what it shows, then the site.</summary>
    public static string FrameTitle(EmbedPage page) => page.PlainTitle + " | " + page.SiteTitle;

    /// <summary>The &lt;iframe&gt; of an oEmbed response. WordPress keeps src, width, height, title and frameborder, and adds its own sandbox.</summary>
    public static string IframeHtml(string src, string title) =>
        $"<iframe src=\"{Html.Encode(src)}\" title=\"{Html.Encode(title)}\" width=\"{EmbedFrame.Width}\" height=\"{EmbedFrame.Height}\" frameborder=\"0\" " +
        $"loading=\"lazy\" sandbox=\"{EmbedFrame.SandboxFlags}\"></iframe>";

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
            json.WriteNumber("width", EmbedFrame.Width);
            json.WriteNumber("height", EmbedFrame.Height);
            json.WriteString("html", IframeHtml(site.Urls.Absolute(site.Urls.File(page.Target.ViewAddress(page.Language))), FrameTitle(page)));
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
