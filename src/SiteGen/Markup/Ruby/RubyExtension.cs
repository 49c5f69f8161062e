using Markdig;
using Markdig.Renderers;

namespace SiteGen.Markup.Ruby;

/// <summary>Furigana in Markdown: <c>{漢字|かんじ}</c> and <c>{漢字|かん|じ}</c> become &lt;ruby&gt;.</summary>
public sealed class RubyExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<RubyInlineParser>())
            pipeline.InlineParsers.Insert(0, new RubyInlineParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlRubyRenderer>())
            html.ObjectRenderers.Insert(0, new HtmlRubyRenderer());
    }
}
