using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markup.EastAsianLineBreaks;

/// <summary>
/// Removes the soft line breaks that stand between two wide characters, so a Japanese paragraph written over
/// several lines reads as one sentence instead of gaining a space at each line end. Hard breaks stay.
/// </summary>
public sealed class EastAsianLineBreakExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Join;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private static void Join(MarkdownDocument document)
    {
        foreach (var lineBreak in document.Descendants<LineBreakInline>().Where(b => !b.IsHard).ToList())
            if (lineBreak.PreviousSibling is LiteralInline before && lineBreak.NextSibling is LiteralInline after
                && before.Content.Length > 0 && after.Content.Length > 0
                && EastAsianWidth.IsWide(EastAsianWidth.Last(before.Content.Text, before.Content.End + 1))
                && EastAsianWidth.IsWide(after.Content.Text[after.Content.Start]))
                lineBreak.Remove();
    }
}
