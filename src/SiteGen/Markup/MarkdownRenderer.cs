using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Markup.Fragments;
using SiteGen.Markup.HeadingIds;
using SiteGen.Markup.Phrases;
using SiteGen.Markup.SafeLinks;
using SiteGen.Markup.TableCaptions;
using SiteGen.Markup.TermLinks;

namespace SiteGen.Markup;

/// <summary>A link written in Markdown: its address as the page has it (after <see cref="SafeLinkExtension"/>) and where it is in the text, 0-based.</summary>
public readonly record struct MarkdownLink(string Url, int Line, int Column);

/// <summary>
/// Markdown to HTML for narrative text. One pipeline per build, shared by all threads.
/// Deliberately not UseAdvancedExtensions: it includes generic attributes ({onclick=…}), which would
/// let content put script into a page.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly MarkdownPipeline _plain;

    /// <summary>How deep blocks and inlines may nest inside each other before Markdig refuses the text (<see cref="Nesting.NestingCheck"/>).</summary>
    public const int MaximumNestingDepth = 128;

    /// <param name="phrasing">How Japanese headings and cells are parted into phrases: the site's (<see cref="Phrasing.For"/>), or BudouX's alone.</param>
    public MarkdownRenderer(string basePath, Phrasing? phrasing = null)
    {
        _pipeline = Narrative(new MarkdownPipelineBuilder { MaximumNestingDepth = MaximumNestingDepth }, basePath, phrasing ?? Phrasing.Japanese).Build();
        _plain = PlainText(new MarkdownPipelineBuilder()).Build();
    }

    /// <summary>Everything narrative text may use, added to <paramref name="builder"/>: shared with <see cref="Nesting.NestingCheck"/>, which must read the same syntax.</summary>
    internal static MarkdownPipelineBuilder Narrative(MarkdownPipelineBuilder builder, string basePath, Phrasing phrasing)
    {
        Blocks(builder)
            .UseAutoLinks()
            .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough);
        builder.Extensions.AddIfNotAlready(new HeadingIdExtension());
        builder.Extensions.AddIfNotAlready<FootnoteIdExtension>();
        builder.Extensions.Add(new SafeLinkExtension(basePath));
        builder.Extensions.AddIfNotAlready(new SiteGen.Markup.Ruby.RubyExtension());
        builder.Extensions.AddIfNotAlready<EastAsianLineBreaks.EastAsianLineBreakExtension>();
        builder.Extensions.AddIfNotAlready(new PhraseExtension(phrasing));
        builder.Extensions.AddIfNotAlready<TermLinkExtension>();
        return builder;
    }

    /// <summary>
    /// A plain text (a front-matter `Text`, which is not Markdown) with its furigana and its ※ term links and nothing
    /// else: one paragraph, no other block or inline syntax, so `*`, `[`, `#` and `\` stay the characters written.
    /// </summary>
    internal static MarkdownPipelineBuilder PlainText(MarkdownPipelineBuilder builder)
    {
        builder.BlockParsers.RemoveAll(parser => parser is not ParagraphBlockParser);
        builder.InlineParsers.Clear();
        builder.Extensions.AddIfNotAlready(new SiteGen.Markup.Ruby.RubyExtension());
        builder.Extensions.AddIfNotAlready<TermLinkExtension>();
        return builder;
    }

    /// <summary>
    /// What a render is told through Markdig's parser context: the page fragment it is (for its ids and heading levels)
    /// and the glossary terms its ※ marks may link to.
    /// </summary>
    private static MarkdownParserContext? ContextFor(MarkdownFragment? fragment, TermIndex? terms)
    {
        var hasTerms = terms is not null && !terms.IsEmpty;
        if (fragment is null && !hasTerms) return null;
        var context = new MarkdownParserContext();
        fragment?.AddTo(context);
        if (hasTerms) context.Properties[TermIndex.PropertyKey] = terms!;
        return context;
    }

    /// <summary>
    /// A plain text (not Markdown) as inline HTML, every character escaped, its furigana as &lt;ruby&gt; and each term
    /// marked ※ linked to its entry in <paramref name="terms"/>.
    /// </summary>
    public string RenderPlainText(string text, TermIndex terms)
    {
        var html = Markdown.ToHtml(text, _plain, ContextFor(null, terms)).Trim();
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) ? html[3..^4] : html;
    }

    /// <summary>
    /// The block structure of narrative text (tables and their captions, footnotes, lists; no HTML): shared
    /// with <see cref="TableCaptions.Check.TableCaptionCheck"/>, which must find the same tables the pages show.
    /// </summary>
    internal static MarkdownPipelineBuilder Blocks(MarkdownPipelineBuilder builder)
    {
        builder.UsePipeTables().UseFootnotes().UseListExtras().DisableHtml();
        builder.Extensions.AddIfNotAlready<TableCaptionExtension>();
        return builder;
    }

    /// <summary>
    /// Renders one fragment of a page. <paramref name="idPrefix"/> keeps its ids apart from the
    /// page's other fragments; <paramref name="takenIds"/> collects the ids of the whole page;
    /// <paramref name="links"/>, when given, collects the links the text writes and where; <paramref name="terms"/>, when
    /// given, are the glossary terms whose ※ marks become links.
    /// </summary>
    public string Render(string markdown, string idPrefix, int headingShift, ISet<string> takenIds, ICollection<MarkdownLink>? links = null,
        TermIndex? terms = null)
    {
        var context = ContextFor(new MarkdownFragment(idPrefix, headingShift, takenIds), terms);
        if (links is null) return Markdown.ToHtml(markdown, _pipeline, context);
        var document = Markdown.Parse(markdown, _pipeline, context);
        foreach (var link in document.Descendants<LinkInline>())
            if (!link.IsImage && !string.IsNullOrEmpty(link.Url)) links.Add(new MarkdownLink(link.Url, link.Line, link.Column));
        return Markdown.ToHtml(document, _pipeline);
    }

    /// <summary>A short inline text (no paragraph around it), for one-line Markdown such as a definition.</summary>
    public string RenderInline(string markdown, ISet<string> takenIds)
    {
        var html = Render(markdown, "", 0, takenIds).Trim();
        if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) &&
            html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
            html = html[3..^4];
        return html;
    }
}
