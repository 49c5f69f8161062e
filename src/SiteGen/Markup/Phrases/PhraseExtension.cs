using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace SiteGen.Markup.Phrases;

/// <summary>Japanese phrases in Markdown headings, table cells and captions: see <see cref="HtmlPhraseLiteralRenderer"/>.</summary>
public sealed class PhraseExtension(Phrasing phrasing) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html || html.ObjectRenderers.Contains<HtmlPhraseLiteralRenderer>()) return;
        html.ObjectRenderers.ReplaceOrAdd<LiteralInlineRenderer>(new HtmlPhraseLiteralRenderer(phrasing));
    }
}
