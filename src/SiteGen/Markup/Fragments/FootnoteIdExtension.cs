using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace SiteGen.Markup.Fragments;

/// <summary>
/// Footnote ids that stay unique on a page of several fragments: Markdig numbers the notes fn:1, fn:2 in every
/// fragment, so here they are written with the fragment's prefix (goal-1-fn-1, goal-1-fnref-1) by renderers in
/// place of Markdig's own. Add after Markdig's footnotes.
/// </summary>
public sealed class FootnoteIdExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Find<FootnoteParser>() is not { } parser) return;
        parser.Closed -= OnClosed;
        parser.Closed += OnClosed;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.ReplaceOrAdd<HtmlFootnoteGroupRenderer>(new HtmlFragmentFootnoteGroupRenderer());
        html.ObjectRenderers.ReplaceOrAdd<HtmlFootnoteLinkRenderer>(new HtmlFragmentFootnoteLinkRenderer());
    }

    private static void OnClosed(BlockProcessor processor, Block block) => MarkdownFragment.KeepOn(processor);
}
