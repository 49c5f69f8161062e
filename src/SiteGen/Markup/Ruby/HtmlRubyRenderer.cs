using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SiteGen.Markup.Ruby;

/// <summary>
/// Writes a <see cref="RubyInline"/> as <c>&lt;ruby&gt;漢字&lt;rp&gt;(&lt;/rp&gt;&lt;rt&gt;かんじ&lt;/rt&gt;&lt;rp&gt;)&lt;/rp&gt;&lt;/ruby&gt;</c>,
/// one rp/rt group after each base child and no &lt;rb&gt;. Base and reading are escaped. Where the renderer
/// writes no inline HTML (plain text), only the base is written.
/// </summary>
public sealed class HtmlRubyRenderer : HtmlObjectRenderer<RubyInline>
{
    protected override void Write(HtmlRenderer renderer, RubyInline obj)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteChildren(obj);
            return;
        }
        renderer.Write("<ruby>");
        var index = 0;
        foreach (var child in obj)
        {
            renderer.Write(child);
            if (index < obj.Readings.Count)
            {
                renderer.Write("<rp>(</rp><rt>");
                renderer.WriteEscape(obj.Readings[index]);
                renderer.Write("</rt><rp>)</rp>");
            }
            index++;
        }
        renderer.Write("</ruby>");
    }
}
