using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SiteGen.Markup.TermLinks;

/// <summary>
/// Writes a <see cref="TermReferenceInline"/> as a link to its entry followed by the mark:
/// <c>&lt;a class="term-ref" href="#term-…"&gt;社会資源&lt;span class="visually-hidden"&gt;（用語解説）&lt;/span&gt;&lt;/a&gt;&lt;span class="term-ref__mark" aria-hidden="true"&gt;※&lt;/span&gt;</c>.
/// The link's name says where it goes; the mark, whose meaning the link now carries, is shown but not read out.
/// Every text is escaped. Where no inline HTML is written (plain text), the term and the mark as written.
/// </summary>
public sealed class HtmlTermReferenceRenderer : HtmlObjectRenderer<TermReferenceInline>
{
    protected override void Write(HtmlRenderer renderer, TermReferenceInline obj)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteChildren(obj);
            renderer.WriteEscape(obj.Mark);
            return;
        }
        renderer.Write("<a class=\"term-ref\" href=\"").WriteEscapeUrl(obj.Href).Write("\">");
        renderer.WriteChildren(obj);
        renderer.Write("<span class=\"visually-hidden\" data-pagefind-ignore>");
        renderer.WriteEscape(obj.Hint);
        renderer.Write("</span></a>");
        var mark = obj.Mark.AsSpan();
        var spaces = mark.Length - mark.TrimStart(' ').Length;
        if (spaces > 0) renderer.WriteEscape(mark[..spaces]);
        renderer.Write("<span class=\"term-ref__mark\" aria-hidden=\"true\">");
        renderer.WriteEscape(mark[spaces..]);
        renderer.Write("</span>");
    }
}
