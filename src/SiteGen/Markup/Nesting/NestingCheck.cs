using System.Buffers;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markup.Nesting;

/// <summary>
/// Finds Markdown nested deeper than Markdig will parse or render it (quotes, lists, emphasis and links
/// inside each other: thousands of <c>&gt;</c> pasted by mistake), when the content is read, so that `check`
/// reports it at its line instead of the page failing to render later with no line to look at.
/// </summary>
public static class NestingCheck
{
    private const string TooDeeply = "quotes (>), list levels, emphasis or links inside each other go deeper than a page can show";
    /// <summary>For a Markdown body, at the line where the nesting starts.</summary>
    public const string Message = "the Markdown from here on is nested too deeply: " + TooDeeply;
    /// <summary>For Markdown in a front matter field, at the field.</summary>
    public const string FieldMessage = "the Markdown of this text is nested too deeply: " + TooDeeply;
    public const string Hint = "remove the extra > or list indentation (a quote or a list needs only a few levels), or the long run of >, *, _ or [ that was pasted by mistake";

    private const int Limit = MarkdownRenderer.MaximumNestingDepth;

    /// <summary>The pipelines, made when a text is first doubted: almost no build needs them.</summary>
    private static class Pipelines
    {
        // The pages' own Markdown: what it renders, a page renders.
        public static readonly MarkdownRenderer Pages = new("/");

        // The same syntax with room for far deeper nesting, to find where a text goes past the pages' limit.
        public static readonly MarkdownPipeline Locating =
            MarkdownRenderer.Narrative(new MarkdownPipelineBuilder { MaximumNestingDepth = 64 * Limit }, "/", Phrases.Phrasing.Japanese).Build();

        // Declared so that they are made at their first use, not whenever the runtime compiles a method that names them.
        static Pipelines() { }
    }

    /// <summary>
    /// Levels that need no character of their own: the document, a paragraph and its inline root, a table's
    /// row and cell, a footnote and its group, an autolink. Generous: whatever it lets through is parsed.
    /// </summary>
    private const int Unmarked = 16;

    private static readonly SearchValues<char> InlineOpeners = SearchValues.Create("*_~[{");

    /// <summary>
    /// Where the nesting that goes too deep starts in <paramref name="markdown"/> (0-based line and column), or null
    /// when a page can show the text.
    /// </summary>
    public static (int Line, int Column)? TooDeep(string? markdown)
    {
        if (markdown is null || !MayBeTooDeep(markdown)) return null;
        try
        {
            // Rendered as a page renders it: Markdig limits the depth both while parsing and while rendering.
            Pipelines.Pages.Render(markdown, "", 0, new HashSet<string>(StringComparer.Ordinal));
            return null;
        }
        catch (ArgumentException)
        {
            return Locate(markdown, Limit);
        }
    }

    /// <summary>
    /// A look at the lines, not a parse: false when no block or inline of the text can be nested as deep as Markdig
    /// refuses, true when it may be (the text is then rendered to know). Every level but a few needs a character of its own: a quote its <c>&gt;</c>, a
    /// list and its item a marker and, on the lines that continue them, two columns of indentation, an emphasis its
    /// <c>*</c>, <c>_</c> or <c>~</c>, a link its <c>[</c>, furigana its <c>{</c>. The blocks a line is in are all
    /// marked in its indentation and prefix, and inlines nest only within a paragraph, which ends at a blank line.
    /// </summary>
    public static bool MayBeTooDeep(string markdown)
    {
        var budget = Limit - Unmarked;
        var (deepestPrefix, openers) = (0, 0);
        foreach (var range in markdown.AsSpan().Split('\n'))
        {
            var line = markdown.AsSpan(range);
            // Blank to Markdown: spaces and tabs only (a line of full-width spaces goes on with the paragraph).
            if (line.IndexOfAnyExcept(" \t\r") < 0)
            {
                if (deepestPrefix + openers > budget) return true;
                (deepestPrefix, openers) = (0, 0);
                continue;
            }
            deepestPrefix = Math.Max(deepestPrefix, PrefixLevels(line));
            for (var at = line.IndexOfAny(InlineOpeners); at >= 0; at = line.IndexOfAny(InlineOpeners))
            {
                openers++;
                line = line[(at + 1)..];
            }
        }
        return deepestPrefix + openers > budget;
    }

