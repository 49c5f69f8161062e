using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace SiteGen.Pages;

/// <summary>
/// HTML escaping for the whole site. Razor's default encoder writes Japanese as &amp;#x8A08;
/// entities, tripling page size and making the source unreadable; this one leaves every letter as
/// text and still escapes what HTML needs escaped (&lt; &gt; &amp; " ').
/// </summary>
public static class Html
{
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string text) => Encoder.Encode(text);

    public static IHtmlContent Raw(string html) => new HtmlString(html);

    public static readonly IHtmlContent Empty = HtmlString.Empty;
}
