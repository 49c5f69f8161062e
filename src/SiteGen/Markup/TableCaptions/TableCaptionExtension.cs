using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace SiteGen.Markup.TableCaptions;

/// <summary>
/// Captions for Markdown tables: a paragraph that starts with <c>表：</c> (or <c>表:</c>, <c>Table:</c>)
/// right above a pipe table becomes that table's &lt;caption&gt;. Markdown has no caption of its own,
/// and a table without one is announced by screen readers as just "table" — the site's audit counts it
/// as a problem and `check` warns about it (<see cref="TableCaptionCheck"/>).
/// </summary>
public sealed class TableCaptionExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Once per pipeline: the builder keeps its handlers, and a second one would find nothing left to take.
        pipeline.DocumentProcessed -= TableCaptions.Attach;
        pipeline.DocumentProcessed += TableCaptions.Attach;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        // In place of Markdig's own table renderer, which has nowhere to write a caption.
        html.ObjectRenderers.TryRemove<HtmlTableRenderer>();
        if (!html.ObjectRenderers.Contains<HtmlCaptionedTableRenderer>())
            html.ObjectRenderers.Add(new HtmlCaptionedTableRenderer());
    }
}
