using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markup.TermLinks;

/// <summary>
/// Finds a glossary term marked with ※ as plans print them (社会資源※, 地域力（※）, community strength (※)): at the
/// mark, the text just before it is looked up in the render's <see cref="TermIndex"/> (from the parser context),
/// and the term is taken out of that text into a <see cref="TermReferenceInline"/>. A ※ after anything else (a note
/// that starts with ※, a word that is no term) stays text as written; so does every mark when no index is given.
/// </summary>
public sealed class TermMarkParser : InlineParser
{
    public TermMarkParser()
    {
        OpeningCharacters = ['※', '（', '('];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var markLength = TermIndex.MarkAt(slice.AsSpan());
        if (markLength == 0) return false;
        if (processor.Context?.Properties.TryGetValue(TermIndex.PropertyKey, out var found) != true || found is not TermIndex terms) return false;
        // The term is the end of the text just before the mark: a literal that runs right up to it.
        if (processor.Inline is not LiteralInline { Parent: not null } literal
            || !ReferenceEquals(literal.Content.Text, slice.Text) || literal.Content.End + 1 != slice.Start)
            return false;

        var before = literal.Content.AsSpan();
        var termEnd = TermIndex.TermEnd(before, markLength);
        if (terms.EndOf(before[..termEnd]) is not { } entry) return false;

        var text = literal.Content.Text;
        var termStart = literal.Content.Start + termEnd - entry.Text.Length;
        var markStart = literal.Content.Start + termEnd; // any spaces before a bracketed mark go with the mark
        var term = new StringSlice(text, termStart, termStart + entry.Text.Length - 1);
        var mark = text.Substring(markStart, slice.Start + markLength - markStart);
        literal.Content.End = termStart - 1;
        literal.Span = new SourceSpan(literal.Span.Start, Math.Max(literal.Span.Start, literal.Span.End - (slice.Start - termStart)));

        var start = processor.GetSourcePosition(termStart, out var line, out var column);
        var reference = new TermReferenceInline
        {
            Href = entry.Href,
            TermId = entry.Id,
            Mark = mark,
            Hint = terms.Hint,
            Span = new SourceSpan(start, start + (slice.Start + markLength - termStart) - 1),
            Line = line,
            Column = column,
            // A leaf in all but name: nothing that follows may be parsed into it.
            IsClosed = true,
        };
        reference.AppendChild(new LiteralInline(term) { Span = new SourceSpan(start, start + entry.Text.Length - 1), Line = line, Column = column });
        processor.Inline = reference;
        slice.Start += markLength;
        return true;
    }
}
