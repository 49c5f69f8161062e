using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markup.TableCaptions;

/// <summary>Finds each table's caption paragraph after parsing and moves it from the document onto the table.</summary>
public static class TableCaptions
{
    /// <summary>What a caption paragraph starts with: the Japanese 表 with a full-width or ASCII colon, or Pandoc's "Table:".</summary>
    private static readonly string[] Prefixes = ["表：", "表:", "Table:"];

    /// <summary>Whether <paramref name="text"/> starts with a caption prefix (what <see cref="Attach"/> looks for).</summary>
    internal static bool StartsWithPrefix(ReadOnlySpan<char> text)
    {
        foreach (var prefix in Prefixes)
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The caption of <paramref name="table"/>: a paragraph that is no longer part of the document; null when it has none.</summary>
    public static ParagraphBlock? CaptionOf(Table table) => table.GetData(typeof(TableCaptions)) as ParagraphBlock;

    internal static void Attach(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>().ToList())
        {
            if (table.Parent is not { } parent) continue;
            var index = parent.IndexOf(table);
            if (index < 1 || parent[index - 1] is not ParagraphBlock paragraph || !StripPrefix(paragraph)) continue;
            parent.RemoveAt(index - 1);
            table.SetData(typeof(TableCaptions), paragraph);
        }
    }

    /// <summary>Removes the caption prefix from the paragraph's first text; false (and nothing changed) when it has none or nothing follows it.</summary>
    private static bool StripPrefix(ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.FirstChild is not LiteralInline first) return false;
        var text = first.Content.AsSpan();
        foreach (var prefix in Prefixes)
        {
            if (!text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = text[prefix.Length..];
            var skipped = rest.Length - rest.TrimStart().Length;
            // "表：" alone on its line is not a caption: there must be words after it, here or in the inlines that follow.
            if (rest.IsWhiteSpace() && !HasWords(first.NextSibling)) return false;
            var content = first.Content;
            first.Content = new StringSlice(content.Text, content.Start + prefix.Length + skipped, content.End);
            return true;
        }
        return false;
    }

    /// <summary>Whether anything but line breaks and blank text follows, from <paramref name="inline"/> on.</summary>
    private static bool HasWords(Inline? inline)
    {
        for (; inline is not null; inline = inline.NextSibling)
            if (inline is not LineBreakInline && !(inline is LiteralInline literal && literal.Content.AsSpan().IsWhiteSpace())) return true;
        return false;
    }
}
