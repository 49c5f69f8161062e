using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markup.Ruby;

/// <summary>
/// Parses <c>{漢字|かんじ}</c> and <c>{漢字|かん|じ}</c> (see <see cref="RubyText"/>). A brace that does
/// not start a ruby is left to the literal parser, so it stays as written.
/// </summary>
public sealed class RubyInlineParser : InlineParser
{
    public RubyInlineParser()
    {
        OpeningCharacters = ['{'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (RubyText.Match(slice.AsSpan()) is not { } ruby) return false;

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        var inline = new RubyInline
        {
            Span = new SourceSpan(start, start + ruby.Length - 1),
            Line = line,
            Column = column,
            // A leaf in all but name: nothing that follows may be parsed into it.
            IsClosed = true,
        };
        foreach (var pair in ruby.Pairs)
        {
            inline.AppendChild(new LiteralInline(pair.Base));
            inline.Readings.Add(pair.Reading);
        }
        processor.Inline = inline;
        slice.Start += ruby.Length;
        return true;
    }
}
