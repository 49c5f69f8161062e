using Markdig.Syntax.Inlines;

namespace SiteGen.Markup.TermLinks;

/// <summary>A term marked ※ in the text (社会資源※): its words are the children, linked to its glossary entry; the mark follows.</summary>
public sealed class TermReferenceInline : ContainerInline
{
    /// <summary>The address of the entry: <c>#term-…</c> on the same page, or the glossary page's.</summary>
    public required string Href { get; init; }
    public required string TermId { get; init; }
    /// <summary>The mark as written after the term, with any space before it: "※", "（※）", " (※)".</summary>
    public required string Mark { get; init; }
    public required string Hint { get; init; }
}