    /// <summary>At most how many container blocks the line is in, counted from its indentation, quote marks and list markers.</summary>
    private static int PrefixLevels(ReadOnlySpan<char> line)
    {
        var levels = 0;
        for (var i = 0; i < line.Length;)
        {
            switch (line[i])
            {
                // Each list level indents its lines by two columns or more and makes two levels (the list and its item).
                case ' ' or '>': levels++; i++; break;
                case '\t': levels += 4; i++; break;
                default:
                    var marker = ListMarkerLength(line[i..]);
                    if (marker == 0) return levels;
                    levels += 2;
                    i += marker;
                    break;
            }
        }
        return levels;
    }

    /// <summary>The length of a list marker at the start of <paramref name="text"/> (- + * or up to nine letters or digits and . or )), or 0.</summary>
    private static int ListMarkerLength(ReadOnlySpan<char> text)
    {
        var length = text[0] is '-' or '+' or '*' ? 1 : 0;
        if (length == 0)
        {
            while (length < text.Length && length < 9 && char.IsAsciiLetterOrDigit(text[length])) length++;
            if (length == 0 || length >= text.Length || text[length] is not ('.' or ')')) return 0;
            length++;
        }
        return length == text.Length || text[length] is ' ' or '\t' ? length : 0;
    }

    /// <summary>
    /// Where a text Markdig refused starts nesting past <paramref name="limit"/>: the first block or inline that deep, traced
    /// back to the outermost quote or list it is in, or to the outermost emphasis or link when the blocks around it are shallow.
    /// </summary>
    private static (int Line, int Column) Locate(string markdown, int limit)
    {
        try
        {
            return Deepest(Markdown.Parse(markdown, Pipelines.Locating), limit);
        }
        catch (ArgumentException)
        {
            return ByPrefix(markdown);
        }
    }

    /// <summary>
    /// For a text too deep even to be located by parsing it whole: the last line the nesting needs is the first whose
    /// text up to it cannot be parsed, and it starts at the last line from which the text up to that one still cannot.
    /// </summary>
    private static (int Line, int Column) ByPrefix(string markdown)
    {
        var starts = new List<int> { 0 };
        for (var at = markdown.IndexOf('\n'); at >= 0; at = markdown.IndexOf('\n', at + 1)) starts.Add(at + 1);
        bool Refused(int first, int last)
        {
            var end = last + 1 < starts.Count ? starts[last + 1] : markdown.Length;
            try { Markdown.Parse(markdown[starts[first]..end], Pipelines.Locating); return false; }
            catch (ArgumentException) { return true; }
        }
        var (low, high) = (0, starts.Count - 1); // all lines cannot be parsed
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Refused(0, middle)) high = middle;
            else low = middle + 1;
        }
        var lastLine = low;
        (low, high) = (0, lastLine);
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Refused(middle, lastLine)) low = middle;
            else high = middle - 1;
        }
        return (low, 0);
    }

    /// <summary>
    /// The start of the nesting of the first node at least <paramref name="limit"/> deep; when none is, that of the deepest
    /// (Markdig counts levels a little differently in tables).
    /// </summary>
    private static (int Line, int Column) Deepest(MarkdownDocument document, int limit)
    {
        // Without recursion: the tree may be thousands of levels deep. Children are pushed last first, to be met in text order.
        var stack = new Stack<Step>();
        stack.Push(new Step(document, 0, null, null, 0));
        var deepest = (Depth: -1, Start: (MarkdownObject?)null);
        while (stack.TryPop(out var step))
        {
            var (node, depth) = (step.Node, step.Depth);
            MarkdownObject? start = step.OutermostInline is not null && step.LeafDepth < limit / 2 ? step.OutermostInline : step.TopBlock;
            if (depth >= limit && start is not null) return (start.Line, start.Column);
            if (depth > deepest.Depth && start is not null) deepest = (depth, start);
            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--)
                        stack.Push(new Step(container[i], depth + 1, step.TopBlock ?? container[i], null, 0));
                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push(step with { Node = inline, Depth = depth + 1, LeafDepth = depth });
                    break;
                case ContainerInline container:
                    var children = new List<Inline>();
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling) children.Add(child);
                    for (var i = children.Count - 1; i >= 0; i--)
                        stack.Push(step with { Node = children[i], Depth = depth + 1, OutermostInline = step.OutermostInline ?? children[i] });
                    break;
            }
        }
        return deepest.Start is { } found ? (found.Line, found.Column) : (0, 0);
    }

    /// <summary>A node on the way down, with the top-level block it is in and, for an inline, the outermost inline around it and its block's depth.</summary>
    private readonly record struct Step(MarkdownObject Node, int Depth, Block? TopBlock, Inline? OutermostInline, int LeafDepth);
}
