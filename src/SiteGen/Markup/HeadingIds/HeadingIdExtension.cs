using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markup.HeadingIds;

/// <summary>
/// Gives every heading an id from <see cref="HeadingIdScheme"/>, unique within the page (a page
/// holds several Markdown fragments, so ids already taken are passed in), and shifts heading levels
/// so a fragment's `##` sits under the page's own h2 sections.
/// </summary>
public sealed class HeadingIdExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= OnDocumentProcessed;
        pipeline.DocumentProcessed += OnDocumentProcessed;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private static void OnDocumentProcessed(MarkdownDocument document)
    {
        var context = FragmentContext.Current;
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Clamp(heading.Level + context.HeadingShift, 2, 6);
            var text = PlainText(heading.Inline);
            var id = context.Prefix + HeadingIdScheme.Slugify(text);
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

/// <summary>
/// What one Markdown render needs to know about its page. Markdig's pipeline is shared and its
/// DocumentProcessed hook takes no arguments, so the render sets this for its own thread.
/// </summary>
public sealed class FragmentContext
{
    [ThreadStatic] private static FragmentContext? _current;

    public static FragmentContext Current => _current ?? new FragmentContext("", 0, new HashSet<string>(StringComparer.Ordinal));

    public FragmentContext(string prefix, int headingShift, ISet<string> takenIds)
    {
        Prefix = prefix;
        HeadingShift = headingShift;
        TakenIds = takenIds;
    }

    public string Prefix { get; }
    public int HeadingShift { get; }
    public ISet<string> TakenIds { get; }

    public IDisposable Enter()
    {
        var previous = _current;
        _current = this;
        return new Restore(previous);
    }

    private sealed class Restore(FragmentContext? previous) : IDisposable
    {
        public void Dispose() => _current = previous;
    }
}
