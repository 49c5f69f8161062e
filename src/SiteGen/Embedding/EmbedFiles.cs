using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SiteGen.Addressing;
using SiteGen.I18n;
using SiteGen.Pages;
using SiteGen.Publish;

namespace SiteGen.Embedding;

/// <summary>
/// The files embedding needs besides the embed views themselves: /embed.js at the site root (what a
/// host page loads), the embed view's own stylesheet and script, the "Embed this" panel's script, and
/// the static oEmbed responses. embed.js carries its messages in both languages from the UI strings.
/// </summary>
public static class EmbedFiles
{
    /// <summary>
    /// The most an embed view may weigh: its HTML, CSS and JavaScript together, uncompressed. Stated in
    /// docs/embedding.md and README.md, and checked by the tests on every embed view of the site.
    /// </summary>
    public const int PageWeightBudget = 32 * 1024;

    /// <summary>The theme file embed.js is made from.</summary>
    public const string ScriptAsset = "assets/embed.js";

    /// <summary>The placeholder in assets/embed.js that the build replaces with the messages in every language.</summary>
    public const string StringsPlaceholder = "{\"sitegen\":\"strings\"}";

    /// <summary>/embed.js, with the messages in every language (the embed views' own CSS and scripts are theme assets, copied with the rest).</summary>
    /// <param name="script">The theme's <see cref="ScriptAsset"/>, or null when it has none.</param>
    public static IEnumerable<OutputFile> Scripts(SiteContext site, string? script)
    {
        if (script is not null)
            yield return new OutputFile(EmbedTarget.ScriptPath, new UTF8Encoding(false).GetBytes(script.Replace(StringsPlaceholder, StringsJson(site), StringComparison.Ordinal)));
    }

    /// <summary>{"ja": {...}, "en": {...}}: what embed.js says in the host page, in the embed's language.</summary>
    public static string StringsJson(SiteContext site)
    {
        var strings = new JsonObject();
        foreach (var l in site.Languages.All)
        {
            var ui = site.Strings[l];
            strings[l.Code] = new JsonObject
            {
                ["frameTitle"] = ui.EmbedFrameTitle,
                ["malformed"] = ui.EmbedErrorMalformed,
                ["missing"] = ui.EmbedErrorMissing,
                ["notFound"] = ui.EmbedErrorNotFound,
                ["openList"] = ui.EmbedErrorOpenList,
            };
        }
        return strings.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
