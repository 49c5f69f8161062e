using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Markup.Fragments;

namespace SiteGen.Markup.HeadingIds;

/// <summary>
/// Gives every heading an id from <see cref="HeadingIdScheme"/>, unique within the page (a page
/// holds several Markdown fragments, so ids already taken are passed in), and shifts heading levels
/// so a fragment's `##` sits under the page's own h2 sections. The page comes in the parser context
/// (<see cref="MarkdownFragment"/>); ids are given once the whole document is parsed, in document order.
/// </summary>
public sealed class HeadingIdExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // ATX headings and setext ones (which the paragraph parser turns into headings) keep the fragment for the ids.
        foreach (var parser in new BlockParser?[] { pipeline.BlockParsers.Find<HeadingBlockParser>(), pipeline.BlockParsers.FindExact<ParagraphBlockParser>() })
        {
            if (parser is null) continue;
            parser.Closed -= OnClosed;
            parser.Closed += OnClosed;
        }
        pipeline.DocumentProcessed -= OnDocumentProcessed;
        pipeline.DocumentProcessed += OnDocumentProcessed;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock) MarkdownFragment.KeepOn(processor);
    }

    private static void OnDocumentProcessed(MarkdownDocument document)
    {
        var context = MarkdownFragment.Of(document);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Clamp(heading.Level + context.HeadingShift, 2, 6);
            var text = PlainText(heading.Inline);
            var id = context.IdPrefix + HeadingIdScheme.Slugify(text);
            var unique = id;
            for (var n = 2; !context.TakenIds.Add(unique); n++) unique = $"{id}-{n}";
            heading.GetAttributes().Id = unique;
        }
    }

    private static string PlainText(ContainerInline? inline)
    {
        if (inline is null) return "";
        var builder = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants<LiteralInline>()) builder.Append(child.Content.ToString());
        foreach (var code in inline.Descendants<CodeInline>()) builder.Append(code.Content);
        return builder.ToString();
    }
}
