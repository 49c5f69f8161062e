using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SiteGen.Markup.Fragments;

/// <summary>The notes at the end of a fragment, as Markdig writes them, each &lt;li&gt; id with the fragment's prefix.</summary>
public sealed class HtmlFragmentFootnoteGroupRenderer : HtmlObjectRenderer<FootnoteGroup>
{
    protected override void Write(HtmlRenderer renderer, FootnoteGroup footnotes)
    {
        var prefix = MarkdownFragment.Of(footnotes).IdPrefix;
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"footnotes\">");
        renderer.WriteLine("<hr />");
        renderer.WriteLine("<ol>");
        foreach (var block in footnotes)
        {
            var footnote = (Footnote)block;
            renderer.WriteLine($"<li id=\"{prefix}fn-{footnote.Order}\">");
            renderer.WriteChildren(footnote);
            renderer.WriteLine("</li>");
        }
        renderer.WriteLine("</ol>");
        renderer.WriteLine("</div>");
    }
}

/// <summary>A note's mark in the text and its way back, as Markdig writes them, with the fragment's prefix.</summary>
public sealed class HtmlFragmentFootnoteLinkRenderer : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        var prefix = MarkdownFragment.Of(link.Footnote).IdPrefix;
        var order = link.Footnote.Order;
        renderer.Write(link.IsBackLink
            ? $"<a href=\"#{prefix}fnref-{link.Index}\" class=\"footnote-back-ref\">&#8617;</a>"
            : $"<a id=\"{prefix}fnref-{link.Index}\" href=\"#{prefix}fn-{order}\" class=\"footnote-ref\"><sup>{order}</sup></a>");
    }
}
