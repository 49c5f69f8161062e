using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markup.SafeLinks;

/// <summary>
/// Content is untrusted as HTML. Raw HTML is already escaped (the pipeline disables it); this removes
/// the other way in, link and image addresses with a script scheme (javascript:, data:, vbscript:...),
/// and puts the site's base path in front of root-relative links so they work under /REPO/.
/// </summary>
public sealed class SafeLinkExtension(string basePath) : IMarkdownExtension
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed += Rewrite;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private void Rewrite(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            link.Url = Safe(link.Url);
        }
        foreach (var link in document.Descendants<AutolinkInline>())
        {
            link.Url = Safe(link.Url) ?? "#";
        }
    }

    private string? Safe(string? url)
    {
        if (string.IsNullOrEmpty(url)) return url;
        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
            return basePath.TrimEnd('/') + url;
        if (IsSafe(url)) return url;
        return "#";
    }

    /// <summary>True for relative addresses and the schemes a plan may link to.</summary>
    public static bool IsSafe(string url)
    {
        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so strip them first.
        var cleaned = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = cleaned.IndexOf(':');
        if (colon < 0) return true;
        var slash = cleaned.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon) return true; // the colon is in the path, not a scheme
        var scheme = cleaned[..colon].ToLowerInvariant();
        return AllowedSchemes.Contains(scheme);
    }
}
