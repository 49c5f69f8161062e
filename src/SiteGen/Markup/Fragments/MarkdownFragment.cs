using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;

namespace SiteGen.Markup.Fragments;

/// <summary>
/// What one render of a page's Markdown fragment knows about its page: the prefix that keeps its ids apart from the
/// page's other fragments, how far its headings move down, and the ids the page has taken. It travels in Markdig's
/// parser context; a parser keeps it on the document (<see cref="KeepOn"/>) for the steps that see only the document
/// (DocumentProcessed, the renderers), as Markdig's own extensions keep their state.
/// </summary>
public sealed record MarkdownFragment(string IdPrefix, int HeadingShift, ISet<string> TakenIds)
{
    private static readonly object Key = typeof(MarkdownFragment);

    /// <summary>A parse told nothing: no prefix, no shift, ids unique within the text alone.</summary>
    private static MarkdownFragment Alone() => new("", 0, new HashSet<string>(StringComparer.Ordinal));

    /// <summary>Tells a parse about its fragment.</summary>
    public void AddTo(MarkdownParserContext context) => context.Properties[Key] = this;

    /// <summary>Keeps the fragment of the parse in progress on its document, once.</summary>
    public static void KeepOn(BlockProcessor processor)
    {
        if (processor.Document.GetData(Key) is not null) return;
        var told = processor.Context?.Properties.TryGetValue(Key, out var value) == true ? value as MarkdownFragment : null;
        processor.Document.SetData(Key, told ?? Alone());
    }

    /// <summary>The fragment kept on <paramref name="document"/> (a parse told nothing when none was kept).</summary>
    public static MarkdownFragment Of(MarkdownDocument document) => document.GetData(Key) as MarkdownFragment ?? Alone();

    /// <summary>The document a block belongs to, for renderers, which are handed the block alone.</summary>
    public static MarkdownFragment Of(Block block)
    {
        Block current = block;
        while (current.Parent is { } parent) current = parent;
        return current is MarkdownDocument document ? Of(document) : Alone();
    }
}
