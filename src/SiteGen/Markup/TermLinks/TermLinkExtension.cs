using Markdig;
using Markdig.Renderers;

namespace SiteGen.Markup.TermLinks;

/// <summary>※ marks after glossary terms become links to the terms' entries (<see cref="TermMarkParser"/>).</summary>
public sealed class TermLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<TermMarkParser>())
            pipeline.InlineParsers.Add(new TermMarkParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlTermReferenceRenderer>())
            html.ObjectRenderers.Insert(0, new HtmlTermReferenceRenderer());
    }
}
