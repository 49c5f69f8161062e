using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markup.Phrases;

/// <summary>
/// Writes the text of Markdown headings, table cells and table captions with a &lt;wbr&gt; between its
/// Japanese phrases (<see cref="PhraseBreaks"/>), as the theme's own headings and cells are; paragraphs and
/// lists are left to the browser's usual line breaking but for numbers, each kept whole with its era or unit
/// (<see cref="PhraseBreaks.NumberUnits"/>). Each piece is escaped as Markdig escapes text.
/// </summary>
public sealed class HtmlPhraseLiteralRenderer(Phrasing phrasing) : LiteralInlineRenderer
{
    /// <summary>Texts up to this length are worked out on the stack.</summary>
    private const int StackLimit = 256;

    protected override void Write(HtmlRenderer renderer, LiteralInline obj)
    {
        var text = obj.Content.AsSpan();
        if (!renderer.EnableHtmlForInline || !renderer.EnableHtmlEscape || text.Length < 2 || !PhraseBreaks.HasJapanese(text))
        {
            base.Write(renderer, obj);
            return;
        }
        if (!InPhrasedBlock(obj))
        {
            // Running text: the browser's breaking, but for a number with its era or unit (令和|8年度) and ～ (目指して|～).
            if (PhraseBreaks.HasBoxes(text)) Write(renderer, text, PhraseBreaks.Marks(text, [], [], phrasing.Words, running: true));
            else base.Write(renderer, obj);
            return;
        }
        var positions = text.Length <= StackLimit ? stackalloc int[text.Length] : new int[text.Length];
        var kinds = text.Length <= StackLimit ? stackalloc PhraseBreak[text.Length] : new PhraseBreak[text.Length];
        var count = PhraseBreaks.Find(phrasing, text, positions, kinds);
        Write(renderer, text, PhraseBreaks.Marks(text, positions[..count], kinds[..count], phrasing.Words));
    }

    /// <summary>The text escaped, with each mark's markup written before the character it stands at.</summary>
    private static void Write(HtmlRenderer renderer, ReadOnlySpan<char> text, IReadOnlyList<(int At, string Markup)> marks)
    {
        var start = 0;
        foreach (var (at, markup) in marks)
        {
            renderer.WriteEscape(text[start..at]);
            renderer.Write(markup);
            start = at;
        }
        renderer.WriteEscape(text[start..]);
    }

    private static bool InPhrasedBlock(Inline inline)
    {
        var root = inline.Parent;
        while (root?.Parent is { } parent) root = parent;
        return root?.ParentBlock switch
        {
            HeadingBlock => true,
            ParagraphBlock { Parent: TableCell } => true,
            ParagraphBlock { Parent: null } => true, // a table's caption, which TableCaptions took out of the document
            _ => false,
        };
    }
}
